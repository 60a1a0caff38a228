#!/usr/bin/env python3
"""feat-direction8: right / backwards answers by the clue(s) that decided them and by corpus, from the rows of
bin/direction8/answers.py (one part; reuse-dev's truth pairs have no split and are all counted).

  python3 bin/direction8/clue_tally.py ROWS.jsonl
"""
import json, sys
from collections import Counter, defaultdict

tally = defaultdict(Counter)
for r in map(json.loads, open(sys.argv[1])):
    if r['answer'] != 'unknown':
        tally[r['evidence']][(r['set'], r['answer'])] += 1
for ev, c in sorted(tally.items(), key=lambda x: -sum(x[1].values())):
    right = sum(v for (s, a), v in c.items() if a == 'right')
    back = sum(v for (s, a), v in c.items() if a == 'back')
    sets = sorted({s for s, a in c})
    print(f'{ev:34s} {right:4d} / {back:<3d} ' + ', '.join(f'{s} {c[(s, "right")]}/{c[(s, "back")]}' for s in sets))
