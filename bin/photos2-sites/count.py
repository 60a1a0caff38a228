#!/usr/bin/env python3
"""Counts the pairs `photos`, `scan` or `query` (JSON Lines) report on the photos2 test sites (bin/photos2-sites/Sites.java):
wanted pairs (the quay photo on three sites, the town-hall file photo twice on one site) and furniture pairs (everything
else: logos, icons, banners, portraits, badges, share cards).  count.py photos|scan FILE"""
import json, re, sys

PHOTOS = {"quay-crowd.jpg": "X", "crowd-1200.jpg": "X", "crowd-400.jpg": "X", "saturday.jpg": "X", "file-town-hall.jpg": "Y"}

def photo_of(image_id):
    name = re.split(r"[/#]", image_id)[-1]
    return PHOTOS.get(name)

def site(image_id):
    return image_id.split("/")[1] if image_id.startswith("sites/") else image_id.split("/")[0]

def main(kind, path):
    wanted, furniture, cross_furniture, docs_wanted, docs_furniture, other = set(), 0, 0, set(), 0, 0
    for line in open(path):
        r = json.loads(line)
        pics = [(r["a"], r["b"])] if kind == "photos" else [(p["a"], p["b"]) for p in r.get("photos", [])]
        doc_has_wanted = False
        for a, b in pics:
            pa, pb = photo_of(a), photo_of(b)
            if pa and pa == pb:
                wanted.add(tuple(sorted((a.split("#")[0], b.split("#")[0]))))
                doc_has_wanted = True
            else:
                furniture += 1
                cross_furniture += site(a) != site(b)
        if kind != "photos":
            if doc_has_wanted:
                docs_wanted.add((r["a"], r["b"]))
            elif pics:
                docs_furniture += 1
            else:
                other += 1
    out = {"wanted picture pairs (of 4)": len(wanted), "furniture picture pairs": furniture,
           "of which across sites": cross_furniture}
    if kind != "photos":
        out.update({"document pairs with a wanted photo": len(docs_wanted), "document pairs with furniture only": docs_furniture,
                    "text pairs without photos": other})
    print(json.dumps(out))

main(sys.argv[1], sys.argv[2])
