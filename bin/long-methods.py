#!/usr/bin/env python3
"""Lists methods and constructors longer than a limit (default 60 lines, signature to closing brace).

Usage: bin/long-methods.py [ROOT] [LIMIT]   (ROOT defaults to doppel-core/src/main)
A method is a line that opens a body after a parameter list at class-member indentation; its length runs to the
line holding the brace that closes it. Lambdas and anonymous classes inside count toward their method.
"""
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "doppel-core/src/main"
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 60
SIGNATURE = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|synchronized|abstract|default|native)\s+)*"
                       r"(?:<[^>]+>\s+)?(?:[\w.<>\[\]?, @]+\s+)?(\w+)\s*\(")
KEYWORDS = {"if", "for", "while", "switch", "catch", "try", "return", "new", "else", "synchronized", "do", "throw"}


def strip(line):
    """The line without string, char literals and // comments, so braces in them do not count."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(?:\\.|[^'\\])'", "''", line)
    return line.split("//", 1)[0]


def methods(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    found, depth, in_comment, start, name, body_depth, pending = [], 0, False, None, None, None, None
    for number, raw in enumerate(lines, 1):
        line = raw
        if in_comment:
            if "*/" not in line:
                continue
            line, in_comment = line.split("*/", 1)[1], False
        line = re.sub(r"/\*.*?\*/", "", line)
        if "/*" in line:
            line, in_comment = line.split("/*", 1)[0], True
        code = strip(line)
        if start is None:
            match = SIGNATURE.match(code)
            declares_type = re.search(r"\b(class|record|interface|enum)\b", code.split("(")[0])
            if pending is None and match and match.group(1) not in KEYWORDS and not declares_type \
                and not code.strip().startswith(("return", "new ")):
                pending = (number, match.group(1), depth)
            if pending and "{" in code and pending[2] == depth and ";" not in code.split("{")[0]:
                start, name, body_depth, pending = pending[0], pending[1], depth, None
            elif pending and ";" in code and "{" not in code:
                pending = None
        depth += code.count("{") - code.count("}")
        if start is not None and depth <= body_depth:
            found.append((number - start + 1, name, start))
            start = None
    return found


rows = []
for folder, _, files in os.walk(root):
    for file in files:
        if file.endswith(".java"):
            path = os.path.join(folder, file)
            rows += [(length, path, name, line) for length, name, line in methods(path) if length > limit]
for length, path, name, line in sorted(rows, reverse=True):
    print(f"{length:4d}  {path}:{line}  {name}")
