#!/usr/bin/env python3
"""feat-direction8: what the facts clue would say below its floors (3 facts, 3 times as many), by the named original's
length band, from a scratch build with bin/direction8/scratch-facts.patch (a D8FACTS line per paraphrase pair the clue
reads: each side's missing facts and words). Fit parts; reuse-dev and g20k-s7 whole.

  python3 bin/direction8/facts_floor.py RAWDIR fit
"""
import json, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from answers import set_dir  # noqa: E402

out, part = sys.argv[1], sys.argv[2]
names = ['model-rewrites', 'model-rewrites2', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
         'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites', 'rw', 'reuse', 'g20k']
cells = defaultdict(Counter)
for name in names:
    err = os.path.join(out, name + '.err')
    if not os.path.exists(err):
        continue
    sp = os.path.join(out, 'split-' + name + '.json')
    split = json.load(open(sp)) if os.path.exists(sp) else None
    truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(set_dir(name) + '/truth.jsonl'))
             if t.get('source') in (t['a'], t['b'])}
    seen = set()
    for line in open(err):
        if not line.startswith('D8FACTS'):
            continue
        f = line.split()
        a, b = f[1], f[2]
        v = dict(re.findall(r'(\w+)=(\d+)', line))
        t = truth.get(frozenset((a, b)))
        if not t or (split is not None and split.get(a) != part) or (a, b) in seen:
            continue
        seen.add((a, b))
        fa, fb, wa, wb = (int(v[k]) for k in ('fa', 'fb', 'wa', 'wb'))
        if fa == fb:
            continue
        named, hi, lo = (a, fa, fb) if fa > fb else (b, fb, fa)
        ratio = (wa / wb) if named == a else (wb / wa)
        band = 'shorter' if ratio < 0.95 else ('within' if ratio < 1.05 else 'longer')
        fires = hi >= 3 and hi >= 3 * lo
        kind = 'fires' if fires else ('2/0' if (hi, lo) == (2, 0) else ('1/0' if (hi, lo) == (1, 0) else
                ('>=3,x2' if hi >= 3 and hi >= 2 * lo else 'other')))
        grp = 'g20k' if name == 'g20k' else ('reuse' if name == 'reuse' else 'real')
        cells[(grp, kind, band)][('R' if named == t['source'] else 'B', name)] += 1
for k in sorted(cells):
    c = cells[k]
    r = sum(v for (x, n), v in c.items() if x == 'R')
    bk = sum(v for (x, n), v in c.items() if x == 'B')
    print(f'{k[0]:6s} {k[1]:7s} {k[2]:8s} right {r:4d} back {bk:3d}   back by set: ' +
          ', '.join(f'{n} {v}' for (x, n), v in sorted(c.items()) if x == 'B'))
