#!/usr/bin/env python3
"""feat-cuts: the rarity sign on every found truth near-duplicate and paraphrase whose passages keep their length (the
clue's domain), at the clue's margin only (no Welch's t, word or sentence floor), by cut share: the differing words in
one-sided hunks of >= K words over all, from bin/cuts/scratch-hunks.patch's CUTRAW lines.

  python3 bin/cuts/shape_sign.py RAWDIR [fit|validation] [K]
"""
import os, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from raw_rows import raw_rows, hunks, cut_share

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
K = int(sys.argv[3]) if len(sys.argv) > 3 else 3
c = defaultdict(Counter)
for name, t, rel, a, v in raw_rows(out, part, 'CUTRAW'):
        oa, ob, ma, mb = int(v['oa']), int(v['ob']), float(v['ma']), float(v['mb'])
        if oa == 0 or ob == 0 or abs(ma - mb) < 0.3:
            continue
        share = cut_share(hunks(v), K)
        right = (ma > mb) == (t['source'] == a)
        grp = name if name in ('g20k', 'reuse') else (name, t.get('category', t.get('relation')))
        c[(str(grp), rel[:4], 'share>=0.6' if share >= 0.6 else 'share 0.5-0.6' if share >= 0.5 else 'share 0.25-0.5' if share >= 0.25 else 'share<0.25')][right] += 1
for k in sorted(c):
    print(f"  {str(k):75} right {c[k][True]:5} wrong {c[k][False]:4}")
