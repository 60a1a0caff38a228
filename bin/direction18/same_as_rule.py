#!/usr/bin/env python3
"""feat-direction18: whether a scan carried exactly the answers propagate.py's rule (K = 2, no guard, withdrawn pairs left
out) gives on the scan before the carrier.   python3 bin/direction18/same_as_rule.py BEFORE.jsonl AFTER.jsonl"""
import json
import sys
sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import propagate
base, new = sys.argv[1], sys.argv[2]
found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(base))}
nb, named, copyof = propagate.graph(found)
pred = {}
for k, p in found.items():
    if p.get('source') or 'both may come from' in p.get('direction_detail', ''):
        continue
    a = propagate.answer(p['a'], p['b'], nb[p['a']] & nb[p['b']], named, copyof, 2, 'none')
    if a: pred[k] = a
got = {frozenset((p['a'], p['b'])): p['source'] for p in map(json.loads, open(new)) if p.get('direction_evidence') == ['group']}
print(len(pred), len(got), pred == got)
