#!/usr/bin/env python3
"""feat-cuts: the rarity clue's near-duplicate answers by shape, from feat-direction7's scratch scans ("D7RAW" lines of
bin/direction7/scratch-features.patch, one per near-duplicate and paraphrase pair: differing words per side oa/ob).

  python3 bin/cuts/balance.py RAWDIR [fit|validation]

Shape: balance = the named copy's differing words over the named original's. A substitution swaps a word for a word
(balance near 1); a cut's source keeps the dropped content (many words) against the cut's few glue words, and rarity
names the cut (commoner glue) as the original, so a cut read backwards has a large balance.
"""
import json, os, re, sys
from collections import Counter, defaultdict

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
S = '/work/shared/data'
sets = {'reuse': S + '/reuse-dev', 'g20k': '/tmp/data/g20k-s7-meta'}
for d in ['short-revisions', 'written-revisions', 'heavy-revisions', 'simplify-rewrites', 'model-rewrites', 'manner-rewrites']:
    sets[d] = 'data/' + d
rows = []
for name, d in sets.items():
    err = os.path.join(out, name + '.err')
    if not os.path.exists(err):
        print('no scan for', name, file=sys.stderr)
        continue
    sp = os.path.join(out, 'split-' + name + '.json')
    split = json.load(open(sp)) if os.path.exists(sp) else None
    T = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl')) if t.get('source') in (t['a'], t['b'])}
    seen = set()
    for l in open(err):
        if not l.startswith('D7RAW'):
            continue
        f = l.split()
        a, b, rel = f[1], f[2], f[3]
        t = T.get(frozenset((a, b)))
        if rel != 'NEAR_DUPLICATE' or not t or (split is not None and split.get(a) != part) or (a, b) in seen:
            continue
        seen.add((a, b))
        v = dict(re.findall(r'(\w+)=(\S+)', l))
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

def band(x, edges):
    for e in edges:
        if x < e:
            return f'<{e}'
    return f'>={edges[-1]}'

def show(title, key, filt=lambda r: True):
    c = defaultdict(Counter)
    for r in rows:
        if filt(r):
            c[key(r)][r['right']] += 1
    print(f"\n{title}")
    for k in sorted(c, key=str):
        print(f"  {str(k):60} right {c[k][True]:5} backwards {c[k][False]:4}")

edges = [0.5, 0.8, 1.25, 1.5, 2, 3]
show('near-duplicate answers (main\'s floors but the 4-word floor): set, words floor, balance copy/original',
     lambda r: (r['set'] if r['set'] in ('g20k', 'reuse') else 'written sets', 'min<4' if r['minwords'] < 4 else 'min>=4',
                band(r['balance'], edges)))
show('by set and manner', lambda r: (r['set'], r['cat'], 'min<4' if r['minwords'] < 4 else 'min>=4', band(r['balance'], edges)),
     lambda r: r['set'] != 'g20k')
if '--rows' in sys.argv:
    for r in rows:
        if r['set'] != 'g20k':
            print(r)
