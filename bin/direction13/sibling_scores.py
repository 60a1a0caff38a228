#!/usr/bin/env python3
"""feat-direction13: a lead for the sibling answers the new readings give (not built). For each sibling pair a scan
answers (o named the original of c, both rewrites of one source s), whether c is named the copy of s as well, and
whether s is closer to c (pair score) than o is: if so, a sibling step "of two named originals of one copy that are
themselves a pair, keep the closer" would withdraw it without touching the right answer s -> c.

  python3 bin/direction13/sibling_scores.py BRANCH fit|validation
"""
import json, os, sys
from collections import Counter
sys.path.insert(0, 'bin/direction13')
from table import SETS, set_dir


def main():
    branch, part = sys.argv[1:3]
    c = Counter()
    for name in SETS:
        if name == 'reuse' or not os.path.exists(os.path.join(branch, name + '.jsonl')):
            continue
        split = json.load(open(os.path.join(branch, 'split-' + name + '.json')))
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(set_dir(name) + '/truth.jsonl'))}
        pairs = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(os.path.join(branch, name + '.jsonl')))}
        sources = {}
        for t in truth.values():
            if t.get('source') in (t['a'], t['b']):
                sources[t['b'] if t['source'] == t['a'] else t['a']] = t['source']
        for key, p in pairs.items():
            t = truth.get(key)
            if t is None or t.get('source') in (p['a'], p['b']) or not p['source'] or split.get(p['a']) != part:
                continue
            o = p['source']; cp = p['b'] if o == p['a'] else p['a']; s = sources.get(cp)
            sc = pairs.get(frozenset((s, cp))) if s else None
            if sc is None or sc['source'] != s:
                c['the copy not named the copy of its source'] += 1
            elif frozenset((s, o)) not in pairs:
                c['source and named original not a pair'] += 1
            elif sc['score'] > p['score']:
                c['source closer to the copy (withdrawn by the lead)'] += 1
            else:
                c['named original closer (the right answer would be withdrawn instead)'] += 1
    for k, v in c.most_common():
        print(f'{v:4d}  {k}')


if __name__ == '__main__':
    main()
