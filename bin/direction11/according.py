#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): an attribution turned round: the text that uses
"according to" MIN_ACC more times and a speech verb ("said", "added", "told" ...) MIN_SAID fewer times than the other
is named the copy ("X said" becoming "according to X"). Right / backwards per set, and on pairs the judge left unknown.
Run from the repository root:  python3 bin/direction11/according.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9')
from candidates import text
ACC = re.compile(r'\baccording to\b', re.I)
SAID = re.compile(r'\b(said|says|added|told|stated|explained|noted)\b', re.I)
rows = [json.loads(l) for l in open(sys.argv[1])]
for min_acc, min_said in ((1, 1), (1, 2), (2, 1), (2, 2)):
    c = Counter(); ex = []
    for r in rows:
        if r['relation'] not in ('paraphrase', 'near_duplicate'):
            continue
        ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
        aa, ab, sa, sb = len(ACC.findall(ta)), len(ACC.findall(tb)), len(SAID.findall(ta)), len(SAID.findall(tb))
        copy = (r['a'] if aa - ab >= min_acc and sb - sa >= min_said else
                r['b'] if ab - aa >= min_acc and sa - sb >= min_said else None)
        if not copy:
            continue
        v = 'R' if copy != r['source'] else 'B'
        c['all', v] += 1; c[r['set'], v] += 1
        if r['answer'] is None:
            c['unk', v] += 1
        if v == 'B':
            ex.append((r['set'], r['category']))
    print(min_acc, min_said, f"all {c['all', 'R']}/{c['all', 'B']} unknown {c['unk', 'R']}/{c['unk', 'B']}",
          sorted((k[0], k[1], n) for k, n in c.items() if k[0] not in ('all', 'unk')), ex[:5])
