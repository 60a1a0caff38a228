#!/usr/bin/env python3
"""feat-direction17: where the unknown answers are, by set, manner (the truth's category) and relation, for one language.

  python3 bin/direction13/table.py OUTDIR fit --rows > ROWS
  python3 bin/direction17/unknowns.py ROWS de|en
"""
import json, sys
from collections import Counter, defaultdict


def main():
    rows = [r for r in map(json.loads, open(sys.argv[1])) if r['lang'] == sys.argv[2]]
    cells = defaultdict(Counter)
    for r in rows:
        cells[r['set'], str(r['category']), r['relation']][r['answer']] += 1
    total = Counter(r['answer'] for r in rows)
    print(f"{len(rows)} pairs: right {total['right']}, backwards {total['back']}, unknown {total['unknown']}")
    print('| set | manner | relation | unknown | right | backwards |\n|---|---|---|---:|---:|---:|')
    for (name, manner, relation), c in sorted(cells.items(), key=lambda kv: (-kv[1]['unknown'], kv[0])):
        if c['unknown']:
            print(f"| {name} | {manner} | {relation} | {c['unknown']} | {c['right']} | {c['back']} |")
    why = Counter('no evidence at all' if r['detail'].startswith('no date') else r['detail'].split(':')[0]
                  for r in rows if r['answer'] == 'unknown')
    print('why unknown:', dict(why))


if __name__ == '__main__':
    main()
