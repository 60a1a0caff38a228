#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): the loose apostrophe rule on paraphrases not already covered by the strict one (the other text has no apostrophe at all).
Run from the repository root:  python3 bin/direction11/apos2.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
CA = re.compile(r"(?<=[^\W\d_])[’](?=[^\W\d_])")
SA = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
c = Counter()
for r in rows:
    if r['relation'] != 'paraphrase': continue
    ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
    ca, sa, cb, sb = len(CA.findall(ta)), len(SA.findall(ta)), len(CA.findall(tb)), len(SA.findall(tb))
    strict = (ca and not sa and sb and not cb) or (cb and not sb and sa and not ca)
    if strict: continue
    for k in (1,2,3):
      orig = r['a'] if ca >= k and sa == 0 and cb == 0 and sb == 0 else r['b'] if cb >= k and sb == 0 and ca == 0 and sa == 0 else None
      if not orig: continue
      v = 'R' if orig == r['source'] else 'B'
      c[k, 'all', v] += 1; c[k, r['set'], v] += 1
      if r['answer'] is None: c[k, 'unk', v] += 1
print(sorted(c.items()))
