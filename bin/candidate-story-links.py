#!/usr/bin/env python3
"""Story links restricted to the scan's own candidates: a measurement (docs/quality.md, "Story families, a ninth round").

Usage: bin/candidate-story-links.py CORPUS_DIR FAMILIES_JSONL CANDIDATES_TSV [--full]
           (--groups DATA_DIR --split SPLIT_JSON [--part fit] | --truth TRUTH_JSONL)

FAMILIES_JSONL is a default scan's families file (its story links, if any, are taken out). CANDIDATES_TSV holds the
candidate pairs the scan verified, one "id<TAB>id" a line (written by a scratch hook in CorpusPairSearch.verifyAllPairs,
not in the code: see the section). Each document alone (a family of one) is compared with:
  candmem  its candidate documents that are members of a family of two or more (the cheap rule's evidence);
  candfam  every member of those candidates' families;
  full     every member of every family of two or more (StoryLinks' own field; --full, slow on 20,000 documents).
Vectors approximate StoryLinks.vector: lower-cased \\w+ words in at least 2 and at most 5 % of the documents, weight
(1 + log count) * log(N / df), unit length (not the scan's analyser, so cosines differ a little from the scan's).
A document joins its nearest family when the cosine is at least MIN and at least 1.9 times the next family's (among
the families that field reaches). With --groups (rewrites-dev layout) it prints joins right / wrong and the family ARI
of PART as bin/family-limits.py computes it; with --truth (gen_corpus.py's truth pairs) joins right / wrong.
"""
import collections, json, math, os, re, sys

import argparse

parser = argparse.ArgumentParser(usage=__doc__)
parser.add_argument("corpus")
parser.add_argument("families_file")
parser.add_argument("candidates_file")
parser.add_argument("--full", action="store_true")
parser.add_argument("--groups")
parser.add_argument("--split")
parser.add_argument("--part", default="fit")
parser.add_argument("--truth")
given = parser.parse_args()
if not (given.groups or given.truth):
    sys.exit(__doc__)
opts = {"--groups": given.groups, "--split": given.split, "--part": given.part, "--truth": given.truth}
full = given.full
corpus, families_file, candidates_file = given.corpus, given.families_file, given.candidates_file

files = sorted(os.listdir(corpus))
ids = [os.path.splitext(f)[0] for f in files]
words, df = {}, collections.Counter()
for i, f in zip(ids, files):
    words[i] = collections.Counter(re.findall(r"\w+", open(os.path.join(corpus, f), encoding="utf-8").read().lower()))
    df.update(words[i].keys())
n_docs = len(ids)
vectors = {}


def vector(i):
    if i not in vectors:
        v = {w: (1 + math.log(c)) * math.log(n_docs / df[w]) for w, c in words[i].items() if 2 <= df[w] <= 0.05 * n_docs}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vectors[i] = {w: x / norm for w, x in v.items()}
    return vectors[i]


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0) for w, x in a.items())


family, members = {}, {}
for f in map(json.loads, open(families_file, encoding="utf-8")):
    linked = {link["id"] for link in f.get("story_links", [])}
    members[f["family"]] = [m for m in f["members"] if m not in linked]
    for m in members[f["family"]]:
        family[m] = f["family"]
for i in ids:
    if i not in family:
        family[i] = "alone:" + i
        members[family[i]] = [i]
alone = [i for i in ids if len(members[family[i]]) == 1]
candidates = collections.defaultdict(set)
for line in open(candidates_file, encoding="utf-8"):
    a, b = line.rstrip("\n").split("\t")
    candidates[a].add(b)
    candidates[b].add(a)
postings = collections.defaultdict(list)
if full:
    for ms in members.values():
        if len(ms) > 1:
            for m in ms:
                for w, x in vector(m).items():
                    postings[w].append((m, x))


def ranked(dots):
    """(cosine, family) of each family's nearest member, nearest first."""
    best = {}
    for m, s in dots.items():
        best[family[m]] = max(best.get(family[m], 0), s)
    return sorted(((s, f) for f, s in best.items()), reverse=True)


fields = {}
for d in alone:
    dv = vector(d)
    in_families = [c for c in candidates[d] if len(members[family[c]]) > 1]
    fields[d] = {"candmem": ranked({m: cosine(dv, vector(m)) for m in in_families}),
                 "candfam": ranked({m: cosine(dv, vector(m)) for f in {family[c] for c in in_families} for m in members[f]})}
    if full:
        dots = collections.Counter()
        for w, x in dv.items():
            for m, y in postings.get(w, ()):
                dots[m] += x * y
        fields[d]["full"] = ranked(dots)
print(f"{len(alone)} documents alone, {sum(1 for d in alone if fields[d]['candmem'])} with a candidate in a family of two or more")


def joins(field, minimum, margin=1.9):
    out = {}
    for d in alone:
        r = fields[d][field]
        if r and r[0][0] >= minimum and r[0][0] >= margin * (r[1][0] if len(r) > 1 else 0):
            out[d] = r[0][1]
    return out


if opts["--groups"]:
    groups = json.load(open(os.path.join(opts["--groups"], "groups.json")))
    split = json.load(open(opts["--split"]))
    docs = [d for d in groups if split.get(d) == opts["--part"]]
    main_group = {f: collections.Counter(groups[m] for m in ms).most_common(1)[0][0] for f, ms in members.items()}

    def ari(label):
        def c2(k):
            return k * (k - 1) / 2
        size = collections.Counter(groups[d] for d in docs)
        index = sum(map(c2, collections.Counter((groups[d], label[d]) for d in docs).values()))
        a, b = sum(map(c2, size.values())), sum(map(c2, collections.Counter(label[d] for d in docs).values()))
        expected = a * b / c2(len(docs))
        return (index - expected) / ((a + b) / 2 - expected)

    print(f"part {opts['--part']}: family ARI without links {ari(family):.4f}")
    for field in ["full", "candfam", "candmem"] if full else ["candfam", "candmem"]:
        for minimum in (0.18, 0.20, 0.22, 0.24):
            found = {d: f for d, f in joins(field, minimum).items() if d in docs}
            right = sum(1 for d, f in found.items() if groups[d] == main_group[f])
            print(f"{field} >= {minimum:.2f}: joins right {right}, wrong {len(found) - right}, family ARI {ari({**family, **found}):.4f}")
else:
    truth = collections.defaultdict(set)
    for t in map(json.loads, open(opts["--truth"], encoding="utf-8")):
        truth[t["a"]].add(t["b"])
        truth[t["b"]].add(t["a"])
    for field in ["full", "candfam", "candmem"] if full else ["candfam", "candmem"]:
        for minimum in (0.18, 0.20, 0.22, 0.24):
            found = joins(field, minimum)
            right = sum(1 for d, f in found.items() if truth[d] & set(members[f]))
            top = max((fields[d][field][0][0] for d in found), default=0)
            print(f"{field} >= {minimum:.2f}: joins right {right}, wrong {len(found) - right} (highest cosine {top:.3f})")
