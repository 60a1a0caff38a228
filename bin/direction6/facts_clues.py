#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): facts clues by (facts only in the named original, facts only in the named copy), right / backwards.
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json,re,sys
from collections import Counter
ref=sys.argv[1] if len(sys.argv)>1 else '/tmp/ref-main'
rx=re.compile(r"facts: (\S+) states (\d+) facts \(numbers, names, quotations\) that its rewrite (\S+) lacks; \S+ states (\d+) that")
sets={'rewrites-dev':('/work/shared/data/rewrites-dev',ref+'/rw.jsonl')}
for d in ['model-rewrites','article-rewrites','heavy-revisions','written-revisions','german-rewrites','simplify-rewrites','german-articles']:
    sets[d]=('data/'+d,ref+'/%s.jsonl'%d)
sets['short-revisions']=('data/short-revisions',ref+'/short-revisions.jsonl')
c=Counter()
def add(g,p,t):
    m=rx.search(p['direction_detail'])
    if not m: return
    o,hi,cp,lo=m.groups(); hi=int(hi);lo=int(lo)
    alone=p['direction_evidence']==['facts']
    c[(g, 'alone' if alone else 'with', (hi if hi<8 else 8,lo if lo<3 else 3),'R' if o==t else 'B')]+=1
for name,(d,pred) in sets.items():
    split=json.load(open('/tmp/split-%s.json'%name))
    T={frozenset((t['a'],t['b'])):t['source'] for t in map(json.loads,open(d+'/truth.jsonl')) if t.get('source')}
    for l in open(pred):
        p=json.loads(l); t=T.get(frozenset((p['a'],p['b'])))
        if t and split.get(p['a'])=='fit' and t in (p['a'],p['b']): add('dev',p,t)
for g,tp,pp in [('reuse','/work/shared/data/reuse-dev/truth.jsonl',ref+'/reuse.jsonl'),('g20k','/tmp/data/g20k-s7-meta/truth.jsonl',ref+'/g20k.jsonl')]:
    T={frozenset((t['a'],t['b'])):t['source'] for t in map(json.loads,open(tp)) if t.get('source')}
    for l in open(pp):
        p=json.loads(l); t=T.get(frozenset((p['a'],p['b'])))
        if t and t in (p['a'],p['b']): add(g,p,t)
for k in sorted(c): print(k,c[k])
