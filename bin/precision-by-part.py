#!/usr/bin/env python3
"""Pair precision of a scan split three ways: inside the fit part, inside the validation part, joining the parts.

eval-rewrites counts a pair in a part when either document is in it, so a pair joining the parts (wrong by
construction when the split is by group) is counted in both. This keeps the three apart.

usage: bin/precision-by-part.py PRED.jsonl SPLIT.json GROUPS.json
  PRED    a scan's pairs (`doppel scan --format jsonl`)
  SPLIT   `doppel eval-rewrites DIR --write-split SPLIT`
  GROUPS  the set's groups.json (document id -> group id; a document not listed is its own group)
"""
import json
import sys


def main(pred_path, split_path, groups_path):
    split = json.load(open(split_path))
    groups = json.load(open(groups_path))
    counts = {}
    for line in open(pred_path):
        pair = json.loads(line)
        a, b = pair["a"], pair["b"]
        part = split.get(a) if split.get(a) == split.get(b) else "across"
        right = groups.get(a, a) == groups.get(b, b)
        counts.setdefault(part, [0, 0])[0 if right else 1] += 1
    for part, (right, wrong) in sorted(counts.items()):
        print(f"{part:12s} pairs {right + wrong:6d}  wrong {wrong:5d}  precision {right / (right + wrong):.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
