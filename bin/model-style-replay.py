#!/usr/bin/env python3
"""Direction per part and category of a rewrite corpus, and what a model-vocabulary clue would change.

Usage: bin/model-style-replay.py DATA_DIR PRED_JSONL SPLIT_JSON [--list FILE] [--count N] [--rate X] [--off]

DATA_DIR is in the rewrites-dev layout (corpus/*.txt, truth.jsonl); PRED_JSONL a `doppel scan --format jsonl` output;
SPLIT_JSON what `doppel eval-rewrites DATA_DIR --write-split FILE` writes. Scores direction as eval-rewrites does (the
found pairs whose truth source is one of the two) and splits it by part and by category prefix (llmfake, raidar, ...).

Without --off it replays ModelStyleSignal with the word list FILE (the bundled list by default) on the scan's pairs, as
if it had been a clue of the scan's judge: in paraphrase and near-duplicate pairs, the passages' words (runs of letters
and digits, lower case) on the list are counted; a side with >= N more of them and a rate >= X per 100 words higher is
the rewrite. The clue is then combined with the scan's answer the way DirectionJudge combines a weak clue: it decides an
answer that had no clue, is outweighed by strong clues (date, attribution, canonical_url, photo_credit), keeps an
agreeing answer and makes a disagreeing weak answer unknown. Used to compare word lists and thresholds on the fit part
(docs/quality.md, "Model vocabulary as a direction clue"); the columns: clues given (right / wrong), and the answers the
clue moved (right -> unknown, unknown -> right, unknown -> backwards).
"""
import argparse
import collections
import json
import os
import re

STRONG = {"attribution", "date", "canonical_url", "photo_credit"}
WORD = re.compile(r"[^\W_]+")
BUNDLED = os.path.join(os.path.dirname(__file__), "..", "doppel-core/src/main/resources/org/doppel/provenance/model-vocabulary.txt")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data"); ap.add_argument("pred"); ap.add_argument("split")
    ap.add_argument("--list", default=BUNDLED); ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--rate", type=float, default=0.5); ap.add_argument("--off", action="store_true")
    args = ap.parse_args()
    listed = {w for line in open(args.list, encoding="utf-8") for w in line.split("#")[0].split()}
    split = json.load(open(args.split))
    truth = {}
    for line in open(os.path.join(args.data, "truth.jsonl")):
        r = json.loads(line)
        if r.get("source"):
            truth[frozenset((r["a"], r["b"]))] = r
    texts = {}

    def usage(doc, spans):
        if doc not in texts:
            texts[doc] = open(os.path.join(args.data, "corpus", doc + ".txt"), encoding="utf-8").read()
        words = [w for s, e in merged(spans) for w in WORD.findall(texts[doc][s:e].lower())]
        return sum(w in listed for w in words), len(words)

    counts = collections.defaultdict(collections.Counter)
    for line in open(args.pred):
        p = json.loads(line)
        t = truth.get(frozenset((p["a"], p["b"])))
        if t is None:
            continue
        source, clue = p["source"], None
        if not args.off and p["relation"] in ("paraphrase", "near_duplicate") and p.get("passages"):
            ca, wa = usage(p["a"], [x["a"] for x in p["passages"]])
            cb, wb = usage(p["b"], [x["b"] for x in p["passages"]])
            if wa and wb and abs(ca - cb) >= args.count and abs(100 * ca / wa - 100 * cb / wb) >= args.rate:
                clue = p["b"] if ca > cb else p["a"]
        after = source
        if clue is not None:
            if source is None:
                after = None if p["direction_detail"].startswith("evidence disagrees") else clue
            elif not any(e in STRONG for e in p["direction_evidence"]):
                after = source if clue == source else None
        part = split.get(t["source"], "?")
        for key in (part, part + " " + t["category"].split(":")[0]):
            c = counts[key]
            c["n"] += 1
            c["right" if after == t["source"] else "unknown" if after is None else "backwards"] += 1
            if clue is not None:
                c["clue right" if clue == t["source"] else "clue wrong"] += 1
            before = "right" if source == t["source"] else "unknown" if source is None else "backwards"
            now = "right" if after == t["source"] else "unknown" if after is None else "backwards"
            if before != now:
                c[before + " -> " + now] += 1
    for key in sorted(counts):
        c = counts[key]
        n = c["n"]
        print(f"{key:22s} judged {n:4d}  right {c['right'] / n:.3f}  backwards {c['backwards'] / n:.3f}  unknown {c['unknown'] / n:.3f}"
              f"  | clues {c['clue right']}/{c['clue wrong']}  right->unknown {c['right -> unknown']}"
              f"  unknown->right {c['unknown -> right']}  unknown->backwards {c['unknown -> backwards']}")


def merged(spans):
    """The spans with overlaps joined, so that a word in two passages counts once (as in ModelStyleSignal)."""
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


if __name__ == "__main__":
    main()
