#!/usr/bin/env python3
"""feat-direction8: the answers that changed between two scans' rows (bin/direction8/answers.py), by set, manner and
answer before -> after, with the facts clue's length note where it printed one.

  python3 bin/direction8/changed.py BEFORE_ROWS.jsonl AFTER_ROWS.jsonl [--list]
"""
import json, sys
from collections import Counter

before = {(r['set'], r['a'], r['b']): r for r in map(json.loads, open(sys.argv[1]))}
after = {(r['set'], r['a'], r['b']): r for r in map(json.loads, open(sys.argv[2]))}
moves = Counter()
for k, r in before.items():
    b = after.get(k)
    if b and r['answer'] != b['answer']:
        moves[(r['set'], r['category'], r['answer'], b['answer'])] += 1
        if '--list' in sys.argv:
            print(' '.join(k), r['category'], r['answer'], '->', b['answer'], '|', b['detail'][:300])
for (s, c, x, y), n in sorted(moves.items()):
    print(f'{s:18s} {c:28s} {x:7s} -> {y:7s} {n}')
