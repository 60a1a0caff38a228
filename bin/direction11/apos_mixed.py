#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): the typography clue with a mixed original allowed
(one text has typographic apostrophes, plain ones too; the other only plain ones), on the pairs the strict form leaves.
Run from the repository root:  python3 bin/direction11/apos_mixed.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9')
from candidates import text
CA = re.compile(r"(?<=[^\W\d_])[’](?=[^\W\d_])")
SA = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
c = Counter(); ex = []
for r in map(json.loads, open(sys.argv[1])):
    if r['relation'] not in ('paraphrase', 'near_duplicate'):
        continue
    ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
    ca, sa, cb, sb = len(CA.findall(ta)), len(SA.findall(ta)), len(CA.findall(tb)), len(SA.findall(tb))
    if (ca and not sa and sb and not cb) or (cb and not sb and sa and not ca):
        continue
    orig = r['a'] if ca and sa and sb and not cb else r['b'] if cb and sb and sa and not ca else None
    if not orig:
        continue
    v = 'R' if orig == r['source'] else 'B'
    c['all', v] += 1; c[r['set'], v] += 1
    if r['answer'] is None:
        c['unk', v] += 1
    if v == 'B':
        ex.append((r['set'], r['category']))
print(sorted(c.items()), ex)
