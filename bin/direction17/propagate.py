#!/usr/bin/env python3
"""feat-direction17: the group's own answers, carried to its unknown pairs. Of a found truth pair (X, Y) the scan left
unknown, X is named the original when the scan names X the original of at least K of the pair's thirds (documents with
a found pair to both), Y the original of none, and no third the original of X; ALL=1 asks that X be named the original
of every third, PARTNER=1 that no third be named the original of Y.

  python3 bin/direction17/propagate.py OUTDIR PART        # per set and K: right / back / sibling answers
"""
import os
import sys
from collections import Counter, defaultdict
sys.path.insert(0,'bin/direction17'); sys.path.insert(0,'bin/direction13')
import screen
out, part = sys.argv[1], sys.argv[2]   # noqa: E402
K = [1, 2, 3]
totals = {k: Counter() for k in K}
for name in screen.SETS:
    loaded = screen.load(out, name, part)
    if loaded is None: continue
    found, nb, truth = loaded
    named = defaultdict(set); copyof = defaultdict(set)
    for k,p in found.items():
        s = p.get('source')
        if s:
            c = p['b'] if s == p['a'] else p['a']
            named[s].add(c); copyof[c].add(s)
    res = {k: Counter() for k in K}
    for t,p in truth:
        x,y = t['a'], t['b']
        if p.get('source'): continue        # only pairs the scan left unknown
        kind = 'sib' if not t.get('source') else 'src'
        thirds = nb[x] & nb[y]
        for k in K:
            ans = None
            for u,v in ((x,y),(y,x)):
                a = len(named[u] & thirds); b = len(named[v] & thirds)
                if a >= k and b == 0 and not (copyof[u] & thirds) and not (os.environ.get("PARTNER") and copyof[v] & thirds) and (os.environ.get("ALL") is None or a == len(thirds)):
                    ans = u
            if ans is None: continue
            res[k]['sib' if kind=='sib' else 'right' if ans == t['source'] else 'back'] += 1
    print(name, {k: dict(v) for k, v in res.items() if v})
    for k, v in res.items():
        totals[k].update(v)
print('all', {k: dict(v) for k, v in totals.items()})
