#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): a German model vocabulary (30 words chosen before looking at any pair): the text using MARGIN more of them named the copy, on the German sets.
Run from the repository root:  python3 bin/direction11/devocab.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
V = re.compile(r"\b(zudem|darüber hinaus|maßgeblich\w*|entscheidend\w*|bemerkenswert\w*|facettenreich\w*|vielfältig\w*|nahtlos\w*|wegweisend\w*|unterstreich\w*|unterstrich\w*|hervorgehoben|hervorheben|beleuchte\w*|zeugt|eindrucksvoll\w*|beeindruckend\w*|faszinierend\w*|ganzheitlich\w*|essenziell\w*|essentiell\w*|unverzichtbar\w*|verdeutlich\w*|insgesamt|letztlich|somit|wesentlich\w*|zentrale\w*|bedeutend\w*|prägend\w*)\b", re.I)
for margin in (1,2,3):
  c=Counter(); ex=[]
  for r in rows:
    if r['relation'] not in ('paraphrase','near_duplicate'): continue
    if not r['set'].startswith('german'): continue
    o, cp = r['source'], (r['b'] if r['source']==r['a'] else r['a'])
    no, nc = len(V.findall(text(r['set'],o))), len(V.findall(text(r['set'],cp)))
    if abs(no-nc) < margin: continue
    v = 'R' if nc > no else 'B'
    c[r['set'],v]+=1; c['all',v]+=1
    if r['answer'] is None: c['unk',v]+=1
    if v=='B': ex.append((r['set'],r['category'],no,nc))
  print(margin, sorted(c.items()), ex[:6])
