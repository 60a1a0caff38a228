#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): rarity answers given alone with fewer than k differing words on a side (reads /tmp/d6/rows.json from rarity_clues.py).
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json
from collections import Counter
rows=json.load(open('/tmp/d6/rows.json'))
for th in [3,4,5,6,8]:
  c=Counter()
  for r in rows:
    if not r['alone']: continue
    g=r['set'] if r['set'] in ('g20k','reuse-dev') else 'dev'
    if min(r['ncopy'],r['norig'])<th: c[(g,r['rel'][:4],r['res'])]+=1
  print(th,sorted(c.items()))
