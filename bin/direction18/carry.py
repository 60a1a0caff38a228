#!/usr/bin/env python3
"""feat-direction18: the group's own answers carried to its unknown pairs (bin/direction17/propagate.py's rule), with
K >= 2 and the guards none / partner / all, pairs whose direction SiblingRewrites withdrew left out (a carried answer
must not give back what it withdrew), and g20k-s7 (its generator's truth) scored as one more set.

  python3 bin/direction18/carry.py OUTDIR PART [G20K_SCAN G20K_TRUTH]        # per set and variant: right / back / sib
  python3 bin/direction18/carry.py OUTDIR PART loso [G20K_SCAN G20K_TRUTH]   # leave one set out, g20k-s7 included

The fit of a variant (the lead's trade): backwards <= 0.05 of each set's judged pairs, none on g20k-s7 and reuse-dev,
sibling answers at most half the right answers over the sets fitted; of those, most right less backwards less sibling.
"""
import json
import sys
from collections import Counter

sys.path.insert(0, 'bin/direction17')
sys.path.insert(0, 'bin/direction13')
import propagate  # noqa: E402
import screen  # noqa: E402

VARIANTS = [(k, guard) for guard in ('none', 'partner', 'all') for k in (2, 3)]
WITHDRAWN = 'both may come from'
NO_BACKWARDS = ('g20k-s7', 'reuse')


def withdrawn(p):
    return WITHDRAWN in p.get('direction_detail', '')


def score_set(found, truth_pairs, per, judged, name):
    neighbours, named, copyof = propagate.graph(found)
    per[name] = {v: Counter() for v in VARIANTS}
    for t, p in truth_pairs:
        if t.get('source') not in (t['a'], t['b']):
            t = {'a': t['a'], 'b': t['b']}   # two copies of one original (g20k-s7's truth names it): a sibling pair
        judged[name] += bool(t.get('source'))
        if p.get('source') or withdrawn(p):
            continue
        x, y = t['a'], t['b']
        thirds = neighbours[x] & neighbours[y]
        for v in VARIANTS:
            a = propagate.answer(x, y, thirds, named, copyof, *v)
            if a is not None:
                per[name][v]['sib' if not t.get('source') else 'right' if a == t['source'] else 'back'] += 1


def counts(out, part, g20k):
    per, judged = {}, Counter()
    for name in screen.SETS:
        loaded = screen.load(out, name, part)
        if loaded is not None:
            score_set(loaded[0], loaded[2], per, judged, name)
    if g20k:
        scan, truth_file = g20k
        found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(scan))}
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(truth_file))}
        # every reported pair: one outside the truth, or two copies of one original, answered is a sibling answer
        pairs = [(truth.get(k) or {'a': p['a'], 'b': p['b']}, p) for k, p in found.items()]
        score_set(found, pairs, per, judged, 'g20k-s7')
    return per, judged


def admissible(per, judged, names, v):
    total = sum((per[n][v] for n in names), Counter())
    return (all(per[n][v]['back'] <= 0.05 * max(1, judged[n]) for n in names)
            and all(per[n][v]['back'] == 0 for n in names if n in NO_BACKWARDS)
            and 2 * total['sib'] <= total['right'])


def worth(per, judged, names, v):
    total = sum((per[n][v] for n in names), Counter())
    return admissible(per, judged, names, v), total['right'] - total['back'] - total['sib'], -v[0]


def main(count=counts, fit=worth, label=lambda v: f"K {v[0]} guard {v[1]}"):
    """the table, or with loso the leave-one-set-out fit; count, fit and label let a screen of other variants
    (bin/direction20/order.py) score and print them the same way"""
    out, part = sys.argv[1], sys.argv[2]
    rest = sys.argv[3:]
    loso = rest[:1] == ['loso']
    rest = rest[1:] if loso else rest
    per, judged = count(out, part, rest if rest else None)
    names = list(per)
    if loso:
        for held in names:
            others = [n for n in names if n != held]
            best = max(VARIANTS, key=lambda v: fit(per, judged, others, v))
            ok = admissible(per, judged, others, best)
            print(f"{held}: fitted {label(best)}{'' if ok else ' (none admissible)'} -> "
                  f"{dict(per[held][best])} of {judged[held]} judged")
        return
    for v in VARIANTS:
        total = sum((per[n][v] for n in names), Counter())
        print(f"{label(v)}: admissible {admissible(per, judged, names, v)} all {dict(total)} | "
              + ', '.join(f"{n} {dict(per[n][v])}" for n in names if per[n][v]))


if __name__ == '__main__':
    main()
