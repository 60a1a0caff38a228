#!/usr/bin/env python3
"""Builds data/meta-pages (issue 11: development pages for date, headline and author extraction) from the
writers' JSON Lines, in the layout of ../shared/data/extraction-meta, so that `doppel eval-extract --snippets
data/meta-pages --bodies none --part fit|validation` scores it with the same rules and the same fit/validation split
(a hash of each page's key, the URL).

  python3 bin/make-meta-pages.py 'data/meta-pages/written/written-*.jsonl' data/meta-pages

Each written line: {"page", "lang", "url", "date", "title", "author", "html"}. The pages are stored gzip-compressed
(mtime 0, so a rebuild writes the same bytes); an entry has no "with"/"without" snippets (the set scores metadata
only).
"""
import glob
import gzip
import json
import os
import sys


def build(written_glob, data_dir):
    entries = {}
    os.makedirs(f"{data_dir}/pages", exist_ok=True)
    for path in sorted(glob.glob(written_glob)):
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            page = json.loads(line)
            for field in ("page", "lang", "url", "date", "title", "author", "html"):
                if field not in page:
                    sys.exit(f"{path}:{number}: no {field}")
            if page["url"] in entries:
                sys.exit(f"{path}:{number}: url {page['url']} given twice")
            name = page["page"]
            with open(f"{data_dir}/pages/{name}.gz", "wb") as raw:
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
                    out.write(page["html"].encode("utf-8"))
            entries[page["url"]] = {"file": name, "with": [], "without": [], "lang": page["lang"],
                                    "date": page["date"], "title": page["title"], "author": page["author"]}
    with open(f"{data_dir}/evaldata.json", "w", encoding="utf-8") as out:
        json.dump(dict(sorted(entries.items())), out, ensure_ascii=False, indent=1)
        out.write("\n")
    print(f"{len(entries)} pages, {sum(e['lang'] == 'de' for e in entries.values())} German; expectations: "
          f"date {sum(bool(e['date']) for e in entries.values())}, title {sum(bool(e['title']) for e in entries.values())}, "
          f"author {sum(bool(e['author']) for e in entries.values())}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build(sys.argv[1], sys.argv[2])
