#!/usr/bin/env python3
"""feat-direction7: the facts clue's answers by its two counts (facts the named original states that the copy lacks,
and the other way round), whether it decided alone, per set, on one part; reuse-dev and g20k-s7 planted pairs too.

  python3 bin/direction7/facts_floor.py OUTDIR [fit|validation]
"""
import json, os, re, sys
from collections import Counter, defaultdict
out = sys.argv[1]; part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
S = '/work/shared/data'
sets = {'rw': S + '/rewrites-dev', 'reuse': S + '/reuse-dev', 'g20k': '/tmp/data/g20k-s7-meta'}
for d in ['model-rewrites', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
          'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites']:
    sets[d] = 'data/' + d
rx = re.compile(r"facts: (\S+) states (\d+) facts .*?; (\S+) states (\d+) that")
c = defaultdict(Counter)
for n, d in sets.items():
    sp = os.path.join(out, f'split-{n}.json'); split = json.load(open(sp)) if os.path.exists(sp) else None
    if not os.path.exists(os.path.join(out, n + '.jsonl')):
        continue
    T = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl')) if t.get('source') in (t['a'], t['b'])}
    for p in map(json.loads, open(os.path.join(out, n + '.jsonl'))):
        t = T.get(frozenset((p['a'], p['b'])))
        if not t or (split and split.get(p['a']) != part):
            continue
        m = rx.search(p.get('direction_detail') or '')
        if not m:
            continue
        hi, lo = int(m.group(2)), int(m.group(4))
        band = ('lo 0' if lo == 0 else 'lo >0', 'hi 3-4' if hi < 5 else 'hi 5+')
        alone = p['direction_evidence'] == ['facts']
        ans = 'U' if not p['source'] else 'R' if p['source'] == t['source'] else 'B'
        c[(band, 'alone' if alone else 'not alone')][(n, ans)] += 1
for k in sorted(c):
    v = c[k]
    R = sum(x for (n, a), x in v.items() if a == 'R'); B = sum(x for (n, a), x in v.items() if a == 'B')
    print(f"{str(k):40} right {R:4} backwards {B:3}   " + ', '.join(f"{n}:{a}{x}" for (n, a), x in sorted(v.items())))
