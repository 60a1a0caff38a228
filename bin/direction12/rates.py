#!/usr/bin/env python3
"""feat-direction12: how often the sources and the written texts of a development set's part use each typographic mark
(documents with the typographic form / with the plain form / with both), by language.

  python3 bin/direction12/rates.py SPLITDIR fit SET...
"""
import json, os, sys
from collections import Counter
sys.path.insert(0, 'bin/direction12')
from screen import MARKS, count, lang

splitdir, part, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
c = Counter()
for s in sets:
    split = json.load(open(f'{splitdir}/split-{s}.json'))
    truth = [json.loads(l) for l in open(f'data/{s}/truth.jsonl')]
    sources = {t['source'] for t in truth if t.get('source') in (t['a'], t['b'])}
    copies = {d for t in truth if t.get('source') in (t['a'], t['b']) for d in (t['a'], t['b']) if d != t['source']}
    for role, docs in (('source', sources), ('rewrite', copies - sources)):
        for d in docs:
            if split.get(d) != part: continue
            t = open(f'data/{s}/corpus/{d}.txt', encoding='utf-8').read()
            lg = lang(t)
            c[lg, role, 'docs'] += 1
            for m in MARKS:
                ty, pl = count(t, m)
                if ty: c[lg, role, m, 'typo'] += 1
                if pl: c[lg, role, m, 'plain'] += 1
                if ty and pl: c[lg, role, m, 'both'] += 1
for lg in ('de', 'en'):
    for role in ('source', 'rewrite'):
        n = c[lg, role, 'docs']
        if not n: continue
        print(f'{lg} {role:8} {n:4} docs | ' + '  '.join(f"{m} {c[lg,role,m,'typo']}/{c[lg,role,m,'plain']}/{c[lg,role,m,'both']}" for m in MARKS))
