#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): answers that changed between two scans: MAIN.jsonl BRANCH.jsonl TRUTH.jsonl SPLIT.json|- [fit|validation].
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json,sys
from collections import Counter
# changed_answers.py MAIN BR TRUTH SPLIT|- PART
A={(d['a'],d['b']):d for d in map(json.loads,open(sys.argv[1]))}
T={frozenset((t['a'],t['b'])):t.get('source') for t in map(json.loads,open(sys.argv[3]))}
split=json.load(open(sys.argv[4])) if sys.argv[4]!='-' else None
part=sys.argv[5] if len(sys.argv)>5 else 'fit'
c=Counter()
def lab(s,t):
    if s is None: return 'U'
    if t is None or t not in pair: return 'X'  # no truth source in pair
    return 'R' if s==t else 'B'
for d in map(json.loads,open(sys.argv[2])):
    a=A[(d['a'],d['b'])]
    if a['source']==d['source']: continue
    if split is not None and split.get(d['a'])!=part: continue
    pair=(d['a'],d['b']); t=T.get(frozenset(pair))
    ev=[x.split(':')[0] for x in a['direction_detail'].split('; ') ]
    c[(lab(a['source'],t)+'->'+lab(d['source'],t), '+'.join(a['direction_evidence']) or 'none')]+=1
for k in sorted(c): print('  ',k,c[k])
