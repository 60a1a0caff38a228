#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): families of two scans: membership, origin, tree edges and edge directions changed.
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json,sys
def load(p):
    out={}
    for d in map(json.loads,open(p)): out[frozenset(d['members'])]=d
    return out
A=load(sys.argv[1]);B=load(sys.argv[2])
mem=len(A.keys()^B.keys())
org=sum(1 for k in A if k in B and A[k]['origin']!=B[k]['origin'])
def edges(d): return sorted((min(e['from'],e['to']),max(e['from'],e['to']),e['relation']) for e in d['edges'])
def dedges(d): return sorted((e['from'],e['to'],e['direction_known']) for e in d['edges'])
edgeset=sum(1 for k in A if k in B and edges(A[k])!=edges(B[k]))
edir=sum(1 for k in A if k in B and dedges(A[k])!=dedges(B[k]))
print(f"families {len(A)}|{len(B)} membership changes {mem} origin changed {org} undirected edges changed {edgeset} edge directions changed {edir}")
