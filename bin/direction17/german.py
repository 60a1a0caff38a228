#!/usr/bin/env python3
"""feat-direction17: the third-text clue of screen.py on German pairs only (the truth's source, or a sibling pair's
first text, reads as German): right / backwards / sibling answers per set, and how many on pairs the scan left unknown.

  WORDS=content|names|... python3 bin/direction17/german.py OUTDIR PART
"""
import sys
from collections import Counter, defaultdict
sys.path.insert(0,'bin/direction17'); sys.path.insert(0,'bin/direction13')
import screen
from table import lang, text
out, part = sys.argv[1], sys.argv[2]
rows = [r for r in screen.judged(out, part) if lang(text(r['set'], r['source'] or r['x'])) == 'de']
for margin in (1, 2, 3):
    for share in (0.0, 0.75, 1.0):
        c = defaultdict(Counter)
        for r in rows:
            a = screen.answer(r, margin, share)
            if a is None: continue
            k = 'sib' if r['kind'] == 'sibling' else 'right' if a == r['source'] else 'back'
            c[r['set']][k] += 1
            if k != 'sib' and r['scan'] is None: c[r['set']][k + '_on_unknown'] += 1
        tot = sum(c.values(), Counter())
        print(f"margin {margin} share {share}: {dict(tot)} | " + ', '.join(f"{s} {dict(v)}" for s, v in c.items()))
