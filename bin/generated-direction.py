#!/usr/bin/env python3
"""Direction on a generated corpus's planted pairs (gen_corpus.py's truth.jsonl): for each predicted pair whose
truth source is one of the two, whether the named original is right, backwards or unknown, per truth relation.

  python3 bin/generated-direction.py /tmp/data/g20k-s7-meta/truth.jsonl PAIRS.jsonl [MORE.jsonl ...]
"""
import collections
import json
import sys


def main(truth_path, pair_paths):
    truth = {}
    with open(truth_path) as f:
        for line in f:
            t = json.loads(line)
            truth[frozenset((t["a"], t["b"]))] = t
    for path in pair_paths:
        counts = collections.Counter()
        with open(path) as f:
            for line in f:
                p = json.loads(line)
                t = truth.get(frozenset((p["a"], p["b"])))
                if not t or t.get("source") not in (p["a"], p["b"]):
                    continue
                answer = "unknown" if p["source"] is None else ("right" if p["source"] == t["source"] else "backwards")
                counts[(t["relation"], answer)] += 1
                counts[("all", answer)] += 1
        answered = counts[("all", "right")] + counts[("all", "backwards")]
        print(f"{path}: answered {answered}, precision {counts[('all', 'right')] / max(1, answered):.3f}")
        for relation in sorted({r for r, _ in counts}):
            print(f"  {relation:15} right {counts[(relation, 'right')]:5}  backwards {counts[(relation, 'backwards')]:4}"
                  f"  unknown {counts[(relation, 'unknown')]:5}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
