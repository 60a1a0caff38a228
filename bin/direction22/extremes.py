#!/usr/bin/env python3
"""feat-direction22: in rewrites-dev's raidar groups of the fit part (a news snippet and the rewrites found to it,
five members at least), how often is the source the one member with the most or the least of a reading? By chance,
about one group in six or seven. The readings: words, mean ln(document frequency) of its content words (the corpus's
own frequencies), words of the ModelVocabulary list, mean Jaccard of content words with the other members, the share
of its content words no other member writes, the words most other members write that it lacks, curly quotes,
contractions, commas a word, figures, capitalised words, dashes, sentences, mean letters a word, its rarest word,
words that occur in no more documents than the group has members.

  python3 bin/direction22/extremes.py SPLIT_JSON       # split-rw.json as eval-rewrites --write-split writes it
"""
import json, collections, re, math, sys, os
sys.path.insert(0,'bin/direction17'); sys.path.insert(0,'bin/direction13')
import screen
STOP=screen.STOP; MODEL=screen.MODEL_WORDS
D='/work/shared/data/rewrites-dev'
sp=json.load(open(sys.argv[1]))
truth=[json.loads(l) for l in open(D+'/truth.jsonl')]
txt=lambda d: open(f'{D}/corpus/{d}.txt').read()
WORD=re.compile(r'[^\W\d_]{2,}')
df=collections.Counter()
for f in os.listdir(D+'/corpus'): df.update({w for w in WORD.findall(open(D+'/corpus/'+f).read().lower()) if w not in STOP})
g=collections.defaultdict(set)
for t in truth:
    if t['category'].startswith('raidar') and sp.get(t['a'])=='fit':
        g[t['source']].add(t['b'] if t['a']==t['source'] else t['a'])
def cw(t): return {w for w in WORD.findall(t.lower()) if w not in STOP}
def feats(d, members):
    t=txt(d); c=cw(t); others=[cw(txt(m)) for m in members if m!=d]
    f={}
    f['words']=len(re.findall(r'\w+',t))
    f['meanlndf']=sum(math.log(df[w]) for w in c)/max(1,len(c))
    f['model']=sum(w in MODEL for w in WORD.findall(t.lower()))
    f['jacc']=sum(len(c&o)/len(c|o) for o in others)/len(others)
    f['unique']=len([w for w in c if not any(w in o for o in others)])/max(1,len(c))
    f['conv_missing']=len({w for o in others for w in o if sum(w in oo for oo in others)>=len(others)//2+1}-c)
    f['curly']=len(re.findall('[“”’]',t))
    f['contractions']=len(re.findall(r"\w['’](s|t|re|ll|ve|d)\b",t))
    f['comma']=t.count(',')/max(1,f['words'])
    f['digits']=len(re.findall(r'\d+',t))
    f['caps']=len(re.findall(r'\b[A-Z][a-z]+',t))
    f['dash']=len(re.findall('[—–-]',t))
    f['sentences']=len(re.findall(r'[.!?](\s|$)',t))
    f['wordlen']=sum(map(len,re.findall(r'\w+',t)))/max(1,f['words'])
    f['maxlndf']=min((math.log(df[w]) for w in c),default=0)
    f['n_rare']=sum(df[w]<=len(members) for w in c)
    return f
tally=collections.defaultdict(collections.Counter)
n=0
for s,rs in g.items():
    members=[s]+sorted(rs)
    if len(members)<5: continue
    n+=1
    F={d:feats(d,members) for d in members}
    for k in F[s]:
        vals=[F[d][k] for d in members]
        hi=max(vals); lo=min(vals)
        if F[s][k]==hi and vals.count(hi)==1: tally[k]['src unique max']+=1
        if F[s][k]==lo and vals.count(lo)==1: tally[k]['src unique min']+=1
        tally[k]['group has unique max']+= vals.count(hi)==1
        tally[k]['group has unique min']+= vals.count(lo)==1
print('groups',n)
for k,c in tally.items(): print(k, dict(c))
