#!/usr/bin/env python3
"""A families file scored against a set's truth.jsonl: origins right | wrong | unknown, parent edges right | backwards | other.
   python3 bin/parity/tree.py TRUTH.jsonl FAMILIES.jsonl"""
import json, sys
truth_path, fam_path = sys.argv[1], sys.argv[2]
src = {}; copies = set()
for l in open(truth_path):
    t = json.loads(l)
    if t.get("source"):
        s = t["source"]; c = t["b"] if t["a"] == s else t["a"]
        src[(s, c)] = 1; copies.add(c)
right = back = other = 0; ok = bad = unk = 0
for l in open(fam_path):
    f = json.loads(l)
    if len(f["members"]) < 2: continue
    if f["origin"] is None: unk += 1
    elif f["origin"] in copies: bad += 1
    else: ok += 1
    for e in f["edges"]:
        if not e["direction_known"]: continue
        if (e["from"], e["to"]) in src: right += 1
        elif (e["to"], e["from"]) in src: back += 1
        else: other += 1
print(f"origins right {ok} wrong {bad} unknown {unk}; parent edges right {right} backwards {back} other {other}")
