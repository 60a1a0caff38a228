#!/usr/bin/env python3
"""Builds a development corpus of paragraph-length model rewrites (120-250 words) in the rewrites-dev layout.

Usage: bin/make-paragraph-dev.py REWRITES_DEV_DIR OUT_DIR [--seed 12] [--window 120-250] [--lowercase SHARE]

Issue 12's held-out news paragraphs (~130 words) and articles (~170 words) are longer than the scan's
short texts (120 words) and shorter than most of rewrites-dev's articles (median 368 words). This cuts
paragraph-length windows out of rewrites-dev's `llmfake` originals and their model rewrites,
deterministically (random.Random(seed), groups in sorted order):
  - for each original (the `source` of an `llmfake:*` truth pair), a window length W drawn in
    [LO, HI]; the original's window is its first sentences up to W words (all of it when shorter;
    originals under LO words are skipped);
  - each of its rewrites gets the same share of its own words from its start (models rewrite in
    order, so the first f of a rewrite says what the first f of its original says), cut at a sentence
    end, when that is at least 40 words. A paraphrase condensed to a third becomes a condensed window.
  - with --lowercase SHARE, that share of the originals' windows (drawn after the window length) is written
    all in lower case (its own random draws: the windows stay those made without it), as some news datasets are: names must then be found without their capitals;
  - the group is rewrites-dev's group (groups.json); every other group's windows are the negatives, many
    of them the same celebrity story (the hard same-topic negatives rewrites-dev has).
The ids are new (p00000...), shuffled. Categories stay `window:rewrite` / `window:paraphrase`; two
windows of one original are siblings, as in rewrites-dev. Writes corpus/, truth.jsonl, groups.json, stats.json.
The windows are approximate: where a model dropped or moved a sentence, the rewrite's window may miss
part of the original's or hold a sentence from beyond it, as a real paragraph rewrite can.
"""
import collections, json, os, random, re, sys


def sentences(text):
    out = []
    for para in text.split("\n"):
        out += [s for s in re.split(r"(?<=[.!?])[\"”']?\s+", para.strip()) if s.strip()]
    return out


def prefix(text, words):
    """The first sentences of text up to about `words` words (at least one sentence)."""
    out, n = [], 0
    for s in sentences(text):
        k = len(s.split())
        if out and n + k > words:
            break
        out.append(s)
        n += k
    return " ".join(out), n


def main():
    src, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 12
    lo, hi = map(int, (sys.argv[sys.argv.index("--window") + 1] if "--window" in sys.argv else "120-250").split("-"))
    lower = float(sys.argv[sys.argv.index("--lowercase") + 1]) if "--lowercase" in sys.argv else 0.0
    rng = random.Random(seed)
    lower_rng = random.Random(seed + 1)  # its own draws, so the windows are the same with or without it
    truth = [json.loads(line) for line in open(src + "/truth.jsonl", encoding="utf-8")]
    groups = json.load(open(src + "/groups.json", encoding="utf-8"))
    text = lambda d: open(f"{src}/corpus/{d}.txt", encoding="utf-8").read().strip()
    rewrites = collections.defaultdict(list)
    for t in truth:
        if t["category"].startswith("llmfake:") and t["source"]:
            other = t["b"] if t["source"] == t["a"] else t["a"]
            rewrites[t["source"]].append((t["category"].split(":")[1], other))
    docs, new_truth, new_groups = {}, [], {}
    ids = list(range(len(rewrites) * 8))
    rng.shuffle(ids)

    def new_doc(body, group):
        doc = "p%05d" % ids[len(docs)]
        docs[doc] = body
        new_groups[doc] = group
        return doc

    for original in sorted(rewrites):
        body = text(original)
        total = len(body.split())
        if total < lo:
            continue
        window, n = prefix(body, rng.randint(lo, hi))
        share = n / total
        if lower > 0 and lower_rng.random() < lower:
            window = window.lower()
        src_id = new_doc(window, groups[original])
        made = []
        for category, rewrite in sorted(rewrites[original]):
            r = text(rewrite)
            piece, k = prefix(r, max(40, round(share * len(r.split()))))
            if k >= 40:
                made.append((category, new_doc(piece, groups[original])))
                new_truth.append({"a": src_id, "b": made[-1][1], "relation": "paraphrase", "category": "window:" + category, "source": src_id})
        for i in range(len(made)):
            for j in range(i + 1, len(made)):
                new_truth.append({"a": made[i][1], "b": made[j][1], "relation": "paraphrase", "category": "sibling", "source": None, "sibling": True})
    os.makedirs(out + "/corpus", exist_ok=True)
    for doc, body in docs.items():
        with open(f"{out}/corpus/{doc}.txt", "w", encoding="utf-8") as f:
            f.write(body + "\n")
    for t in new_truth:
        if t["a"] > t["b"]:
            t["a"], t["b"] = t["b"], t["a"]
    with open(out + "/truth.jsonl", "w", encoding="utf-8") as f:
        for t in new_truth:
            f.write(json.dumps(t) + "\n")
    json.dump(new_groups, open(out + "/groups.json", "w"), indent=0, sort_keys=True)
    lengths = sorted(len(b.split()) for b in docs.values())
    stats = {"documents": len(docs), "per_category": collections.Counter(t["category"] for t in new_truth),
             "words": {"min": lengths[0], "median": lengths[len(lengths) // 2], "max": lengths[-1]}}
    json.dump(stats, open(out + "/stats.json", "w"), indent=1)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
