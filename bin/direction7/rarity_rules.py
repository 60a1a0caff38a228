#!/usr/bin/env python3
"""feat-direction7: what each candidate rule would take from the rarity clue's answers given alone (right / backwards
turned unknown), per set, from the rows of rarity_features.py --rows (a scratch build's scans).

  python3 bin/direction7/rarity_features.py OUTDIR fit --rows | python3 bin/direction7/rarity_rules.py
"""
import re, sys
from collections import Counter, defaultdict

rows = []
for l in sys.stdin:
    if ' t=' not in l:
        continue
    f = l.split()
    d = dict(re.findall(r'(\w+)=\s*(\S+)', l))
    rows.append(dict(set=f[0], cat=f[1], rel=f[2], ans=f[3], t=float(d['t']), lead=int(d['lead']), slr=float(d['slr']),
                     sm=d['sm'] == 'true', la=int(d['la']), lb=int(d['lb']), oa=int(d['oa']), ob=int(d['ob']),
                     share=(int(d['oa']) + int(d['ob'])) / (int(d['la']) + int(d['lb']))))
para = lambda r: r['rel'] == 'paraphrase'
RULES = {
    'paraphrase split or merged': lambda r: para(r) and r['sm'],
    'named original sentences < 0.9 of copy': lambda r: r['slr'] < 0.9,
    'named original sentences < 0.95 of copy': lambda r: r['slr'] < 0.95,
    'paraphrase: split/merged or slr < 0.95': lambda r: para(r) and (r['sm'] or r['slr'] < 0.95),
    'paraphrase: split/merged or slr < 0.9': lambda r: para(r) and (r['sm'] or r['slr'] < 0.9),
    'paraphrase: slr < 0.95': lambda r: para(r) and r['slr'] < 0.95,
    'paraphrase: t < 3': lambda r: para(r) and r['t'] < 3,
    'paraphrase: t < 2': lambda r: para(r) and r['t'] < 2,
    'paraphrase: lead < 0': lambda r: para(r) and r['lead'] < 0,
    'paraphrase: differing share > 0.5': lambda r: para(r) and r['share'] > 0.5,
}
by_set = defaultdict(Counter)
for r in rows:
    by_set[r['set']][r['ans']] += 1
print('rarity alone, all:', ', '.join(f"{s} {c['R']}/{c['B']}" for s, c in sorted(by_set.items())))
for name, rule in RULES.items():
    c = defaultdict(Counter)
    for r in rows:
        if rule(r):
            c[r['set']][r['ans']] += 1
    print(f"{name:45} " + ', '.join(f"{s} -{v['R']}/-{v['B']}" for s, v in sorted(c.items())))
