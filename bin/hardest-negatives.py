#!/usr/bin/env python3
"""Truth pairs of one part of a rewrite corpus and their hardest same-topic negatives, for bin/VerifyPairs.java.

Usage: bin/hardest-negatives.py DATA_DIR SPLIT_JSON OUT_PAIRS [fit|validation] [--max-words N | --short-long N] [--missed PRED_JSONL]

DATA_DIR is in the rewrites-dev layout (corpus/, truth.jsonl, groups.json); SPLIT_JSON is what
`doppel eval-rewrites DATA_DIR --write-split FILE` writes. Writes one line a pair, `a b label`:
`1:<category>` for each truth pair of the part (siblings and raidar snippets left out), and `0:neg` for,
for each document of those pairs, the document of another group in the same part that shares the most
rare words with it (words of 3+ letters or digits, lower-cased, in at most 20 documents of the part).

With --max-words N (the whole-text judge's measurements, docs/quality.md "Eighth pass"): only pairs whose two texts
have at most N words (runs of letters and digits), snippets included, negatives drawn among such texts too; with
--missed PRED_JSONL, only the truth pairs a scan's output does not report (the negatives are still drawn for the
documents of every truth pair).

With --short-long N (the window judge's measurements, docs/quality.md "Ninth pass"): only truth pairs of a text of at
most N words and a longer one, and as negatives, for each document of every such truth pair, the other-group
document of the other length class (a long one for a short text, a short one for a long text) sharing the most
rare words.
"""
import collections, functools, json, re, sys

args = sys.argv[1:]
options = {}
for flag in ("--max-words", "--missed", "--short-long"):
    if flag in args:
        at = args.index(flag)
        options[flag] = args[at + 1]
        del args[at:at + 2]
d, split, out = args[:3]
part = args[3] if len(args) > 3 else "fit"
max_words = int(options.get("--max-words", 0))
short_long = int(options.get("--short-long", 0))
reported = set()
if "--missed" in options:
    for line in open(options["--missed"]):
        r = json.loads(line)
        reported.add(tuple(sorted((r["a"], r["b"]))))
parts = json.load(open(split))
groups = json.load(open(d + "/groups.json"))
cache = {}


@functools.lru_cache(maxsize=None)
def length(doc):
    return len(re.findall(r"\w+", open(f"{d}/corpus/{doc}.txt", encoding="utf-8").read()))


def short(doc):
    return not max_words or length(doc) <= max_words


def words(doc):
    if doc not in cache:
        cache[doc] = set(re.findall(r"[a-z0-9]{3,}", open(f"{d}/corpus/{doc}.txt", encoding="utf-8").read().lower()))
    return cache[doc]


ids = sorted(doc for doc in groups if parts.get(doc) == part)
df = collections.Counter(w for doc in ids for w in words(doc))
partners = [doc for doc in ids if short(doc)]
positives = []
with_negatives = set()
for line in open(d + "/truth.jsonl"):
    t = json.loads(line)
    if parts.get(t["a"]) != part or not (short(t["a"]) and short(t["b"])):
        continue
    if short_long:
        if (length(t["a"]) <= short_long) == (length(t["b"]) <= short_long) or t["category"] == "sibling":
            continue
        with_negatives.update((t["a"], t["b"]))
        if tuple(sorted((t["a"], t["b"]))) not in reported:
            positives.append((t["a"], t["b"], "1:" + t["category"]))
    elif max_words:
        # short texts: snippets included, and every truth pair's documents get a negative, siblings' too
        with_negatives.update((t["a"], t["b"]))
        if t["category"] != "sibling" and tuple(sorted((t["a"], t["b"]))) not in reported:
            positives.append((t["a"], t["b"], "1:" + t["category"]))
    elif t["category"] != "sibling" and not t["category"].startswith("raidar"):
        with_negatives.update((t["a"], t["b"]))
        positives.append((t["a"], t["b"], "1:" + t["category"]))
negatives = set()
for doc in sorted(with_negatives):
    rare = {w for w in words(doc) if df[w] <= 20}
    others = [other for other in partners if groups[other] != groups[doc]
              and (not short_long or (length(other) <= short_long) != (length(doc) <= short_long))]
    if others:
        best = max(others, key=lambda other: (len(rare & words(other)), other))
        negatives.add(tuple(sorted((doc, best))))
with open(out, "w") as f:
    for p in positives:
        f.write(" ".join(p) + "\n")
    for a, b in sorted(negatives):
        f.write(f"{a} {b} 0:neg\n")
print(part, len(positives), "truth pairs,", len(negatives), "negatives")
