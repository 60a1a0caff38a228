"""Writes a development set in the layout of ../shared/data/rewrites-dev (imported by bin/make-*-dev.py,
bin/make-short-revisions.py and bin/make-manner-rewrites.py)."""
import glob
import json
import os
import random


def read_jsonl(pattern):
    """Every JSON object of every file the glob names, files in sorted order, blank lines skipped."""
    rows = []
    for path in sorted(glob.glob(pattern)):
        rows += [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return rows


def write_corpus(data_dir, prefix, texts):
    """Writes each (name, role, text) as `corpus/<id>.txt` under ids `<prefix>NNN` shuffled with one fixed seed, so that
    an id does not tell a text's role; returns each (name, role)'s id (the first, should one repeat)."""
    ids = [prefix + "%03d" % i for i in range(len(texts))]
    random.Random(20261204).shuffle(ids)
    os.makedirs(f"{data_dir}/corpus", exist_ok=True)
    id_of = {}
    for doc_id, (name, role, text) in zip(ids, texts):
        with open(f"{data_dir}/corpus/{doc_id}.txt", "w", encoding="utf-8") as out:
            out.write(text + "\n")
        id_of.setdefault((name, role), doc_id)
    return id_of


def write_groups_and_truth(data_dir, groups, truth):
    """`groups.json` (each document id to its group, sorted by id) and `truth.jsonl` (one related pair a line)."""
    with open(f"{data_dir}/groups.json", "w", encoding="utf-8") as out:
        json.dump(dict(sorted(groups.items())), out, indent=0)
        out.write("\n")
    with open(f"{data_dir}/truth.jsonl", "w", encoding="utf-8") as out:
        for pair in truth:
            out.write(json.dumps(pair) + "\n")


def add_source_family(groups, truth, original, rewrites):
    """Puts a source and its rewrites ((kind, id) pairs) in one group, with a truth pair `written:<kind>` from the
    source to each rewrite and a sibling pair (no source) between every two rewrites."""
    groups[original] = "g-" + original
    for kind, doc_id in rewrites:
        groups[doc_id] = "g-" + original
        truth.append({"a": original, "b": doc_id, "relation": "paraphrase", "category": "written:" + kind, "source": original})
    for i in range(len(rewrites)):
        for j in range(i + 1, len(rewrites)):
            truth.append({"a": rewrites[i][1], "b": rewrites[j][1], "relation": "paraphrase", "category": "sibling",
                          "source": None, "sibling": True})

