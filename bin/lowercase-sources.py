#!/usr/bin/env python3
"""Copies a rewrite dev set (corpus/, truth.jsonl, groups.json) with every SOURCE document written all in lower case.

Issue 12: "in some sources the original is all lower case (some news datasets are)". The dev sets data/model-rewrites,
data/article-rewrites and data/heavy-revisions lower-case only a third of their sources; this "caseless stress" variant
lower-cases all of them, so that what a caseless original loses (its names found by capitals) shows on every pair.
A source is a document named as `source` by a truth row that is not a `sibling` row; every other document (rewrites,
independent texts) is copied unchanged, and so are truth.jsonl and groups.json, so `eval-rewrites` scores the copy
with the same split by group.

    python3 bin/lowercase-sources.py data/model-rewrites /tmp/mr-lc
"""
import json
import shutil
import sys
from pathlib import Path


def sources(truth_file: Path) -> set[str]:
    found = set()
    for line in truth_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("category") != "sibling" and row.get("source"):
            found.add(row["source"])
    return found


def main(source_dir: str, target_dir: str) -> None:
    src, dst = Path(source_dir), Path(target_dir)
    if dst.exists():
        sys.exit(f"{dst} exists; remove it first")
    originals = sources(src / "truth.jsonl")
    (dst / "corpus").mkdir(parents=True)
    for name in ("truth.jsonl", "groups.json"):
        shutil.copyfile(src / name, dst / name)
    lowered = 0
    for path in sorted((src / "corpus").iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.stem in originals:
            text = text.lower()
            lowered += 1
        (dst / "corpus" / path.name).write_text(text, encoding="utf-8")
    print(f"{dst}: {lowered} sources lower-cased of {len(list((src / 'corpus').iterdir()))} documents")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: lowercase-sources.py DEV_SET_DIR TARGET_DIR")
    main(sys.argv[1], sys.argv[2])
