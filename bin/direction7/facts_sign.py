#!/usr/bin/env python3
"""feat-direction7: the facts clue's sign (the side stating more facts the other lacks is the original) on every found
truth paraphrase pair, by set and manner and by the size of the lead, from the scratch build's D7RAW lines (fa, fb).

  python3 bin/direction7/facts_sign.py OUTDIR [fit|validation]
"""
import json, os, re, sys
from collections import Counter, defaultdict
out = sys.argv[1]; part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
S = '/work/shared/data'
sets = {'rw': S + '/rewrites-dev', 'reuse': S + '/reuse-dev'}
for d in ['model-rewrites', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
          'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites']:
    sets[d] = 'data/' + d
by_cat = defaultdict(Counter); by_lead = defaultdict(Counter)
for n, d in sets.items():
    sp = os.path.join(out, f'split-{n}.json'); split = json.load(open(sp)) if os.path.exists(sp) else None
    T = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl')) if t.get('source') in (t['a'], t['b'])}
    seen = set()
    for l in open(os.path.join(out, n + '.err')):
        if not l.startswith('D7RAW'):
            continue
        f = l.split(); a, b = f[1], f[2]; t = T.get(frozenset((a, b)))
        if not t or (split and split.get(a) != part) or f[3] != 'PARAPHRASE' or (a, b) in seen:
            continue
        seen.add((a, b))
        v = dict(re.findall(r'(\w+)=(\S+)', l)); fa, fb = int(v['fa']), int(v['fb'])
        if max(fa, fb) < 3 or max(fa, fb) < 3 * min(fa, fb):
            continue  # the clue's floor: 3 facts and 3 times
        right = (fa > fb) == (t['source'] == a)
        by_cat[(n, t.get('category', 'reuse'))][right] += 1
        lo, hi = min(fa, fb), max(fa, fb)
        by_lead[('min 0' if lo == 0 else 'min >0', 'max 3-4' if hi < 5 else 'max 5-9' if hi < 10 else 'max 10+')][right] += 1
for title, c in (('by set and manner', by_cat), ('by counts', by_lead)):
    print(title)
    for k in sorted(c):
        print(f"  {str(k):60} right {c[k][True]:4} wrong {c[k][False]:3}")
