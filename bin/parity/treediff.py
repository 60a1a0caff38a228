#!/usr/bin/env python3
"""Members whose parent or family origin differ between two families files, each parent labelled against truth.jsonl.
   python3 bin/parity/treediff.py TRUTH.jsonl BEFORE-fam.jsonl AFTER-fam.jsonl"""
import json, sys
truth_path, a, b = sys.argv[1:4]
src = set()
for l in open(truth_path):
    t = json.loads(l)
    if t.get("source"):
        s = t["source"]; c = t["b"] if t["a"] == s else t["a"]; src.add((s, c))
def load(p):
    out = {}
    for l in open(p):
        f = json.loads(l)
        for d in f.get("details", []):
            out[d["id"]] = (d["parent"], f["origin"])
    return out
A, B = load(a), load(b)
for k in sorted(A):
    if A[k] != B.get(k):
        def lab(pc):
            p = pc[0]
            return "none" if p is None else ("right" if (p, k) in src else "backwards" if (k, p) in src else "other")
        print(k, "main parent", A[k][0], lab(A[k]), "origin", A[k][1], "| branch parent", B[k][0], lab(B[k]), "origin", B[k][1])
