#!/usr/bin/env python3
"""The methods a one-core `scan --copies-only` spends its own time in (self time: the innermost frame of each perf
sample), most first, in microseconds a document, each with the stages (bin/copy-stages.py's) its samples fall in:
where a stage's time goes, method by method (docs/benchmarks.md, "The copy scan's steady work, and two threads again").
A sample whose innermost frame is not a Java method (the JVM, the kernel, a stub) is counted by its thread and library.
Record and convert the profile as copy-stages.py says, then:
  bin/copy-top.py 999 DOCUMENTS m.script [TOP]      (a Markdown table)
"""
import collections, importlib.util, os, sys
from perf_samples import method, samples
spec = importlib.util.spec_from_file_location('copy_stages', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'copy-stages.py'))
copy_stages = importlib.util.module_from_spec(spec); spec.loader.exec_module(copy_stages)
THREADS = {'java': 'main thread', 'VM Thread': 'collector', 'GC Thread': 'collector', 'C1 Compiler': 'C1 compiler', 'ForkJoinPool': 'pool'}
def leaf(t, frames):
    m = method(frames[0]) if frames else None
    if m:
        return m
    thread = next((v for k, v in THREADS.items() if t.startswith(k)), t.split()[0])
    where = frames[0] if frames else ''
    lib = 'kernel' if 'kernel' in where else 'libjvm' if 'libjvm' in where else 'stubs, unnamed' if 'perf-' in where else 'libc' if 'libc' in where else 'other'
    return '(%s: %s)' % (thread, lib)
rate, docs, path = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
top = int(sys.argv[4]) if len(sys.argv) > 4 else 20
count, by_stage, total = collections.Counter(), collections.defaultdict(collections.Counter), 0
for t, frames in samples(path):
    total += 1
    stage = copy_stages.stage_of(t, frames)
    if stage == copy_stages.LAUNCHER:
        continue
    m = leaf(t, frames)
    count[m] += 1
    by_stage[m][stage] += 1
print('| method (self time) | samples | µs/doc | share | stages (of its samples) |')
print('|---|---:|---:|---:|---|')
for m, c in count.most_common(top):
    stages = ', '.join('%s %d%%' % (s, 100 * k // c) for s, k in by_stage[m].most_common(3) if 100 * k // c >= 10)
    print('| %s | %d | %.1f | %.1f%% | %s |' % (m.replace('$', '\\$'), c, c / rate / docs * 1e6, 100.0 * c / total, stages))
print('| all | %d | %.1f | 100%% | |' % (total, total / rate / docs * 1e6))
