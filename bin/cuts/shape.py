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
import json, os, re, sys
from collections import Counter, defaultdict

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
K = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3].isdigit() else 3
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
        if not l.startswith('CUTRAW'):
            continue
        f = l.split()
        a, b, rel = f[1], f[2], f[3]
        t = T.get(frozenset((a, b)))
        if rel != 'NEAR_DUPLICATE' or not t or (split is not None and split.get(a) != part) or (a, b) in seen:
            continue
        seen.add((a, b))
        v = dict(re.findall(r'(\w+)=(\S+)', l))
        oa, ob = int(v['oa']), int(v['ob'])
        ma, mb, tt = float(v['ma']), float(v['mb']), abs(float(v['t']))
        if oa == 0 or ob == 0 or abs(ma - mb) < 0.3 or tt < 1.0:
            continue  # no clue from main: margin, Welch's t floor of a near-duplicate
        named_a = ma > mb
        sla, slb = float(v['sla']), float(v['slb'])
        if min(sla, slb) > 0 and (sla / slb if named_a else slb / sla) < 0.75:
            continue  # the sentence-shortening rule
        hunks = [tuple(map(int, h.split(':'))) for h in v['h'].split(',') if h and h != '-']
        total = sum(x + y for x, y in hunks)
        one_sided = sum(x + y for x, y in hunks if min(x, y) == 0 and max(x, y) >= K)
        longest = max([max(x, y) for x, y in hunks if min(x, y) == 0] or [0])
        rows.append(dict(set=name, cat=t.get('category', t.get('relation')), right=named_a == (t['source'] == a),
                         minwords=min(oa, ob), share=one_sided / max(1, total), longest=longest, hunks=len(hunks),
                         oa=oa, ob=ob, t=tt))

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
        print(f"  {str(k):64} right {c[k][True]:5} backwards {c[k][False]:4}")

grp = lambda r: r['set'] if r['set'] in ('g20k', 'reuse') else 'written sets'
edges = [0.1, 0.25, 0.5, 0.6]
show(f'near-duplicate answers under main\'s floors but the word floor, by cut share (one-sided hunks of >= {K} words)',
     lambda r: (grp(r), 'min<4' if r['minwords'] < 4 else 'min>=4', band(r['share'], edges)))
show('by the longest one-sided hunk', lambda r: (grp(r), 'min<4' if r['minwords'] < 4 else 'min>=4', band(r['longest'], [3, 5, 8, 12, 20])))
if '--rows' in sys.argv:
    for r in rows:
        if r['set'] != 'g20k':
            print({k: (round(x, 3) if isinstance(x, float) else x) for k, x in r.items()})
