#!/usr/bin/env python3
"""Builds data/manner-rewrites (issue 12: direction across manners of rewriting) in the layout of
../shared/data/rewrites-dev, so that `doppel eval-rewrites` scores it.

  python3 bin/make-manner-rewrites.py SOURCES_GLOB WRITTEN_GLOB data/manner-rewrites

Sources: {"topic", "title", "source"} (news articles written for the set; the headline is not stored, so that no
side of a pair carries one the other lacks); written: {"topic", "kind": plain|spin|condense|restyle, "text"}, each by
another writer than the source's. Ids `mNNN` are shuffled (devset_layout's seed). Truth: source-rewrite pairs
`written:<kind>` with the source as original, and the rewrites of one source as siblings.
"""
import sys

from devset_layout import add_source_family, read_jsonl, write_corpus, write_groups_and_truth

KINDS = ("plain", "spin", "condense", "restyle")


def build(sources_glob, written_glob, data_dir):
    sources = {row["topic"]: row["source"].strip() for row in read_jsonl(sources_glob)}
    written = {}
    for row in read_jsonl(written_glob):
        if row["topic"] not in sources or row["kind"] not in KINDS:
            sys.exit(f"unknown topic or kind: {row['topic']} {row['kind']}")
        written[(row["topic"], row["kind"])] = row["text"].strip()
    names = sorted(sources)
    texts = []
    for name in names:
        texts.append((name, "source", sources[name]))
        texts += [(name, kind, written[(name, kind)]) for kind in KINDS if (name, kind) in written]
    by_role = write_corpus(data_dir, "m", texts)
    groups, truth = {}, []
    for name in names:
        add_source_family(groups, truth, by_role[(name, "source")],
                          [(kind, by_role[(name, kind)]) for kind in KINDS if (name, kind) in by_role])
    write_groups_and_truth(data_dir, groups, truth)
    print(f"{len(texts)} documents, {len(names)} sources, "
          f"{sum(1 for t in truth if t['category'] != 'sibling')} source-rewrite pairs")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    build(sys.argv[1], sys.argv[2], sys.argv[3])
