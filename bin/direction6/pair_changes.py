#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): pairs of two scans: changes outside source/direction_*, and source and direction changes.
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json,sys
def load(p): return {(d['a'],d['b']):d for d in map(json.loads,open(p))}
A=load(sys.argv[1]);B=load(sys.argv[2])
dirf=lambda d:{k:v for k,v in d.items() if k!='source' and not k.startswith('direction_')}
other=sum(1 for k in A.keys()|B.keys() if k not in A or k not in B or dirf(A[k])!=dirf(B[k]))
src=sum(1 for k in A if k in B and A[k]['source']!=B[k]['source'])
det=sum(1 for k in A if k in B and any(A[k].get(f)!=B[k].get(f) for f in A[k] if f.startswith('direction_')))
print(f"pairs {len(A)}|{len(B)} other-field changes {other} source changed {src} direction fields changed {det}")
