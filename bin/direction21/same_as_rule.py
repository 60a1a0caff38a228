#!/usr/bin/env python3
"""feat-direction21: whether a scan named exactly the originals group_orders.py's built variant gives on the scan
before it (facts over the group: figures of two digits or more, every member's a subset of R's and fewer, no partial
pair in R's group, two related documents at least, R named the copy of none).

  python3 bin/direction21/same_as_rule.py BEFORE.jsonl AFTER.jsonl CORPUS_DIR
"""
import json
import sys
sys.path.insert(0, 'bin/direction21'); sys.path.insert(0, 'bin/direction20'); sys.path.insert(0, 'bin/direction19')
sys.path.insert(0, 'bin/direction18'); sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import group_orders  # noqa: E402

BUILT = ('facts', 'num10', 1, 'all', 'wholedoc', 'nb', 1)
base, new, corpus = sys.argv[1:4]
found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(base))}
neighbours, named, copyof = group_orders.graph(found)
cache = {}


def feat(d):
    if d not in cache:
        cache[d] = group_orders.features(open(f'{corpus}/{d}.txt', encoding='utf-8', errors='replace').read())
    return cache[d]


pred = {}
for k, p in found.items():
    if p.get('source') or group_orders.carry.withdrawn(p):
        continue
    a = group_orders.answer(p['a'], p['b'], neighbours, None, copyof, feat, BUILT, False)
    if a:
        pred[k] = a
got = {frozenset((p['a'], p['b'])): p['source'] for p in map(json.loads, open(new)) if p.get('direction_evidence') == ['group_facts']}
print(len(pred), len(got), pred == got)
for k in set(pred) | set(got):
    if pred.get(k) != got.get(k):
        print('differs', sorted(k), pred.get(k), got.get(k))
