#!/usr/bin/env python3
"""feat-direction13: style traits screened on the German (or English) paraphrase truth pairs of a part: the text with
more of a trait by a ratio is named the original; right / backwards per set.

  python3 bin/direction13/screen1.py ROWS.jsonl de|en
"""
import json, re, statistics, sys
from collections import Counter, defaultdict
sys.path.insert(0, 'bin/direction13')
from table import text
W = re.compile(r'[^\W\d_]+')
SENT = re.compile(r'(?<=[.!?])\s+')
NUMW = re.compile(r'\b(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b', re.I)
PART = re.compile(r'\b(ja|halt|eben|mal|doch|eigentlich|schon|eh|wohl|einfach|echt|total|ziemlich)\b')
SUB = re.compile(r'\b(dass|weil|wenn|ob|obwohl|während|nachdem|sodass|damit|da|als)\b')
PERF = re.compile(r'\b(habe|hat|haben|hast|habt|bin|ist|sind|bist|seid)\b[^.!?]{0,80}?\bge\w+(t|en)\b')
def sents(t): return [s for s in SENT.split(t) if W.findall(s)]
def feats(t):
    w = W.findall(t); n = len(w); ss = sents(t); sl = [len(W.findall(s)) for s in ss]
    return dict(
        wordlen=statistics.mean(map(len, w)),
        long13=sum(len(x) >= 13 for x in w) / n,
        sentlen=statistics.mean(sl),
        sentcv=statistics.pstdev(sl) / statistics.mean(sl) if len(sl) > 1 else 0,
        maxsent=max(sl),
        ttr=len({x.lower() for x in w[:100]}) / min(100, n),
        digits_per100=100 * len(re.findall(r'\d+', t)) / n,
        numwords_per100=100 * len(NUMW.findall(t)) / n,
        particles_per100=100 * len(PART.findall(t)) / n,
        sub_per100=100 * len(SUB.findall(t)) / n,
        commas_per_sent=t.count(',') / len(ss),
        caps_per100=100 * sum(x[0].isupper() for x in w) / n,
        perfect_per100=100 * len(PERF.findall(t)) / n,
        words=n,
    )
rows = [json.loads(l) for l in open(sys.argv[1])]
lg = sys.argv[2] if len(sys.argv) > 2 else 'de'
res = defaultdict(Counter)
for r in rows:
    if r['lang'] != lg or r['relation'] not in ('paraphrase',): continue
    cp = r['b'] if r['source'] == r['a'] else r['a']
    fo, fc = feats(text(r['set'], r['source'])), feats(text(r['set'], cp))
    for k in fo:
        for ratio in (1.1, 1.25):
            if fo[k] > ratio * fc[k] and fo[k] > 0: v = 'right'
            elif fc[k] > ratio * fo[k] and fc[k] > 0: v = 'back'
            else: continue
            res[k, ratio][v] += 1
            res[k, ratio][v + ('_unk' if r['answer'] == 'unknown' else '')] += 0
            res[k, ratio, r['set']][v] += 1
for (key), c in sorted(res.items(), key=lambda x: str(x[0])):
    if len(key) == 2:
        k, ratio = key
        per = ' '.join(f"{s[:10]}:{res[k, ratio, s]['right']}/{res[k, ratio, s]['back']}" for s in sorted({kk[2] for kk in res if len(kk) == 3 and kk[0] == k and kk[1] == ratio}))
        print(f"{k:16} x{ratio}: more in original right {c['right']:3} back {c['back']:3} | {per}")
