#!/usr/bin/env python3
"""feat-siblings: what the sibling step changed between two scans' outputs (bin/reference-scans.sh OUTDIRs, with the
split-SET.json files of `./doppel eval-rewrites DIR --write-split` in the base): per set, on one part, how truth and
sibling answers moved (right / backwards / sibling answered -> unknown, and anything else), and whether every line
is the same once the direction fields are removed.

  python3 bin/siblings/transitions.py BASE BRANCH fit|validation|all

A sibling pair is a truth pair whose source is neither text; reuse-dev has no split (counted whole in every part).
"""
import json, os, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import clue_votes as cv

DIRECTION = ('source', 'direction_evidence', 'direction_confidence', 'direction_detail')


def kind(p, t):
    if t is None:
        return 'untruth answered' if p['source'] else 'untruth unknown'
    if t.get('source') in (p['a'], p['b']):
        return 'unknown' if not p['source'] else 'right' if p['source'] == t['source'] else 'backwards'
    return 'sibling answered' if p['source'] else 'sibling unknown'


def main():
    base, branch, part = sys.argv[1:4]
    total = Counter()
    for name in cv.SETS:
        fb, fr = (os.path.join(d, name + '.jsonl') for d in (base, branch))
        if not (os.path.exists(fb) and os.path.exists(fr)):
            continue
        split_file = os.path.join(base, f'split-{name}.json')
        split = json.load(open(split_file)) if name != 'reuse' and os.path.exists(split_file) else None
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(cv.set_dir(name) + '/truth.jsonl'))}
        lb, lr = list(map(json.loads, open(fb))), list(map(json.loads, open(fr)))
        same = len(lb) == len(lr) and all({k: v for k, v in x.items() if k not in DIRECTION} == {k: v for k, v in y.items() if k not in DIRECTION}
                                          for x, y in zip(lb, lr))
        moved = Counter()
        for x, y in zip(lb, lr):
            if part != 'all' and split and (split.get(x['a']) != part or split.get(x['b']) != part):
                continue
            if x['source'] == y['source']:
                continue
            t = truth.get(frozenset((x['a'], x['b'])))
            moved[f'{kind(x, t)} -> {kind(y, t)}'] += 1
        total.update(moved)
        print(f'{name}: pairs {len(lr)}, the same without direction fields: {same}; ' + (', '.join(f'{k} {v}' for k, v in sorted(moved.items())) or 'no change'))
    print('all: ' + ', '.join(f'{k} {v}' for k, v in sorted(total.items())))


if __name__ == '__main__':
    main()
