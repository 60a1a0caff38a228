#!/usr/bin/env python3
"""feat-cuts: the rarity sign on every found truth near-duplicate and paraphrase whose passages keep their length (the
clue's domain), at the clue's margin only (no Welch's t, word or sentence floor), by cut share: the differing words in
one-sided hunks of >= K words over all, from bin/cuts/scratch-hunks.patch's CUTRAW lines.

  python3 bin/cuts/shape_sign.py RAWDIR [fit|validation] [K]
"""
import json, os, re, sys
from collections import Counter, defaultdict

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
K = int(sys.argv[3]) if len(sys.argv) > 3 else 3
S = '/work/shared/data'
sets = {'reuse': S + '/reuse-dev', 'g20k': '/tmp/data/g20k-s7-meta'}
for d in ['short-revisions', 'written-revisions', 'heavy-revisions', 'simplify-rewrites', 'model-rewrites', 'manner-rewrites']:
    sets[d] = 'data/' + d
c = defaultdict(Counter)
for name, d in sets.items():
    err = os.path.join(out, name + '.err')
    if not os.path.exists(err):
        continue
    sp = os.path.join(out, 'split-' + name + '.json')
    split = json.load(open(sp)) if os.path.exists(sp) else None
    T = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl')) if t.get('source') in (t['a'], t['b'])}
    seen = set()
    for l in open(err):
        if not l.startswith('CUTRAW'):
            continue
        f = l.split()
        a, b, rel = f[1], f[2], f[3]
        t = T.get(frozenset((a, b)))
        if not t or (split is not None and split.get(a) != part) or (a, b) in seen:
            continue
        seen.add((a, b))
        v = dict(re.findall(r'(\w+)=(\S+)', l))
        oa, ob, ma, mb = int(v['oa']), int(v['ob']), float(v['ma']), float(v['mb'])
        if oa == 0 or ob == 0 or abs(ma - mb) < 0.3:
            continue
        hunks = [tuple(map(int, h.split(':'))) for h in v['h'].split(',') if h and h != '-']
        share = sum(x + y for x, y in hunks if min(x, y) == 0 and max(x, y) >= K) / max(1, sum(x + y for x, y in hunks))
        right = (ma > mb) == (t['source'] == a)
        grp = name if name in ('g20k', 'reuse') else (name, t.get('category', t.get('relation')))
        c[(str(grp), rel[:4], 'share>=0.6' if share >= 0.6 else 'share 0.5-0.6' if share >= 0.5 else 'share 0.25-0.5' if share >= 0.25 else 'share<0.25')][right] += 1
for k in sorted(c):
    print(f"  {str(k):75} right {c[k][True]:5} wrong {c[k][False]:4}")
