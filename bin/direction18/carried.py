#!/usr/bin/env python3
"""feat-direction18: the answers a scan carried (direction_evidence ["group"]) per set and part, scored against the
truth: right / back / sib (a pair outside the truth, or two copies of one original).

  python3 bin/direction18/carried.py OUTDIR PART [G20K_SCAN G20K_TRUTH]
  EVIDENCE=group_style python3 bin/direction18/carried.py ...   # another step's answers (feat-direction20's GroupStyleRoot)
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, 'bin/direction17')
sys.path.insert(0, 'bin/direction13')
import screen  # noqa: E402


def score(found, truth, keep):
    c = Counter()
    for key, p in found.items():
        if p.get('direction_evidence') != [os.environ.get('EVIDENCE', 'group')]:
            continue
        t = truth.get(key)
        if t is not None and not keep(t):
            continue
        if t is None and not keep({'a': p['a'], 'b': p['b']}):
            continue
        src = t.get('source') if t else None
        c['sib' if src not in (p['a'], p['b']) else 'right' if p['source'] == src else 'back'] += 1
    return c


def main():
    out, part = sys.argv[1], sys.argv[2]
    total = Counter()
    for name in screen.SETS:
        loaded = screen.load(out, name, part)
        if loaded is None:
            continue
        found = loaded[0]
        split = json.load(open(f"{out}/split-{name}.json")) if name != 'reuse' else None
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(screen.set_dir(name) + '/truth.jsonl'))}
        c = score(found, truth, lambda t: split is None or split.get(t['a']) == part)
        total += c
        if c:
            print(name, dict(c))
    print('all', dict(total))
    if sys.argv[3:]:
        found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(sys.argv[3]))}
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(sys.argv[4]))}
        print('g20k-s7', dict(score(found, truth, lambda t: True)))


if __name__ == '__main__':
    main()
