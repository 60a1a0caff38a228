#!/usr/bin/env python3
"""feat-direction12: on the German truth pairs of a part (paraphrases), what each typographic mark does from the source
to its rewrite: kept typographic, made plain (the premise), made typographic (against it), kept plain, or dropped.

  python3 bin/direction12/german_pairs.py ROWS.jsonl
"""
import json, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import MARKS, count, lang

rows = [json.loads(l) for l in open(sys.argv[1])]
c = Counter(); n = Counter()
for r in rows:
    if r['relation'] != 'paraphrase': continue
    src = text(r['set'], r['source']); cp = text(r['set'], r['b'] if r['source'] == r['a'] else r['a'])
    if lang(src) != 'de': continue
    n[r['set']] += 1; n['all'] += 1
    for m in MARKS:
        (st, sp), (ct, cpl) = count(src, m), count(cp, m)
        s = 'T' if st and not sp else 'P' if sp and not st else 'M' if st and sp else '-'
        d = 'T' if ct and not cpl else 'P' if cpl and not ct else 'M' if ct and cpl else '-'
        c[m, s + d] += 1
print('German paraphrase truth pairs:', dict(n))
print('| mark | typographic → typographic | typographic → plain (premise) | plain → typographic (against) | plain → plain | typographic → none | other |')
print('|---|---:|---:|---:|---:|---:|---:|')
for m in MARKS:
    other = sum(v for (mm, k), v in c.items() if mm == m and k not in ('TT', 'TP', 'PT', 'PP', 'T-', '--'))
    print(f"| {m} | {c[m,'TT']} | {c[m,'TP']} | {c[m,'PT']} | {c[m,'PP']} | {c[m,'T-']} | {other} |")
