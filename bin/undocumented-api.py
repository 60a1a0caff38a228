#!/usr/bin/env python3
"""Lists the public methods and constructors of org.doppel's public classes (and of the classes nested in them) that
have no javadoc right above them (annotations aside): what an embedder of Doppel.builder()... meets without a word.

Usage: bin/undocumented-api.py [ROOT]   (ROOT: the repository, default .); prints the count, then a line per class.
"""
import glob, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
METHOD = re.compile(r"^ {2,4}public (?!record|final class|static final class|enum|interface|class)(static )?([\w<>\[\], .?]+ )?(\w+)\(")
total, lines_out = 0, []
for path in sorted(glob.glob(root + "/doppel-core/src/main/java/org/doppel/*.java")):
    source = open(path, encoding="utf-8").read()
    if not re.search(r"^public (final )?(class|record|interface|enum)", source, re.M):
        continue
    lines = source.split("\n")
    missing = []
    for number, line in enumerate(lines):
        found = METHOD.match(line)
        if found:
            above = number - 1
            while above > 0 and lines[above].strip().startswith("@"):
                above -= 1
            if not lines[above].strip().endswith("*/"):
                missing.append(found.group(3))
    if missing:
        lines_out.append(path.split("/")[-1] + " " + ", ".join(missing))
        total += len(missing)
print(total)
print("\n".join(lines_out))
