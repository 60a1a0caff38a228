#!/usr/bin/env python3
"""How often human text and model rewrites use each word of a model-vocabulary list.

Usage: bin/model-vocabulary-rates.py LIST PAIRS_DIR REWRITES_DEV SPLIT_JSON

LIST has one word a line with its forms (the format of model-vocabulary.txt; '#' starts a comment). The human text is
every distinct sentence of PAIRS_DIR's msrp-train.tsv, sts-dev.tsv and paws-wiki-dev.tsv (news and encyclopaedia
sentences written before language models) and the originals of REWRITES_DEV's fit part (SPLIT_JSON from `doppel
eval-rewrites --write-split`); the model text is the rewrites of the fit part. Prints, per word, its uses in each and
the rates per million words (0.5 added to the human count, so that an unseen word has a rate), highest ratio first,
then the list's total rate in each. A word with 20 or more uses per million human words was left out of the bundled
list (docs/quality.md, "Model vocabulary as a direction clue").
"""
import collections
import json
import os
import re
import sys

WORD = re.compile(r"[^\W_]+")


def main():
    list_file, pairs_dir, data, split_file = sys.argv[1:5]
    lemma = {}
    for line in open(list_file, encoding="utf-8"):
        forms = line.split("#")[0].split()
        for form in forms:
            lemma[form] = forms[0]
    sentences = set()
    for name in ("msrp-train.tsv", "sts-dev.tsv", "paws-wiki-dev.tsv"):
        for row in open(os.path.join(pairs_dir, name), encoding="utf-8"):
            cells = row.rstrip("\n").split("\t")
            if cells[0] not in ("label", "score"):
                sentences.update(cells[1:3])
    split = json.load(open(split_file))
    originals, rewrites = set(), set()
    for line in open(os.path.join(data, "truth.jsonl")):
        r = json.loads(line)
        source = r.get("source")
        if source and split.get(source) == "fit":
            originals.add(source)
            rewrites.add(r["a"] if r["b"] == source else r["b"])
    read = lambda doc: open(os.path.join(data, "corpus", doc + ".txt"), encoding="utf-8").read()
    human, human_words = uses(list(sentences) + [read(d) for d in originals], lemma)
    model, model_words = uses([read(d) for d in rewrites], lemma)
    print(f"human text: {human_words} words; model rewrites: {model_words} words")
    rows = []
    for word in dict.fromkeys(lemma.values()):
        h = (human[word] + 0.5) / human_words * 1e6
        m = model[word] / model_words * 1e6
        rows.append((m / h, word, human[word], model[word], h, m))
    for ratio, word, hu, mu, h, m in sorted(rows, reverse=True):
        print(f"{word:16s} human {hu:3d} ({h:6.1f}/M)  model {mu:4d} ({m:6.1f}/M)  ratio {ratio:6.1f}")
    print(f"the whole list: human {sum(human.values()) / human_words * 1e6:.0f}/M, model {sum(model.values()) / model_words * 1e6:.0f}/M")


def uses(texts, lemma):
    counts = collections.Counter()
    words = 0
    for text in texts:
        found = WORD.findall(text.lower())
        words += len(found)
        counts.update(lemma[w] for w in found if w in lemma)
    return counts, words


if __name__ == "__main__":
    main()
