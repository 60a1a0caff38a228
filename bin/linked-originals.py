#!/usr/bin/env python3
"""Pair precision of a scan of a rewrite corpus, with the groups whose originals copy each other joined.

Usage: bin/linked-originals.py DATA_DIR PRED_JSONL SPLIT_JSON [--share 0.25] [--run 8] [--list fit|validation]

DATA_DIR is in the rewrites-dev layout (corpus/, truth.jsonl, groups.json); PRED_JSONL is a `scan --format jsonl`
output; SPLIT_JSON is what `doppel eval-rewrites DATA_DIR --write-split FILE` writes.

`eval-rewrites` counts a reported pair right when its two documents are in one group. Some groups' originals are
themselves copies of each other (two versions of one news passage, one article lifted into another): a pair that
joins a rewrite of one with a rewrite of the other is then reuse at one remove, yet wrong by group. This script
names those group pairs by the originals alone, without Doppel: two originals are linked when the runs of RUN
words (lower-cased runs of letters, digits and underscores) that both contain cover at least SHARE of the words of
either of them. It prints, per part, the precision by group (as `eval-rewrites` counts it: a pair counts in a part
when either document is in it), the precision with linked groups joined (a pair between them counted right), the
precision with such a pair counted neither right nor wrong (left out of the count), and the precision by group over
the pairs whose two documents are both in the part; then it lists the linked group pairs with their shared share, so
that a reader can check them.

With --list PART (fit or validation): also lists every wrong pair (two groups) whose two documents are both in PART,
with its relation, score, whether its groups are linked, and the scan's reason, for reading them one by one.
"""
import itertools, json, re, sys

args = sys.argv[1:]
options = {"--share": "0.25", "--run": "8", "--list": ""}
for flag in list(options):
    if flag in args:
        at = args.index(flag)
        options[flag] = args[at + 1]
        del args[at:at + 2]
if len(args) != 3:
    sys.exit(__doc__)
data_dir, pred_file, split_file = args
share, run, list_part = float(options["--share"]), int(options["--run"]), options["--list"]

groups = json.load(open(f"{data_dir}/groups.json"))
split = json.load(open(split_file))
originals = {}
for line in open(f"{data_dir}/truth.jsonl"):
    if line.strip():
        pair = json.loads(line)
        if pair.get("source") and pair["source"] in groups:
            originals[groups[pair["source"]]] = pair["source"]


def words(doc):
    return re.findall(r"\w+", open(f"{data_dir}/corpus/{doc}.txt", encoding="utf-8").read().lower())


def covered(text, shared):
    marked = [False] * len(text)
    for i in range(len(text) - run + 1):
        if tuple(text[i:i + run]) in shared:
            marked[i:i + run] = [True] * run
    return sum(marked) / max(1, len(text))


texts = {group: words(doc) for group, doc in originals.items()}
runs = {group: {tuple(t[i:i + run]) for i in range(len(t) - run + 1)} for group, t in texts.items()}
linked = {}
for x, y in itertools.combinations(sorted(runs), 2):
    shared = runs[x] & runs[y]
    if shared:
        most = max(covered(texts[x], shared), covered(texts[y], shared))
        if most >= share:
            linked[(x, y)] = most

predicted = [json.loads(line) for line in open(pred_file) if line.strip()]


def verdict(pair):
    """'right' (one group), 'linked' (two linked groups) or 'wrong'."""
    ga, gb = groups.get(pair["a"]), groups.get(pair["b"])
    if ga is not None and ga == gb:
        return "right"
    return "linked" if ga is not None and gb is not None and tuple(sorted((ga, gb))) in linked else "wrong"


def share_right(verdicts, linked_as):
    """The share of right pairs, a linked pair counted as `linked_as` ('right', 'wrong' or None: left out)."""
    counted = [v if v != "linked" else linked_as for v in verdicts]
    counted = [v for v in counted if v is not None]
    return sum(v == "right" for v in counted) / max(1, len(counted))


print(f"{'part':<12} {'reported':>9} {'by group':>9} {'linked joined':>14} {'linked neither':>15} {'within the part':>16}")
for part in ("fit", "validation", "all"):
    either = [verdict(p) for p in predicted if part == "all" or part in (split.get(p["a"]), split.get(p["b"]))]
    within = [verdict(p) for p in predicted if part == "all" or split.get(p["a"]) == split.get(p["b"]) == part]
    print(f"{part:<12} {len(either):>9} {share_right(either, 'wrong'):>9.3f} {share_right(either, 'right'):>14.3f}"
          f" {share_right(either, None):>15.3f} {share_right(within, 'wrong'):>16.3f}")
print(f"\n{len(linked)} linked group pairs (runs of {run} words covering >= {share:.0%} of either original):")
for (x, y), most in sorted(linked.items(), key=lambda item: -item[1]):
    print(f"  {x} {y} {most:.2f}  {' '.join(texts[x][:8])} … | {' '.join(texts[y][:8])} …")
if list_part:
    print(f"\nwrong pairs within the {list_part} part (a b relation score linked? groups; reason):")
    for pair in predicted:
        v = verdict(pair)
        if v != "right" and split.get(pair["a"]) == split.get(pair["b"]) == list_part:
            print(f"  {pair['a']} {pair['b']} {pair['relation']} {pair['score']} {v} {groups[pair['a']]}/{groups[pair['b']]};"
                  f" {pair.get('reason', '')}")
