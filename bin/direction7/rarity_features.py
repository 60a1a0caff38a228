#!/usr/bin/env python3
"""feat-direction7: every answer the rarity (`rewrite`) clue gave alone, with the features a manner of rewriting could
be told by, on one part of the development sets, reuse-dev's truth pairs and g20k-s7's planted pairs.

  python3 bin/direction7/rarity_features.py OUTDIR [fit|validation] [--rows]

OUTDIR holds the scans of bin/direction6/scan.sh (plus manner-rewrites.jsonl when that set is there). The features
t, lead, slr, sm are read from the suffix "[D7 ...]" a scratch build (not committed) appended to the clue's detail;
without it only the relation, the counts and the sentence links are shown.
"""
import json, os, re, subprocess, sys
from collections import Counter, defaultdict

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith('-') else 'fit'
rows = '--rows' in sys.argv
S = '/work/shared/data'
sets = {'rw': (S + '/rewrites-dev', True)}
for d in ['model-rewrites', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
          'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites']:
    sets[d] = ('data/' + d, True)
sets['reuse'] = (S + '/reuse-dev', False)
sets['g20k'] = ('/tmp/data/g20k-s7-meta', False)


def links_features(p):
    links = p.get('sentences', [])
    a = [tuple(l['a']) for l in links]; b = [tuple(l['b']) for l in links]
    order = sum(1 for i in range(1, len(links)) if b[i][0] >= b[i - 1][0]) / max(1, len(links) - 1)
    return len(links), len(set(a)), len(set(b)), order


D7 = re.compile(r'\[D7 ([^\]]*)\]')
tally = defaultdict(Counter)
for name, (d, split_needed) in sets.items():
    pred = os.path.join(out, name + '.jsonl')
    if not os.path.exists(pred) or not os.path.exists(d + '/truth.jsonl'):
        continue
    split = None
    if split_needed:
        sp = os.path.join(out, 'split-' + name + '.json')
        if not os.path.exists(sp):
            subprocess.run(['./doppel', 'eval-rewrites', d, '--write-split', sp], capture_output=True)
        split = json.load(open(sp))
    T = {}
    for t in map(json.loads, open(d + '/truth.jsonl')):
        if t.get('source') in (t['a'], t['b']):
            T[frozenset((t['a'], t['b']))] = t
    for l in open(pred):
        p = json.loads(l)
        t = T.get(frozenset((p['a'], p['b'])))
        if not t or (split is not None and split.get(p['a']) != part):
            continue
        det = p.get('direction_detail') or ''
        if 'rewrite:' not in det:
            continue
        ev = p['direction_evidence']
        ans = 'U' if p['source'] is None else ('R' if p['source'] == t['source'] else 'B')
        m = D7.search(det)
        f = dict(kv.split('=') for kv in m.group(1).split()) if m else {}
        alone = ev == ['rewrite']
        cat = t.get('category', t.get('relation'))
        key = (name, p['relation'], 'alone' if alone else ('with:' + '+'.join(ev) if ev else 'unknown'))
        tally[key][ans] += 1
        if rows and alone:
            n, na, nb, order = links_features(p)
            print(f"{name:17} {cat:24} {p['relation']:14} {ans} t={f.get('t','?'):>6} lead={f.get('lead','?'):>3} "
                  f"slr={f.get('slr','?'):>5} sm={f.get('sm','?'):5} la={f.get('la','?'):>5} lb={f.get('lb','?'):>5} "
                  f"oa={f.get('oa','?'):>4} ob={f.get('ob','?'):>4} links={n}/{na}/{nb} order={order:.2f} {p['a']}-{p['b']}")
for k in sorted(tally):
    c = tally[k]
    print(f"{' '.join(k):60} right {c['R']:4} backwards {c['B']:3} unknown {c['U']:4}")
