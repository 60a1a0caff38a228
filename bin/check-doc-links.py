#!/usr/bin/env python3
"""Checks the relative links of the project's Markdown files: that each linked file exists and that each
#anchor names a heading of the linked file, with heading anchors made the way GitHub makes them.

Usage: bin/check-doc-links.py [FILE.md ...]   (default: README.md, docs/*.md and data/*/README.md)
Prints one line per broken link (file:line: target: why) and exits 1 when there is any, 0 otherwise.
Links inside fenced code blocks and inline code are not links and are skipped; so are http(s), mailto
and other URLs with a scheme.
"""
import glob
import os
import re
import sys
import unicodedata

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
INLINE_CODE = re.compile(r"`+[^`]*`+")
# [text](target "title") or ![alt](target); the target stops at whitespace or ')'
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
HTML_ANCHOR = re.compile(r"<a\s+(?:name|id)=\"([^\"]+)\"", re.IGNORECASE)
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def github_anchor(heading_text):
    """The anchor GitHub gives a heading: its rendered text lower-cased, every character but letters, marks,
    decimal and letter numbers, connector punctuation, '-' and ' ' dropped, then each space a '-'."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading_text)  # a link in a heading shows its text
    text = text.replace("`", "").replace("**", "").lower()
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LM" or category in ("Nd", "Nl", "Pc") or ch in "- ":
            kept.append(ch)
    return "".join(kept).replace(" ", "-")


def lines_outside_code(path):
    """(line number, line) for each line of the file that is not inside a fenced code block."""
    in_fence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if not in_fence:
                yield number, line.rstrip("\n")


def anchors_of(path, cache={}):
    if path not in cache:
        anchors, seen = set(), {}
        for _, line in lines_outside_code(path):
            for name in HTML_ANCHOR.findall(line):
                anchors.add(name)
            match = HEADING.match(line)
            if not match:
                continue
            base = github_anchor(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            anchors.add(base if count == 0 else f"{base}-{count}")
        cache[path] = anchors
    return cache[path]


def targets_of(line):
    line = INLINE_CODE.sub("", line)
    found = [m.group(1) for m in LINK.finditer(line)]
    definition = REFERENCE_DEFINITION.match(line)
    if definition:
        found.append(definition.group(1))
    return found


def check(path):
    problems = []
    for number, line in lines_outside_code(path):
        for target in targets_of(line):
            if SCHEME.match(target):
                continue
            file_part, _, anchor = target.partition("#")
            linked = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
            if not os.path.exists(linked):
                problems.append(f"{path}:{number}: {target}: no such file {linked}")
            elif anchor and linked.endswith(".md") and anchor not in anchors_of(linked):
                problems.append(f"{path}:{number}: {target}: no heading with anchor #{anchor} in {linked}")
    return problems


def main(arguments):
    files = arguments or ["README.md"] + sorted(glob.glob("docs/*.md")) + sorted(glob.glob("data/*/README.md"))
    problems = [problem for path in files for problem in check(path)]
    for problem in problems:
        print(problem)
    print(f"{len(files)} files, {len(problems)} broken links", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
