#!/usr/bin/env python3
"""Is the original the hub of its group? For each truth group (a source and its rewrites) with 3+ found members,
the member with the largest summed pair score to the others (and the one with the most found pairs) against the source.

Usage: bin/family-hub.py PRED.jsonl TRUTH.jsonl SPLIT.json fit|validation|all   (SPLIT from eval-rewrites --write-split)
"""
import json, sys, collections
pred, truth_path, split_path, part = sys.argv[1:5]
split = json.load(open(split_path))
sources = {}   # group members -> source
members = collections.defaultdict(set)
for l in open(truth_path):
    t = json.loads(l)
    if t.get('source'):
        src = t['source']; other = t['b'] if t['a'] == src else t['a']
        members[src].add(src); members[src].add(other)
score = collections.defaultdict(float); deg = collections.Counter()
for l in open(pred):
    r = json.loads(l)
    score[(r['a'], r['b'])] = score[(r['b'], r['a'])] = r['score']
res = collections.Counter()
for src, mem in members.items():
    if split.get(src) != part and part != 'all': continue
    found = [m for m in mem if any(score.get((m, o), 0) > 0 for o in mem if o != m)]
    if len(found) < 3: res['small'] += 1; continue
    tot = {m: sum(score.get((m, o), 0) for o in found if o != m) for m in found}
    cnt = {m: sum(1 for o in found if o != m and score.get((m, o), 0) > 0) for m in found}
    best = max(tot, key=tot.get)
    ranked = sorted(tot.values(), reverse=True)
    margin = ranked[0] - ranked[1]
    res['hub=source' if best == src else 'hub!=source'] += 1
    res['deg-hub=source' if max(cnt, key=lambda m:(cnt[m],tot[m])) == src else 'deg-hub!=source'] += 1
print(dict(res))
