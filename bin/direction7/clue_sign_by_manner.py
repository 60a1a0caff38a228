#!/usr/bin/env python3
"""feat-direction7: for each weak clue (rewrite, facts, model_style, cohesion), how often the original it names is the
truth's source, by set and manner, whether or not it decided the answer, read from the scan's direction_detail.

  python3 bin/direction7/clue_sign_by_manner.py OUTDIR [fit|validation]
"""
import json, os, re, sys
from collections import Counter, defaultdict
out = sys.argv[1]; part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
S = '/work/shared/data'
sets = {'rw': S + '/rewrites-dev'}
for d in ['model-rewrites', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
          'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites']:
    sets[d] = 'data/' + d
# the original each clue names: rewrite "X's n differing words are rarer ... than Y's" -> Y; facts "Y states n facts";
# model_style "X uses n words ..., Y m" -> Y; cohesion names its original first
NAMED = {
    'rewrite': re.compile(r"rewrite: \S+?'s \d+ differing words are rarer in the corpus \(mean ln df [\d.]+\) than (\S+?)'s"),
    'facts': re.compile(r"facts: (\S+) states \d+ facts"),
    'model_style': re.compile(r"model_style: \S+ uses \d+ words language models over-use \([^)]*\), (\S+) \d+"),
}
c = defaultdict(Counter)
for n, d in sets.items():
    sp = os.path.join(out, f'split-{n}.json')
    if not os.path.exists(sp) or not os.path.exists(os.path.join(out, n + '.jsonl')):
        continue
    split = json.load(open(sp))
    T = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl')) if t.get('source') in (t['a'], t['b'])}
    for p in map(json.loads, open(os.path.join(out, n + '.jsonl'))):
        t = T.get(frozenset((p['a'], p['b'])))
        if not t or split.get(p['a']) != part:
            continue
        for clue, rx in NAMED.items():
            m = rx.search(p.get('direction_detail') or '')
            if m:
                c[(clue, n, t.get('category'))][m.group(1) == t['source']] += 1
for k in sorted(c):
    print(f"  {str(k):70} right {c[k][True]:4} wrong {c[k][False]:3}")
