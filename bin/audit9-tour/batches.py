#!/usr/bin/env python3
"""Ten NDJSON batches of 2,000 texts of g20k-s7 (bin/reference-scans.sh's G20K_DIR) and 20 query texts, for grow.sh."""
import json, os, sys
src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/data/g20k-s7"
out = "/tmp/audit9/grow"
os.makedirs(out, exist_ok=True)
names = sorted(os.listdir(src))
for b in range(10):
    with open(f"{out}/batch{b}.ndjson", "w") as f:
        for n in names[b * 2000:(b + 1) * 2000]:
            f.write(json.dumps({"id": n[:-4], "text": open(os.path.join(src, n)).read()}) + "\n")
qs = [{"text": "Reprinted\n\n" + open(os.path.join(src, n)).read(), "top": 10} for n in names[100:110] + names[19000:19010]]
json.dump(qs, open(f"{out}/queries.json", "w"))
