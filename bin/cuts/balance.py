#!/usr/bin/env python3
"""feat-cuts: the rarity clue's near-duplicate answers by shape, from feat-direction7's scratch scans ("D7RAW" lines of
bin/direction7/scratch-features.patch, one per near-duplicate and paraphrase pair: differing words per side oa/ob).

  python3 bin/cuts/balance.py RAWDIR [fit|validation]

Shape: balance = the named copy's differing words over the named original's. A substitution swaps a word for a word
(balance near 1); a cut's source keeps the dropped content (many words) against the cut's few glue words, and rarity
names the cut (commoner glue) as the original, so a cut read backwards has a large balance.
"""
import os, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from raw_rows import raw_rows, band, show

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
rows = []
for name, t, rel, a, v in raw_rows(out, part, 'D7RAW'):
        if rel != 'NEAR_DUPLICATE':
            continue
        la, lb, oa, ob = (int(v[k]) for k in ('la', 'lb', 'oa', 'ob'))
        ma, mb, tt = float(v['ma']), float(v['mb']), abs(float(v['t']))
        if oa == 0 or ob == 0 or abs(ma - mb) < 0.3 or max(la, lb) >= 1.05 * min(la, lb) or tt < 1.0:
            continue  # no clue from main (margin, length, Welch's t floor of a near-duplicate)
        named_a = ma > mb
        sla, slb = float(v['sla']), float(v['slb'])
        slr = (sla / slb if named_a else slb / sla) if min(sla, slb) > 0 else 1
        if slr < 0.75:
            continue  # the sentence-shortening rule
        orig_words, copy_words = (oa, ob) if named_a else (ob, oa)
        rows.append(dict(set=name, cat=t.get('category', t.get('relation')), right=named_a == (t['source'] == a),
                         minwords=min(oa, ob), balance=copy_words / orig_words, oa=orig_words, ca=copy_words,
                         share=(oa + ob) / max(1, la + lb)))

edges = [0.5, 0.8, 1.25, 1.5, 2, 3]
show(rows, 'near-duplicate answers (main\'s floors but the 4-word floor): set, words floor, balance copy/original',
     lambda r: (r['set'] if r['set'] in ('g20k', 'reuse') else 'written sets', 'min<4' if r['minwords'] < 4 else 'min>=4',
                band(r['balance'], edges)))
show(rows, 'by set and manner', lambda r: (r['set'], r['cat'], 'min<4' if r['minwords'] < 4 else 'min>=4', band(r['balance'], edges)),
     lambda r: r['set'] != 'g20k')
if '--rows' in sys.argv:
    for r in rows:
        if r['set'] != 'g20k':
            print(r)
