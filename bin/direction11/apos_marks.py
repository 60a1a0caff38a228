#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): the typography clue with any plain mark as the copy's
evidence: one text's apostrophes all typographic (at least one); the other has no typographic mark at all (’ ‘ “ ” „)
and at least one plain one (an apostrophe or a double quotation mark). Counted on the pairs the strict form leaves.
Run from the repository root:  python3 bin/direction11/apos_marks.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9')
from candidates import text
CA = re.compile(r"(?<=[^\W\d_])[’](?=[^\W\d_])")
SA = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
TYPO = re.compile('[’‘“”„]')
c = Counter(); ex = []
for r in map(json.loads, open(sys.argv[1])):
    if r['relation'] not in ('paraphrase', 'near_duplicate'):
        continue
    ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
    ca, sa, cb, sb = len(CA.findall(ta)), len(SA.findall(ta)), len(CA.findall(tb)), len(SA.findall(tb))
    if (ca and not sa and sb and not cb) or (cb and not sb and sa and not ca):
        continue
    plain_copy = lambda t, s: not TYPO.search(t) and (s or '"' in t)
    orig = r['a'] if ca and not sa and plain_copy(tb, sb) else r['b'] if cb and not sb and plain_copy(ta, sa) else None
    if not orig:
        continue
    v = 'R' if orig == r['source'] else 'B'
    c['all', v] += 1; c[r['set'], v] += 1
    if r['answer'] is None:
        c['unk', v] += 1
    if v == 'B':
        ex.append((r['set'], r['category']))
print(sorted(c.items()), ex)
