#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): cohesion answers under a ratio of the two shares (reads /tmp/d6/coh.json from cohesion_clues.py).
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json
from collections import Counter
rows=json.load(open('/tmp/d6/coh.json'))
for th in [1.2,1.3,1.4,1.5,1.6]:
  c=Counter()
  for g,rel,hi,lo,right,alone,ev,res in rows:
    if hi < th*lo:
      G=g if g in ('g20k','reuse') else 'dev'
      c[(G,rel[:4],'alone' if alone else 'with'+('R' if res else 'B' if res is False else 'U'),'R' if right else 'B')]+=1
  print(th,sorted(c.items()))
