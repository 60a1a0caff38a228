#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): quotations kept: the text with MIN more quoted passages (15+ characters) than the other, which has none (zero) or only quotes found among them (subset), named the original.
Run from the repository root:  python3 bin/direction11/quotes2.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
Q = re.compile(r'"([^"\n]{15,}?)"|“([^”\n]{15,}?)”|„([^“”\n]{15,}?)[“”]|«([^»\n]{15,}?)»|»([^«\n]{15,}?)«')
def quotes(t): return [''.join(g) for g in Q.findall(t)]
W = re.compile(r'\w+')
def kept(q, quotes):  # a quote of one text found among the other's quotes: most of its words in one quote
    w = set(W.findall(q.lower()))
    return any(len(w & set(W.findall(o.lower()))) >= 0.5*len(w) for o in quotes)
for variant in ['zero','subset']:
 for m in [1,2,3]:
  c=Counter(); ex=[]
  for r in rows:
    if r['relation']=='partial': continue
    qa, qb = quotes(text(r['set'],r['a'])), quotes(text(r['set'],r['b']))
    orig=None
    for x,y,o in ((qa,qb,r['a']),(qb,qa,r['b'])):
        if len(x)-len(y) >= m:
            if variant=='zero' and len(y)==0: orig=o
            if variant=='subset' and all(kept(q,x) for q in y): orig=o
    if not orig: continue
    v='R' if orig==r['source'] else 'B'
    c['all',v]+=1; c[r['set'],v]+=1
    if r['answer'] is None: c['unk',v]+=1
    elif r['answer']!=orig: c['against',v]+=1
    if v=='B': ex.append((r['set'],r['a'],r['b'],r['category'],len(qa),len(qb)))
  print(variant, m, f"all {c['all','R']}/{c['all','B']} unk {c['unk','R']}/{c['unk','B']} against {c['against','R']}/{c['against','B']}", sorted((k[0],v) for k,v in c.items() if k[0] not in('all','unk','against') and k[1]=='B'), ex[:8])
