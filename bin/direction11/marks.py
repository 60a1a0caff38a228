#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): other marks made plain by a rewrite (ellipsis, em dash, en dash in ranges, English double quotes), strict form.
Run from the repository root:  python3 bin/direction11/marks.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
PAIRS = {
 'ellipsis': (re.compile('…'), re.compile(r'\.\.\.')),
 'emdash': (re.compile('—'), re.compile(r' -- |\w--\w| - ')),
 'endash_range': (re.compile(r'\d–\d'), re.compile(r'\d-\d')),
 'dquote_en': (re.compile('[“”]'), re.compile('"')),
}
for name,(T,P) in PAIRS.items():
  c=Counter(); ex=[]
  for r in rows:
    if r['relation'] not in ('paraphrase','near_duplicate'): continue
    ta, tb = text(r['set'],r['a']), text(r['set'],r['b'])
    ta_t, ta_p, tb_t, tb_p = len(T.findall(ta)), len(P.findall(ta)), len(T.findall(tb)), len(P.findall(tb))
    orig = r['a'] if ta_t and not ta_p and tb_p and not tb_t else r['b'] if tb_t and not tb_p and ta_p and not ta_t else None
    if not orig: continue
    v='R' if orig==r['source'] else 'B'
    c['all',v]+=1; c[r['set'],v]+=1
    if r['answer'] is None: c['unk',v]+=1
    if v=='B': ex.append((r['set'], r['category']))
  print(name, f"all {c['all','R']}/{c['all','B']} unk {c['unk','R']}/{c['unk','B']}", sorted((k[0],v) for k,v in c.items() if k[0] not in ('all','unk')), ex[:5])
