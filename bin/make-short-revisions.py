#!/usr/bin/env python3
"""Builds data/short-revisions (issue 12: short texts revised from an encyclopaedia-style source, with independent
answers to the same question) in the layout of ../shared/data/rewrites-dev, so that `doppel eval-rewrites` scores it.

  python3 bin/make-short-revisions.py questions SOURCES_GLOB OUT_DIR    # the phase-2 writers' question files
  python3 bin/make-short-revisions.py build SOURCES_GLOB WRITTEN_GLOB data/short-revisions [--with-independent]

Sources: {"topic", "title", "question", "source"}; written: {"topic", "kind": cut|light|heavy|independent, "text"}.
A third of the sources (random.Random(1204)) are stored all in lower case, as in the other written sets. Ids
`rNNN` are shuffled (random.Random(20261204)). Truth: source-answer pairs `written:cut|light|heavy` with the source as
original, and the answers of one source as siblings. The independent answers are left out unless asked for
(`--with-independent`: each a group of its own): written by the same kind of model from the same question, they
retell the same encyclopaedic knowledge in the same order as the source (data/short-revisions/README.md), so they
are no negatives.
"""
import glob
import json
import os
import random
import sys

from devset_layout import add_source_family, read_jsonl as read, write_corpus, write_groups_and_truth

KINDS = ("cut", "light", "heavy")


def questions(sources_glob, out_dir):
    for path in sorted(glob.glob(sources_glob)):
        name = os.path.basename(path).replace("sources-", "questions-")
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as out:
            for row in read(path):
                out.write(json.dumps({k: row[k] for k in ("topic", "title", "question")}, ensure_ascii=False) + "\n")


def build(sources_glob, written_glob, data_dir, with_independent=False):
    sources = {row["topic"]: row for row in read(sources_glob)}
    written = {}
    for row in read(written_glob):
        if row["topic"] not in sources or row["kind"] not in KINDS + ("independent",):
            sys.exit(f"unknown topic or kind: {row['topic']} {row['kind']}")
        if row["kind"] != "independent" or with_independent:
            written[(row["topic"], row["kind"])] = row["text"].strip()
    names = sorted(sources)
    caseless = set(random.Random(1204).sample(names, len(names) // 3))
    texts = []
    for name in names:
        text = sources[name]["source"].strip()
        texts.append((name, "source", text.lower() if name in caseless else text))
        texts += [(name, kind, written[(name, kind)]) for kind in KINDS + ("independent",) if (name, kind) in written]
    by_role = write_corpus(data_dir, "r", texts)
    groups, truth = {}, []
    for name in names:
        add_source_family(groups, truth, by_role[(name, "source")],
                          [(kind, by_role[(name, kind)]) for kind in KINDS if (name, kind) in by_role])
        if (name, "independent") in by_role:
            independent = by_role[(name, "independent")]
            groups[independent] = "g-" + independent
    write_groups_and_truth(data_dir, groups, truth)
    print(f"{len(texts)} documents, {len(names)} sources, {sum(1 for t in truth if t['category'] != 'sibling')} "
          f"source-answer pairs, {sum(1 for n in names if (n, 'independent') in by_role)} independent answers")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "questions":
        questions(sys.argv[2], sys.argv[3])
    elif len(sys.argv) in (5, 6) and sys.argv[1] == "build" and sys.argv[5:] in ([], ["--with-independent"]):
        build(sys.argv[2], sys.argv[3], sys.argv[4], with_independent=len(sys.argv) == 6)
    else:
        sys.exit(__doc__)
