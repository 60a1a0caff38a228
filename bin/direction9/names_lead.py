#!/usr/bin/env python3
"""feat-direction4 (second round), measured after the validation scoring and not built: the condensation clue with
multi-word capitalised names besides numbers (a fact of the shorter text counts as kept when the longer text contains
it, names in any case). Reads the rows of clue_votes.py --rows of the BRANCH (so "new" means beyond the built clue).

  python3 bin/direction9/names_lead.py ROWS.jsonl
"""
import json,sys,re,collections
sys.path.insert(0,'bin/direction9')
from candidates import text, WORD, NUMBER
NAME=re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)+)", re.M)
def facts(t):
    return {('n',x) for x in NUMBER.findall(t)} | {('m',x) for x in NAME.findall(t)}
def kept(f, other_text):
    low=other_text.lower()
    return (f[1] in other_text) if f[0]=='n' else (f[1].lower() in low)
c=collections.Counter()
for l in open(sys.argv[1]):
    r=json.loads(l)
    if r['relation']!='paraphrase': continue
    ta,tb=text(r['set'],r['a']),text(r['set'],r['b'])
    wa,wb=len(WORD.findall(ta)),len(WORD.findall(tb))
    if max(wa,wb)<1.5*min(wa,wb): continue
    (L,tl),(S,ts)=((r['a'],ta),(r['b'],tb)) if wa>wb else ((r['b'],tb),(r['a'],ta))
    fs=facts(ts); fl=facts(tl)
    own=[f for f in fs if not kept(f,tl)]
    more=[f for f in fl if not kept(f,ts)]
    if own or len(more)<2: continue
    g='rw' if r['set']=='rw' else r['set'] if r['set']=='reuse' else 'written'
    ok='R' if L==r['source'] else 'B'
    c[(g,ok)]+=1
    if not r['answer']: c[(g,ok,'new')]+=1
print({k:v for k,v in sorted(c.items())})
