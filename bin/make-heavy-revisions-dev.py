#!/usr/bin/env python3
"""Builds data/heavy-revisions from the writers' files: encyclopaedia-style sources, heavy revisions, independent answers.

Usage: bin/make-heavy-revisions-dev.py WRITTEN_GLOB DATA_DIR

Each writer's file holds one JSON object per line: `topic`, `kind` (`source`, `heavy` or `independent`), `question`,
`text`. DATA_DIR gets the layout of ../shared/data/rewrites-dev: `corpus/hNNN.txt` under ids shuffled with
`random.Random(20261204)`, `groups.json` (a source and its heavy revision in one group; each independent answer a group
of its own, so any pair reported with it is wrong) and `truth.jsonl` (source-revision pairs, category
`written:heavy`, the source as original). A third of the topics (drawn with `random.Random(1204)`) have their source
written all in lower case, as some data sets are. Topics missing a source or a revision are left out.
"""
import glob, json, random, sys

from devset_layout import write_corpus, write_groups_and_truth

if len(sys.argv) != 3:
    sys.exit(__doc__)
written_glob, data_dir = sys.argv[1:]
texts = {}
for path in sorted(glob.glob(written_glob)):
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.strip():
            row = json.loads(line)
            if row["kind"] not in ("source", "heavy", "independent"):
                sys.exit(f"{path}:{number}: unknown kind {row['kind']}")
            texts[(row["topic"], row["kind"])] = row["text"].strip()
topics = sorted({topic for topic, kind in texts if (topic, "source") in texts and (topic, "heavy") in texts})
caseless = set(random.Random(1204).sample(topics, len(topics) // 3))
documents = []
for topic in topics:
    for kind in ("source", "heavy", "independent"):
        if (topic, kind) in texts:
            text = texts[(topic, kind)]
            documents.append((topic, kind, text.lower() if kind == "source" and topic in caseless else text))
where = write_corpus(data_dir, "h", documents)
groups, truth = {}, []
for topic in topics:
    source, heavy = where[(topic, "source")], where[(topic, "heavy")]
    groups[source] = groups[heavy] = "g-" + source
    truth.append({"a": source, "b": heavy, "relation": "paraphrase", "category": "written:heavy", "source": source})
    if (topic, "independent") in where:
        independent = where[(topic, "independent")]
        groups[independent] = "g-" + independent
write_groups_and_truth(data_dir, groups, truth)
print(f"{len(documents)} documents, {len(topics)} topics ({len(caseless)} sources in lower case), "
      f"{sum(1 for t in topics if (t, 'independent') in where)} independent answers")
