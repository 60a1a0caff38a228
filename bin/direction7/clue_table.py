#!/usr/bin/env python3
"""feat-direction7: right / backwards answers by the clues they rest on (the brief's clue table), per part.

  python3 bin/direction7/clue_table.py OUTDIR [fit|validation]

OUTDIR holds the scans of bin/direction6/scan.sh (and manner-rewrites.jsonl) and split-SET.json files
(`./doppel eval-rewrites DIR --write-split OUTDIR/split-SET.json`).
"""
import json, os, sys
from collections import Counter, defaultdict

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
sets = {'rw': '/work/shared/data/rewrites-dev'}
for d in ['model-rewrites', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
          'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites']:
    sets[d] = 'data/' + d
tot = defaultdict(Counter)
for name, d in sets.items():
    pred = os.path.join(out, name + '.jsonl')
    sp = os.path.join(out, 'split-' + name + '.json')
    if not (os.path.exists(pred) and os.path.exists(sp)):
        continue
    split = json.load(open(sp))
    T = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl')) if t.get('source')}
    for l in open(pred):
        p = json.loads(l)
        t = T.get(frozenset((p['a'], p['b'])))
        if not t or split.get(p['a']) != part or not p['source']:
            continue
        ev = '+'.join(sorted(p['direction_evidence']))
        tot[ev][(name, 'R' if p['source'] == t['source'] else 'B')] += 1
for ev, c in sorted(tot.items(), key=lambda x: -sum(x[1].values())):
    R = sum(v for (n, r), v in c.items() if r == 'R')
    B = sum(v for (n, r), v in c.items() if r == 'B')
    print(f"{ev:40s} right {R:4d} back {B:3d}  back by set: " + ", ".join(f"{n}:{v}" for (n, r), v in sorted(c.items()) if r == 'B'))
