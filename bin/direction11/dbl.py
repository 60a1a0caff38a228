#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): two spaces after a sentence end: the text that has them named the original, by relation and set.
Run from the repository root:  python3 bin/direction11/dbl.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
D = re.compile(r'[.!?]  (?=\S)')
c=Counter()
for r in rows:
    ta, tb = text(r['set'],r['a']), text(r['set'],r['b'])
    da, db = len(D.findall(ta)), len(D.findall(tb))
    if (da>0)==(db>0): continue
    orig = r['a'] if da else r['b']
    v='R' if orig==r['source'] else 'B'
    c[r['relation'], r['set'], v]+=1
    if r['answer'] is None: c['unk', r['relation'], v]+=1
for k,v in sorted(c.items()): print(k,v)
