#!/usr/bin/env python3
"""feat-direction17: the group's own answers, carried to its unknown pairs. Of a found truth pair (X, Y) the scan left
unknown, X is named the original when the scan names X the original of at least K of the pair's thirds (documents with
a found pair to both), Y the original of none, and no third the original of X. Guards: "partner", no third named the
original of Y either; "all", X named the original of every third; "closer", X scores higher than Y with every third
X is named the original of (a copy is closer to its original than to a sibling).

  python3 bin/direction17/propagate.py OUTDIR PART         # per set, K and guard: right / back / sibling answers
  python3 bin/direction17/propagate.py OUTDIR PART loso    # leave one set out: K and guard fitted on the other sets
  python3 bin/direction17/propagate.py --scan SCAN TRUTH    # one scan against its truth (g20k-s7's generator's)
"""
import json
import sys
from collections import Counter, defaultdict

sys.path.insert(0, 'bin/direction17')
sys.path.insert(0, 'bin/direction13')
import screen  # noqa: E402

VARIANTS = [(k, guard) for guard in ('none', 'partner', 'all', 'closer') for k in (1, 2, 3)]


SCORES = {}


def graph(found):
    """every document's neighbours, the documents the scan names it the original of, and those named its original"""
    neighbours, named, copyof = defaultdict(set), defaultdict(set), defaultdict(set)
    for p in found.values():
        neighbours[p['a']].add(p['b'])
        neighbours[p['b']].add(p['a'])
        SCORES[p['a'], p['b']] = SCORES[p['b'], p['a']] = p['score']
        if p.get('source'):
            copy = p['b'] if p['source'] == p['a'] else p['a']
            named[p['source']].add(copy)
            copyof[copy].add(p['source'])
    return neighbours, named, copyof


def answer(x, y, thirds, named, copyof, k, guard):
    for u, v in ((x, y), (y, x)):
        led = len(named[u] & thirds)
        if led < k or named[v] & thirds or copyof[u] & thirds:
            continue
        if guard == 'partner' and copyof[v] & thirds or guard == 'all' and led != len(thirds):
            continue
        if guard == 'closer' and any(SCORES[u, z] <= SCORES[v, z] for z in named[u] & thirds):
            continue
        return u
    return None


def counts(out, part):
    """{set: {variant: Counter(right, back, sib)}} and {set: judged truth pairs with a source}"""
    per, judged = {}, Counter()
    for name in screen.SETS:
        loaded = screen.load(out, name, part)
        if loaded is None:
            continue
        found, _, truth = loaded
        neighbours, named, copyof = graph(found)
        per[name] = {v: Counter() for v in VARIANTS}
        for t, p in truth:
            judged[name] += bool(t.get('source'))
            if p.get('source'):   # only pairs the scan left unknown
                continue
            x, y = t['a'], t['b']
            thirds = neighbours[x] & neighbours[y]
            for v in VARIANTS:
                a = answer(x, y, thirds, named, copyof, *v)
                if a is not None:
                    per[name][v]['sib' if not t.get('source') else 'right' if a == t['source'] else 'back'] += 1
    return per, judged


def one_scan(scan, truth_file):
    found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(scan))}
    truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(truth_file))}
    neighbours, named, copyof = graph(found)
    for v in VARIANTS:
        c = Counter()
        for key, p in found.items():
            if p.get('source'):
                continue
            a = answer(p['a'], p['b'], neighbours[p['a']] & neighbours[p['b']], named, copyof, *v)
            if a is not None:
                t = truth.get(key)
                c['outside the truth' if not t or not t.get('source') else 'right' if a == t['source']
                  else 'sibling' if t['source'] not in (p['a'], p['b']) else 'back'] += 1
        print(f"K {v[0]} guard {v[1]}: {dict(c)}")


def main():
    if sys.argv[1] == '--scan':
        one_scan(sys.argv[2], sys.argv[3])
        return
    out, part = sys.argv[1], sys.argv[2]
    per, judged = counts(out, part)
    if sys.argv[3:] == ['loso']:
        for held in per:
            def worth(v):
                others = [per[n][v] for n in per if n != held]
                ok = all(per[n][v]['back'] <= 0.05 * max(1, judged[n]) for n in per if n != held)
                return ok, sum(c['right'] - c['back'] - c['sib'] for c in others), v[0]
            best = max(VARIANTS, key=worth)
            c = per[held][best]
            if c:
                print(f"{held}: fitted K {best[0]} guard {best[1]} -> {dict(c)} of {judged[held]}")
        return
    for v in VARIANTS:
        total = sum((per[n][v] for n in per), Counter())
        print(f"K {v[0]} guard {v[1]}: all {dict(total)} | " + ', '.join(f"{n} {dict(per[n][v])}" for n in per if per[n][v]))


if __name__ == '__main__':
    main()
