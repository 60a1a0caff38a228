#!/usr/bin/env python3
"""feat-direction13: sibling pairs (two rewrites of one original: the truth's source is neither text) that one scan answers
and the other leaves unknown, per part and per deciding clue (`direction_evidence`).

  python3 bin/direction13/siblings.py BASE BRANCH fit|validation
"""
import json, os, sys
from collections import Counter
sys.path.insert(0, 'bin/direction13')
from table import SETS, set_dir


def main():
    base, branch, part = sys.argv[1:4]
    added, withdrawn = Counter(), Counter()
    for name in SETS:
        if name == 'reuse' or not os.path.exists(os.path.join(branch, name + '.jsonl')):
            continue
        split = json.load(open(os.path.join(branch, 'split-' + name + '.json')))
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(set_dir(name) + '/truth.jsonl'))}
        before = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(os.path.join(base, name + '.jsonl')))}
        for p in map(json.loads, open(os.path.join(branch, name + '.jsonl'))):
            t = truth.get(frozenset((p['a'], p['b'])))
            if t is None or t.get('source') in (p['a'], p['b']) or split.get(p['a']) != part:
                continue
            q = before.get(frozenset((p['a'], p['b'])))
            if p['source'] and not (q and q['source']):
                added[name, '+'.join(p.get('direction_evidence') or [])] += 1
            elif q and q['source'] and not p['source']:
                withdrawn[name, '+'.join(q.get('direction_evidence') or [])] += 1
    for title, c in (('sibling pairs answered now, unknown before', added), ('answered before, unknown now', withdrawn)):
        print(f'{title}: {sum(c.values())}')
        for (name, evidence), n in sorted(c.items()):
            print(f'  {name}: {evidence} {n}')


if __name__ == '__main__':
    main()
