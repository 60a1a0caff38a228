#!/usr/bin/env python3
"""Scores the story links of a families file against a generated corpus's truth pairs (gen_corpus.py's truth.jsonl).

    python3 bin/story-link-check.py CORPUS_DIR TRUTH_JSONL FAMILIES_JSONL

The true groups are the connected components of the truth pairs whose two documents are both in CORPUS_DIR (a sample
of the generated corpus keeps only its own pairs). Prints how many story links join a document to a member of its
true group, and the family ARI of the families as given and with every document joined by a story link left alone
(what a scan without --story-links gives).
"""
import json
import os
import sys
from collections import Counter
from math import comb


def main(corpus, truth_path, families_path):
    docs = sorted(os.path.splitext(f)[0] for f in os.listdir(corpus))
    present = set(docs)
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for line in open(truth_path, encoding="utf-8"):
        pair = json.loads(line)
        if pair["a"] in present and pair["b"] in present:
            parent[find(pair["a"])] = find(pair["b"])
    truth = {d: find(d) for d in docs}
    with_links, without_links = {}, {}
    right = wrong = 0
    for line in open(families_path, encoding="utf-8"):
        family = json.loads(line)
        linked = {link["id"] for link in family.get("story_links", [])}
        for link in family.get("story_links", []):
            if truth[link["id"]] == truth[link["nearest"]]:
                right += 1
            else:
                wrong += 1
        for member in family["members"]:
            with_links[member] = family["family"]
            without_links[member] = "alone:" + member if member in linked else family["family"]
    print(f"story links: {right} right, {wrong} wrong")
    print(f"family ARI without the story links {ari(docs, without_links, truth):.4f}, with them {ari(docs, with_links, truth):.4f}")


def ari(docs, a, b):
    both = Counter((a[d], b[d]) for d in docs)
    same = sum(comb(v, 2) for v in both.values())
    same_a = sum(comb(v, 2) for v in Counter(a[d] for d in docs).values())
    same_b = sum(comb(v, 2) for v in Counter(b[d] for d in docs).values())
    expected = same_a * same_b / comb(len(docs), 2)
    most = (same_a + same_b) / 2
    return (same - expected) / (most - expected)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
