#!/usr/bin/env python3
"""For every document alone in a scan's families (a family of one), its nearest family of two or more by TF-IDF cosine.

Usage: bin/story-link-evidence.py CORPUS_DIR FAMILIES_JSONL groups GROUPS_JSON [SPLIT_JSON]   (rewrites-dev layout)
       bin/story-link-evidence.py CORPUS_DIR FAMILIES_JSONL truth TRUTH_JSONL                (doppel eval's truth pairs)
Prints one line per document alone (of the fit part when SPLIT_JSON is given): its id, its cosine with the nearest
member of the nearest family, its cosine with the nearest member of the next family, and 1 when that nearest member is
in its true group (truth: the same connected component of the truth pairs), else 0. Words are lower-cased \\w+ runs in
2 to MAXDF (env, default 0.05 of the documents; >= 1: a count) documents, weighted (1 + log count) * log(N / df), as
org.doppel.provenance.StoryLinks weighs them (there on the scan's own word hashes). See docs/quality.md, "Story links".
"""
import json, re, math, collections, sys, os
corpus, famf, truthkind, truthf = sys.argv[1:5]; splitf = sys.argv[5] if len(sys.argv)>5 else None
MAXDF=float(os.environ.get("MAXDF","0.05"))
split=json.load(open(splitf)) if splitf else None
if truthkind=="groups": groups=json.load(open(truthf))
else:
    par={}
    def find(x):
        while par.setdefault(x,x)!=x: par[x]=par[par[x]]; x=par[x]
        return x
    for l in open(truthf):
        t=json.loads(l); par[find(t["a"])]=find(t["b"])
    groups=None
def grp(d): return groups.get(d,d) if groups is not None else (find(d) if d in par else d)
texts={}
for root,_,fs in os.walk(corpus):
    for f in fs: texts[f.rsplit(".",1)[0]]=open(os.path.join(root,f),encoding="utf-8",errors="replace").read()
tf={d:collections.Counter(re.findall(r"\w+",t.lower())) for d,t in texts.items()}
df=collections.Counter(w for c in tf.values() for w in c); N=len(texts)
maxdf=max(2,int(MAXDF*N)) if MAXDF<1 else int(MAXDF)
fam={}; size=collections.Counter()
for line in open(famf):
    f=json.loads(line)
    for m in f["members"]: fam[m]=f["family"]
    size[f["family"]]=len(f["members"])
def vec(d):
    v={w:(1+math.log(n))*math.log(N/df[w]) for w,n in tf[d].items() if 2<=df[w]<=maxdf}
    norm=math.sqrt(sum(x*x for x in v.values())) or 1
    return {w:x/norm for w,x in v.items()}
post=collections.defaultdict(list)
for d in texts:
    if size[fam.get(d)]>=2:
        for w,x in vec(d).items(): post[w].append((d,x))
for d in texts:
    if size[fam.get(d)]!=1 or (split and split.get(d)!="fit"): continue
    per=collections.Counter()
    for w,x in vec(d).items():
        for m,y in post.get(w,()): per[m]+=x*y
    fs={}
    for m,s in per.items():
        if s>fs.get(fam[m],(0,None))[0]: fs[fam[m]]=(s,m)
    top=sorted(fs.values(),key=lambda x:-x[0])[:2]
    if not top: continue
    b=top[0]; n=top[1][0] if len(top)>1 else 0
    print(d, "%.4f %.4f"%(b[0],n), int(grp(d)==grp(b[1])))
