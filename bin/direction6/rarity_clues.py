#!/usr/bin/env python3
"""feat-direction6 (docs/quality.md, "Direction: substitutions, cuts and cohesion"): rarity clues (from direction_detail) on truth pairs: fit parts, reuse-dev, g20k-s7; answers removed by a balance ratio; writes /tmp/d6/rows.json.
Scan directories hold NAME.jsonl and NAME-fam.jsonl as /tmp/d6/scan.sh in that section writes them (rw = rewrites-dev,
reuse, g20k); splits are /tmp/split-SET.json from `./doppel eval-rewrites DIR --write-split`. Run from the repository root."""
import json,re,sys,os
from collections import Counter,defaultdict
ref=sys.argv[1] if len(sys.argv)>1 else '/tmp/ref-main'
sets={'rewrites-dev':('/work/shared/data/rewrites-dev',ref+'/rw.jsonl')}
for d in ['model-rewrites','article-rewrites','heavy-revisions','written-revisions','german-rewrites','simplify-rewrites','german-articles','short-revisions']:
    sets[d]=('data/'+d,ref+'/%s.jsonl'%d)

rx=re.compile(r"rewrite: (\S+)'s (\d+) differing words are rarer in the corpus \(mean ln df ([\d.]+)\) than (\S+)'s (\d+) \(([\d.]+)\)")
rows=[]
def add(name,p,t):
    m=rx.search(p['direction_detail'])
    if not m: return
    copy,nc,mc,orig,no,mo=m.groups(); nc=int(nc);no=int(no)
    ev=p['direction_evidence']
    res = 'R' if p['source']==t else ('B' if p['source'] else 'U')
    rarity_right = orig==t
    rows.append(dict(set=name,rel=p['relation'],ncopy=nc,norig=no,ratio=min(nc,no)/max(nc,no),alone=(ev==['rewrite']),res=res,rr=rarity_right,pair=(p['a'],p['b']),deciding=('rewrite' in ev)))
for name,(dir_,pred) in sets.items():
    split=json.load(open('/tmp/split-%s.json'%name))
    T={frozenset((t['a'],t['b'])):t['source'] for t in map(json.loads,open(dir_+'/truth.jsonl')) if t.get('source')}
    for l in open(pred):
        p=json.loads(l); t=T.get(frozenset((p['a'],p['b'])))
        if not t or split.get(p['a'])!='fit' or t not in (p['a'],p['b']): continue
        add(name,p,t)
T={frozenset((t['a'],t['b'])):t['source'] for t in map(json.loads,open('/work/shared/data/reuse-dev/truth.jsonl')) if t.get('source')}
for l in open(ref+'/reuse.jsonl'):
    p=json.loads(l); t=T.get(frozenset((p['a'],p['b'])))
    if t and t in (p['a'],p['b']): add('reuse-dev',p,t)
T={frozenset((t['a'],t['b'])):t['source'] for t in map(json.loads,open('/tmp/data/g20k-s7-meta/truth.jsonl')) if t.get('source')}
for l in open(ref+'/g20k.jsonl'):
    p=json.loads(l); t=T.get(frozenset((p['a'],p['b'])))
    if t and t in (p['a'],p['b']): add('g20k',p,t)
os.makedirs('/tmp/d6',exist_ok=True); json.dump(rows,open('/tmp/d6/rows.json','w'))
# rarity alone deciding
for r in rows:
    if r['alone'] and (r['res']=='B' or r['set'] not in ('g20k',)):
        pass
print("rarity-decided-alone answers: set, res, rel, ncopy norig ratio")
for r in sorted(rows,key=lambda r:r['ratio']):
    if r['alone'] and r['set'] not in ('g20k','reuse-dev'): print(r['set'],r['res'],r['rel'],r['ncopy'],r['norig'],round(r['ratio'],2),r['pair'])
for th in [0,0.2,0.3,0.34,0.4,0.5,0.6,0.7]:
    c=Counter()
    for r in rows:
        if r['ratio']<th and r['alone']: c[(r['set'] if r['set'] in ('g20k','reuse-dev') else 'dev',r['res'])]+=1
    print(th,dict(c))
