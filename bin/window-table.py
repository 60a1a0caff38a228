#!/usr/bin/env python3
"""The window judge's offline table (docs/quality.md, "Ninth pass") from bin/WindowPairs.java's output.

Usage: bin/window-table.py WINDOWS_JSONL [JUDGED]

For each vocabulary-cosine floor, the JUDGED (default 3) windows of highest cosine above it are judged, as the scan
does; a pair is accepted when its likeliest window clears the probability and (with the fact condition) at least
half the facts of the side with fewer, of the short text and that window, are stated by both (no fact: passes).
Prints, for truth pairs and hardest negatives, how many are accepted at each setting.
"""
import json, sys

rows = [json.loads(line) for line in open(sys.argv[1])]
judged = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def accepted(row, floor, same, containment):
    close = [w for w in row["windows"] if w[2] >= floor and w[3] >= 0][:judged]
    if not close:
        return False
    best = max(close, key=lambda w: w[3])
    return best[3] >= same and (best[4] < 0 or best[4] >= containment)


pos = [r for r in rows if r["label"].startswith("1")]
neg = [r for r in rows if r["label"].startswith("0")]
print(f"truth pairs {len(pos)}, hardest negatives {len(neg)}, {judged} windows judged at most")
print("| cosine >= | facts kept >= | p >= | truth pairs accepted | negatives accepted |")
print("|---:|---:|---:|---:|---:|")
for floor in (0.2, 0.3, 0.4, 0.45, 0.5):
    for containment in (0, 0.5):
        for same in (0.5, 0.7, 0.8, 0.9):
            tp = sum(accepted(r, floor, same, containment) for r in pos)
            fp = sum(accepted(r, floor, same, containment) for r in neg)
            print(f"| {floor} | {containment or '–'} | {same} | {tp} ({tp / len(pos):.3f}) | {fp} ({fp / len(neg):.3f}) |")
