#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): apostrophes and double quotation marks, typographic against plain: strict (both sides use the mark, each one style) and loose (the other side any plain or none), floors 1-3.
Run from the repository root:  python3 bin/direction11/typo.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter, defaultdict
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
CA = re.compile(r"(?<=[^\W\d_])[’](?=[^\W\d_])")   # curly apostrophe inside a word
SA = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
CQ = re.compile('[“”„]')
SQ = re.compile('"')
def marks(t, mode):
    if mode == 'apos': return len(CA.findall(t)), len(SA.findall(t))
    if mode == 'quote': return len(CQ.findall(t)), len(SQ.findall(t))
    a, b = len(CA.findall(t)) + len(CQ.findall(t)), len(SA.findall(t)) + len(SQ.findall(t))
    return a, b
for mode in ['apos', 'quote', 'both']:
  for k in [1, 2, 3]:
    for strict in [True, False]:
      c = Counter(); ex = []
      for r in rows:
        ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
        (ca, sa), (cb, sb) = marks(ta, mode), marks(tb, mode)
        orig = None
        if ca >= k and sa == 0 and cb == 0 and (sb >= k if strict else True): orig = r['a']
        if cb >= k and sb == 0 and ca == 0 and (sa >= k if strict else True): orig = r['b']
        if not orig: continue
        v = 'R' if orig == r['source'] else 'B'
        c[r['set'], v] += 1; c['all', v] += 1
        if r['answer'] is None: c['unk', v] += 1
        elif r['answer'] != orig: c['against', v] += 1
        if v == 'B': ex.append((r['set'], r['a'], r['b'], r['category']))
      sets = sorted({s for s, _ in c} - {'all', 'unk', 'against'})
      print(mode, k, 'strict' if strict else 'loose', f"all {c['all','R']}/{c['all','B']} unk {c['unk','R']}/{c['unk','B']} against-judge {c['against','R']}/{c['against','B']} |", ' '.join(f"{s[:10]}:{c[s,'R']}/{c[s,'B']}" for s in sets), ex[:6])
