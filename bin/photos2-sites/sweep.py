#!/usr/bin/env python3
"""Sweeps the furniture count on main's output (every pair reported) of the photos2 test sites: for each count N, the
pairs a rule "set aside pairs of one site where either picture is on N or more pages of the site" keeps.
  sweep.py photos|scan FILE       (main's `photos --format jsonl sites` or `scan --format jsonl sites`)"""
import collections, json, re, sys

PHOTOS = {"quay-crowd.jpg": "X", "crowd-1200.jpg": "X", "crowd-400.jpg": "X", "saturday.jpg": "X", "file-town-hall.jpg": "Y"}
kind, path = sys.argv[1], sys.argv[2]
pairs = []
for line in open(path):
    r = json.loads(line)
    pairs += [(r["a"], r["b"])] if kind == "photos" else [(p["a"], p["b"]) for p in r.get("photos", [])]
page = lambda pid: pid.split("#")[0].removesuffix("/index")
site = lambda pid: pid.split("/")[0]
pages = collections.defaultdict(set)
for a, b in pairs:
    if site(a) == site(b):
        pages[a] |= {page(a), page(b)}
        pages[b] |= {page(a), page(b)}
print("pages of its site per matched picture:", sorted(collections.Counter(len(v) for v in pages.values()).items()))
for n in range(2, 7):
    kept = [(a, b) for a, b in pairs if not (site(a) == site(b) and (len(pages[a]) >= n or len(pages[b]) >= n))]
    wanted = [1 for a, b in kept if PHOTOS.get(re.split("[/#]", a)[-1]) and PHOTOS.get(re.split("[/#]", a)[-1]) == PHOTOS.get(re.split("[/#]", b)[-1])]
    print(f"N={n}: pairs kept {len(kept)}, wanted kept {len(wanted)}, furniture kept {len(kept) - len(wanted)} "
          f"(within a site {sum(1 for a, b in kept if site(a) == site(b)) - sum(1 for a, b in kept if site(a) == site(b) and PHOTOS.get(re.split('[/#]', a)[-1]))})")
