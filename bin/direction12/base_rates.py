#!/usr/bin/env python3
"""feat-direction12: base rates of typographic marks on real pages: the bodies `doppel extract --format json` reads from
../shared/data/extraction-meta/pages (trafilatura's evaluation pages, as they come), by the page's language.
For each mark: pages that use only the typographic form / only the plain form / both / neither.

  ./doppel extract --format json ../shared/data/extraction-meta/pages > EXTRACT.jsonl
  python3 bin/direction12/base_rates.py EXTRACT.jsonl
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction12')
from screen import MARKS, count

MARKS_SHOWN = ['apostrophe', 'dquote', 'dquote_de', 'dquote_en', 'guillemet', 'dash', 'ellipsis', 'percent', 'thousands', 'range']
c = Counter()
for line in open(sys.argv[1]):
    p = json.loads(line)
    body = p.get('body') or ''
    if len(body.split()) < 100:
        continue
    lg = p.get('language') or '?'
    lg = lg if lg in ('de', 'en') else 'other'
    c[lg, 'pages'] += 1
    for m in MARKS_SHOWN:
        ty, pl = count(body, m)
        c[lg, m, 'typo' if ty and not pl else 'plain' if pl and not ty else 'both' if ty and pl else 'none'] += 1
print('| mark (typographic against plain) | ' + ' | '.join(f'{lg} ({c[lg, "pages"]} pages): only typographic / only plain / both / neither' for lg in ('de', 'en', 'other')) + ' |')
print('|---|---:|---:|---:|')
for m in MARKS_SHOWN:
    print(f'| {m} | ' + ' | '.join(f"{c[lg,m,'typo']} / {c[lg,m,'plain']} / {c[lg,m,'both']} / {c[lg,m,'none']}" for lg in ('de', 'en', 'other')) + ' |')
