#!/usr/bin/env python3
"""feat-direction20: whether a scan named exactly the originals order.py's built variant (two parentheses or more, none
in any of R's related documents, two related documents at least, R named the copy of none) gives on the scan before it.

  python3 bin/direction20/same_as_rule.py BEFORE.jsonl AFTER.jsonl CORPUS_DIR
"""
import json
import sys
sys.path.insert(0, 'bin/direction20'); sys.path.insert(0, 'bin/direction19'); sys.path.insert(0, 'bin/direction18')
sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import order  # noqa: E402
from table import lang  # noqa: E402

BUILT = ('paren', 1, 1.25, 'nb', 1)
base, new, corpus = sys.argv[1:4]
found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(base))}
neighbours, named, copyof = order.carry.propagate.graph(found)
cache = {}


def doc_text(d):
    return open(f'{corpus}/{d}.txt', encoding='utf-8', errors='replace').read()


def feat(d):
    if d not in cache:
        cache[d] = order.readers.features(doc_text(d))
    return cache[d]


pred = {}
for k, p in found.items():
    if p.get('source') or order.carry.withdrawn(p):
        continue
    a = order.answer(p['a'], p['b'], neighbours, None, copyof, feat, BUILT, lang(doc_text(p['a'])) == 'de')
    if a:
        pred[k] = a
got = {frozenset((p['a'], p['b'])): p['source'] for p in map(json.loads, open(new)) if p.get('direction_evidence') == ['group_style']}
print(len(pred), len(got), pred == got)
