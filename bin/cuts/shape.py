#!/usr/bin/env python3
"""feat-cuts: the rarity clue's near-duplicate answers by the shape of the edit, from a scratch build
(bin/cuts/scratch-hunks.patch) that prints, for every near-duplicate and paraphrase pair whose passages keep their
length, the rarity statistics and the hunks of a word-level LCS diff of each passage ("CUTRAW ... h=a:b,a:b,...", a and
b the words of side A and side B between two matched words).

  python3 bin/cuts/shape.py RAWDIR [fit|validation] [K]

Shape: "cut share" = the differing words that lie in one-sided hunks of at least K words (a clause or a sentence dropped
or added, nothing put in its place) over all differing words of both sides. A substitution swaps words in place (hunks
with words on both sides); a cut drops whole runs. "Right" = the side with commoner differing words is the truth's source.
"""
import os, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from raw_rows import raw_rows, hunks, cut_share, band, show

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
K = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3].isdigit() else 3
rows = []
for name, t, rel, a, v in raw_rows(out, part, 'CUTRAW'):
        if rel != 'NEAR_DUPLICATE':
            continue
        oa, ob = int(v['oa']), int(v['ob'])
        ma, mb, tt = float(v['ma']), float(v['mb']), abs(float(v['t']))
        if oa == 0 or ob == 0 or abs(ma - mb) < 0.3 or tt < 1.0:
            continue  # no clue from main: margin, Welch's t floor of a near-duplicate
        named_a = ma > mb
        sla, slb = float(v['sla']), float(v['slb'])
        if min(sla, slb) > 0 and (sla / slb if named_a else slb / sla) < 0.75:
            continue  # the sentence-shortening rule
        hs = hunks(v)
        longest = max([max(x, y) for x, y in hs if min(x, y) == 0] or [0])
        rows.append(dict(set=name, cat=t.get('category', t.get('relation')), right=named_a == (t['source'] == a),
                         minwords=min(oa, ob), share=cut_share(hs, K), longest=longest, hunks=len(hs),
                         oa=oa, ob=ob, t=tt))

grp = lambda r: r['set'] if r['set'] in ('g20k', 'reuse') else 'written sets'
edges = [0.1, 0.25, 0.5, 0.6]
show(rows, f'near-duplicate answers under main\'s floors but the word floor, by cut share (one-sided hunks of >= {K} words)',
     lambda r: (grp(r), 'min<4' if r['minwords'] < 4 else 'min>=4', band(r['share'], edges)))
show(rows, 'by the longest one-sided hunk', lambda r: (grp(r), 'min<4' if r['minwords'] < 4 else 'min>=4', band(r['longest'], [3, 5, 8, 12, 20])))
if '--rows' in sys.argv:
    for r in rows:
        if r['set'] != 'g20k':
            print({k: (round(x, 3) if isinstance(x, float) else x) for k, x in r.items()})
