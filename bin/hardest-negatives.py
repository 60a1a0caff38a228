#!/usr/bin/env python3
"""Truth pairs of one part of a rewrite corpus and their hardest same-topic negatives, for bin/VerifyPairs.java.

Usage: bin/hardest-negatives.py DATA_DIR SPLIT_JSON OUT_PAIRS [fit|validation]

DATA_DIR is in the rewrites-dev layout (corpus/, truth.jsonl, groups.json); SPLIT_JSON is what
`doppel eval-rewrites DATA_DIR --write-split FILE` writes. Writes one line a pair, `a b label`:
`1:<category>` for each truth pair of the part (siblings and raidar snippets left out), and `0:neg` for,
for each document of those pairs, the document of another group in the same part that shares the most
rare words with it (words of 3+ letters or digits, lower-cased, in at most 20 documents of the part).
"""
import collections, json, re, sys

d, split, out = sys.argv[1:4]
part = sys.argv[4] if len(sys.argv) > 4 else "fit"
parts = json.load(open(split))
groups = json.load(open(d + "/groups.json"))
cache = {}


def words(doc):
    if doc not in cache:
        cache[doc] = set(re.findall(r"[a-z0-9]{3,}", open(f"{d}/corpus/{doc}.txt", encoding="utf-8").read().lower()))
    return cache[doc]


ids = sorted(doc for doc in groups if parts.get(doc) == part)
df = collections.Counter(w for doc in ids for w in words(doc))
positives = []
for line in open(d + "/truth.jsonl"):
    t = json.loads(line)
    if t["category"] == "sibling" or t["category"].startswith("raidar") or parts.get(t["a"]) != part:
        continue
    positives.append((t["a"], t["b"], "1:" + t["category"]))
negatives = set()
for doc in sorted({x for p in positives for x in p[:2]}):
    rare = {w for w in words(doc) if df[w] <= 20}
    best = max((other for other in ids if groups[other] != groups[doc]), key=lambda other: (len(rare & words(other)), other))
    negatives.add(tuple(sorted((doc, best))))
with open(out, "w") as f:
    for p in positives:
        f.write(" ".join(p) + "\n")
    for a, b in sorted(negatives):
        f.write(f"{a} {b} 0:neg\n")
print(part, len(positives), "truth pairs,", len(negatives), "negatives")
