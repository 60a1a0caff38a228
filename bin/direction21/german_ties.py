#!/usr/bin/env python3
"""feat-direction21: why facts over the group leave the German four-manner groups unknown. For each German source of
german-rewrites and restyle-rewrites in PART: whether it states every figure of two digits or more that any text of
its group (its related documents in the scan) states, whether a rewrite ties it (states the same figures), and whether
every member states fewer.

  python3 bin/direction21/german_ties.py OUTDIR PART
"""
import sys
from collections import Counter
sys.path[:0] = ['bin/direction21', 'bin/direction20', 'bin/direction19', 'bin/direction18', 'bin/direction17',
                'bin/direction13']
import group_orders as g  # noqa: E402
import screen  # noqa: E402
from table import text, lang  # noqa: E402

out, part = sys.argv[1], sys.argv[2]
for name in ('german-rewrites', 'restyle-rewrites'):
    found, _, truth = screen.load(out, name, part)
    neighbours, _, _ = g.graph(found)
    sources = {t['source'] for t, p in truth if t.get('source') and lang(text(name, t['source'])) == 'de'}
    c = Counter()
    for s in sources:
        mine = g.facts(g.features(text(name, s)), 'num10')
        theirs = [g.facts(g.features(text(name, m)), 'num10') for m in neighbours[s]]
        every = all(t <= mine for t in theirs)
        c['sources'] += 1
        c['state every figure of the group'] += every
        c['  and a rewrite ties'] += every and any(t == mine for t in theirs)
        c['  and every member states fewer'] += every and all(len(t) < len(mine) for t in theirs)
        c['a member states a figure the source lacks'] += not every
    print(name, dict(c))
