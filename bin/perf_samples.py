"""What bin/perf-stages.py, bin/copy-stages.py and bin/perf-decode.py share: the samples of a `perf script` output
(recorded with the JVM's perf map, as perf-stages.py says), the Class.method of a Java frame, and the Markdown table
of one row a stage and one column a profile. Imported from beside them: run the scripts as bin/NAME.py."""
import re

JAVA_FRAME = re.compile(r'(?:[\w\[\]<>$.,]+ )?([\w$.]+)\.([\w$<>]+)\(')


def samples(path):
    """(thread name, frames innermost first) of each sample of a `perf script` output."""
    thread, frames = None, []
    for line in open(path, errors='replace'):
        if not line.strip():
            if thread is not None:
                yield thread, frames
            thread, frames = None, []
        elif not line[0].isspace():
            thread, frames = line.strip().rsplit(' ', 1)[0].strip(), []
        else:
            parts = line.strip().split(' ', 1)
            frames.append(parts[1] if len(parts) > 1 else '?')
    if thread is not None:
        yield thread, frames


def method(frame):
    """Class.method of a Java frame, or None."""
    m = JAVA_FRAME.search(frame)
    return m.group(1).split('.')[-1] + '.' + m.group(2) if m else None


def print_table(columns, rows):
    """A Markdown table: a stage column, then one right-aligned column a profile; rows are (label, cells)."""
    print('| stage | ' + ' | '.join(columns) + ' |')
    print('|---|' + '---:|' * len(columns))
    for label, cells in rows:
        print('| ' + label + ' | ' + ' | '.join(cells) + ' |')
