#!/usr/bin/env python3
"""Writes a folder of .txt documents as one table, a row a document (columns id, text), or as JSON Lines.

Usage: bin/corpus-as-table.py CORPUS_DIR OUT_FILE [--repeat N]
  OUT_FILE ending .csv: RFC 4180 by Python's csv module (quotes where a cell needs them, CRLF between rows);
  .tsv: the same with tabs; .jsonl: one {"id", "text"} object a line. A file's id is its path under CORPUS_DIR without
  .txt, as `doppel scan CORPUS_DIR` names it. --repeat N writes every document N times, the copies' ids suffixed
  ~2 … ~N (a bigger file for timing the readers; the pairs are then not the corpus's).
  e.g. bin/corpus-as-table.py ../shared/data/reuse-dev/corpus /tmp/reuse-dev.csv
"""
import csv
import json
import pathlib
import sys


def documents(corpus: pathlib.Path):
    for path in sorted(corpus.rglob("*.txt")):
        # newline="" keeps the text's own line ends, as Doppel reads the file's bytes
        with open(path, encoding="utf-8", newline="") as f:
            yield path.relative_to(corpus).with_suffix("").as_posix(), f.read()


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--repeat"):
        sys.exit(__doc__)
    corpus, out = pathlib.Path(argv[0]), pathlib.Path(argv[1])
    repeat = int(argv[3]) if len(argv) == 4 else 1
    rows = [(doc_id + (f"~{n}" if n > 1 else ""), text) for n in range(1, repeat + 1) for doc_id, text in documents(corpus)]
    with open(out, "w", encoding="utf-8", newline="") as f:
        if out.suffix == ".jsonl":
            for doc_id, text in rows:
                f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
        elif out.suffix in (".csv", ".tsv"):
            writer = csv.writer(f, delimiter="\t" if out.suffix == ".tsv" else ",")
            writer.writerow(["id", "text"])
            writer.writerows(rows)
        else:
            sys.exit("OUT_FILE must end in .csv, .tsv or .jsonl")
    print(f"{len(rows)} documents written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
