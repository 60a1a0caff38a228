#!/usr/bin/env python3
"""Leave-one-corpus-out test of a learned direction judge (issue 12, branch feat-dirmodel; docs/quality.md,
"A learned direction judge, across corpora").

For every development corpus it reads the truth pairs whose source is one of the two texts, keeps those the scan
found (the scan's jsonl, written by `main`) in the corpus's FIT part (`eval-rewrites DIR --write-split F`; reuse-dev,
which has no split, counts whole), and describes each pair by antisymmetric features f(A) - f(B) of the two texts
(lengths, sentence lengths, rarity, model vocabulary, function words, hedges, type-token ratio, punctuation, quotes,
facts each side keeps of the other, site furniture, and the current judge's own answer). A logistic regression
without intercept (so swapping A and B flips the answer) is trained on every corpus but one; its abstention
threshold is the lowest probability at which, on the training corpora's own out-of-corpus predictions (an inner
leave-one-corpus-out), backwards stays <= 0.02 in every training corpus; the left-out corpus's fit pairs are then
scored right / backwards / unknown against the current judge on the same pairs.

Usage: bin/direction-loco.py SCANDIR [--validation]
  (SCANDIR holds NAME.jsonl and NAME-split.json for each set; see the doc.) Every choice reads the fit parts only;
  --validation, run once at the end, scores the one variant the doc reports on the validation parts.
"""
import json
import math
import os
import re
import sys
from collections import Counter

import numpy as np

MAIN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(MAIN, "..", "shared", "data")
SETS = {
    "rewrites-dev": os.path.join(SHARED, "rewrites-dev"),
    "model-rewrites": os.path.join(MAIN, "data", "model-rewrites"),
    "article-rewrites": os.path.join(MAIN, "data", "article-rewrites"),
    "heavy-revisions": os.path.join(MAIN, "data", "heavy-revisions"),
    "written-revisions": os.path.join(MAIN, "data", "written-revisions"),
    "german-rewrites": os.path.join(MAIN, "data", "german-rewrites"),
    "simplify-rewrites": os.path.join(MAIN, "data", "simplify-rewrites"),
    "german-articles": os.path.join(MAIN, "data", "german-articles"),
    "reuse-dev": os.path.join(SHARED, "reuse-dev"),
}

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
NUMBER = re.compile(r"\d[\d.,]*\d|\d")
NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)*")
QUOTE = re.compile(r"[\"“„«][^\"“”„«»]{3,300}[\"”“»]")
FUNCTION = set("""the a an of to in on at by for with from and or but if that which who whom whose this these those it its
is are was were be been being has have had do does did not no as than then so such there their they them he she his her
we our you your i me my der die das den dem des ein eine einer eines einem einen und oder aber dass nicht mit von zu im
in am an auf für ist sind war waren wird werden hat haben es sie er wir ich auch als wie bei nach aus""".split())
HEDGE = set("""may might could would reportedly allegedly apparently appears appear seems seem suggests suggest likely
possibly perhaps approximately about around nearly roughly some several according claimed claims said says
vielleicht möglicherweise wohl etwa rund ungefähr laut angeblich offenbar""".split())
FURNITURE = re.compile(r"^(by |von |reporting by|written by|staff reporter|photo|image|credit|source:|quelle:|foto|"
                       r"©|\(c\)|copyright|all rights reserved|originally published|this article first appeared|"
                       r"republished|copied from|posted (on|in)|published|updated|home /)", re.IGNORECASE)
DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜa-zäöü .]{2,30}(\([A-Za-z .]+\))?\s*[—–-]{1,2}\s")


def model_vocabulary():
    path = os.path.join(MAIN, "doppel-core/src/main/resources/org/doppel/provenance/model-vocabulary.txt")
    words = set()
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        words.update(w for w in line.replace(",", " ").split() if w)
    return words


MODEL_WORDS = model_vocabulary()


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def doc_text(corpus, doc):
    with open(os.path.join(corpus, doc + ".txt"), encoding="utf-8") as f:
        return f.read()


class Side:
    """What one text shows: its words, sentences, facts and furniture."""

    def __init__(self, text, whole, df, n_docs):
        self.tokens = [w.lower() for w in WORD.findall(text)]
        n = max(1, len(self.tokens))
        sentences = [s for s in SENTENCE_END.split(text) if WORD.search(s)]
        content = [w for w in self.tokens if w not in FUNCTION and not w.isdigit()]
        idf = [math.log(n_docs / df.get(w, 1)) for w in content] or [0.0]
        window = self.tokens[:100]
        self.numbers = set(NUMBER.findall(text))
        self.names = set(m.group(0) for m in NAME.finditer(text))
        self.quotes = set(q.lower()[:40] for q in QUOTE.findall(text))
        lines = [l.strip() for l in whole.split("\n") if l.strip()]
        self.values = [
            math.log(n),                                             # length
            math.log(n / max(1, len(sentences))),                    # mean sentence length
            sum(idf) / len(idf),                                     # rarity (corpus document frequencies)
            sum(1 for w in content if df.get(w, 1) <= 2) / n,        # words (nearly) unique to the text
            100 * sum(1 for w in self.tokens if w in MODEL_WORDS) / n,
            sum(1 for w in self.tokens if w in FUNCTION) / n,
            100 * sum(1 for w in self.tokens if w in HEDGE) / n,
            len(set(window)) / max(1, len(window)),                  # type-token ratio, first 100 words
            sum(len(w) for w in self.tokens) / n,                    # word length
            100 * text.count(",") / n,
            100 * len(re.findall(r"[\"“”„«»]", text)) / n,
            100 * len(NUMBER.findall(text)) / n,
            100 * len(re.findall(r"[()]", text)) / n,
            100 * len(re.findall(r"[:;]", text)) / n,
            100 * len(re.findall(r"[—–]|--| - ", text)) / n,
            100 * len(self.names) / n,
            sum(1 for l in lines if FURNITURE.search(l)) + sum(1 for l in lines[:3] if DATELINE.search(l)),
        ]


FEATURES = ["length", "sentence_length", "rarity", "unique_words", "model_vocab", "function_words", "hedges",
            "ttr100", "word_length", "commas", "quote_marks", "numbers", "parentheses", "colons", "dashes",
            "names", "furniture", "numbers_kept", "names_kept", "quotes_kept", "judge", "judge_rewrite",
            "judge_facts", "judge_cohesion", "judge_model_style", "judge_metadata"]


def kept(mine, theirs):
    return len(mine & theirs) / len(mine) if mine else 1.0


def passage_text(text, spans):
    if not spans:
        return text
    return "\n".join(text[s:e] for s, e in sorted(spans))


def pair_features(a, b, scan_line, texts, df, n_docs):
    pa = [tuple(p["a"]) for p in scan_line.get("passages", [])]
    pb = [tuple(p["b"]) for p in scan_line.get("passages", [])]
    sa = Side(passage_text(texts[a], pa), texts[a], df, n_docs)
    sb = Side(passage_text(texts[b], pb), texts[b], df, n_docs)
    f = [x - y for x, y in zip(sa.values, sb.values)]
    f += [kept(sa.numbers, sb.numbers) - kept(sb.numbers, sa.numbers),
          kept(sa.names, sb.names) - kept(sb.names, sa.names),
          kept(sa.quotes, sb.quotes) - kept(sb.quotes, sa.quotes)]
    source = scan_line.get("source")
    sign = 0 if source is None else (1 if source == a else -1)
    evidence = set(scan_line.get("direction_evidence", []))
    f.append(sign)
    for signal in ("rewrite", "facts", "cohesion", "model_style"):
        f.append(sign if signal in evidence else 0)
    f.append(sign if evidence & {"date", "attribution", "canonical_url", "photo_credit"} else 0)
    return f


CATEGORIES = {}  # (set, part) -> the truth category of each pair, in corpus_pairs' order


def corpus_pairs(name, scandir, part="fit", category=None):
    root = SETS[name]
    corpus = os.path.join(root, "corpus")
    scan = {}
    for line in load_jsonl(os.path.join(scandir, name + ".jsonl")):
        scan[frozenset((line["a"], line["b"]))] = line
    split_path = os.path.join(scandir, name + "-split.json")
    split = json.load(open(split_path)) if os.path.exists(split_path) else None
    if split is None and part != "fit":
        return np.zeros((0, len(FEATURES))), np.zeros(0, int), np.zeros(0, int)
    pairs = []
    for t in load_jsonl(os.path.join(root, "truth.jsonl")):
        if t.get("source") not in (t["a"], t["b"]):
            continue
        if category is not None and not t.get("category", "").startswith(category):
            continue
        if split is not None and (split.get(t["a"]) != part or split.get(t["b"]) != part):
            continue
        line = scan.get(frozenset((t["a"], t["b"])))
        if line is not None:
            pairs.append((line["a"], line["b"], t["source"], line))
            CATEGORIES.setdefault((name, part, category), []).append(t.get("category", ""))
    docs = sorted(set(d for p in pairs for d in p[:2]))
    texts = {d: doc_text(corpus, d) for d in docs}
    all_docs = [f[:-4] for f in os.listdir(corpus) if f.endswith(".txt")]
    df = Counter()
    for d in all_docs:
        df.update(set(w.lower() for w in WORD.findall(doc_text(corpus, d))))
    X, y, judge = [], [], []
    for a, b, source, line in pairs:
        X.append(pair_features(a, b, line, texts, df, len(all_docs)))
        y.append(1 if source == a else -1)
        s = line.get("source")
        judge.append(0 if s is None else (1 if s == a else -1))
    return np.array(X, dtype=float), np.array(y), np.array(judge)


def train(X, y, weights, l2=1.0, iterations=300):
    """Logistic regression without intercept, Newton steps, features scaled to unit root mean square. Training on
    both orders (X, y) and (-X, -y) gives the same loss twice (log(1 + exp(-y w.x)) is unchanged), so one order is
    enough and the model is antisymmetric by construction."""
    scale = np.sqrt((X ** 2 * weights[:, None]).sum(0) / weights.sum()) + 1e-9
    Z = X / scale
    w = np.zeros(X.shape[1])
    for _ in range(iterations):
        m = y * (Z @ w)
        p = 1 / (1 + np.exp(-m))
        grad = -(Z * ((1 - p) * y * weights)[:, None]).sum(0) + l2 * w
        hess = (Z * (p * (1 - p) * weights)[:, None]).T @ Z + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w / scale


class Trees:
    """Gradient-boosted trees (logistic loss, Newton leaves, depth 2, 16 quantile bins a feature), trained on both
    orders of each pair; the margin (F(x) - F(-x)) / 2 is antisymmetric, so swapping A and B flips the answer."""

    def __init__(self, X, y, weights, trees=100, depth=2, rate=0.1, min_leaf=20, l2=1.0):
        Xb, t = np.vstack([X, -X]), np.concatenate([(y + 1) / 2, (1 - y) / 2])
        wb = np.concatenate([weights, weights])
        self.edges = [np.unique(np.quantile(Xb[:, j], np.linspace(0, 1, 17)[1:-1])) for j in range(X.shape[1])]
        bins = self.bin(Xb)
        self.trees, self.rate, self.depth, self.min_leaf, self.l2 = [], rate, depth, min_leaf, l2
        F = np.zeros(len(t))
        for _ in range(trees):
            p = 1 / (1 + np.exp(-F))
            g, h = wb * (t - p), wb * p * (1 - p)
            tree = self.grow(bins, np.arange(len(t)), g, h, depth)
            self.trees.append(tree)
            F += rate * self.apply(tree, bins)

    def bin(self, X):
        return np.stack([np.searchsorted(e, X[:, j], side="right") for j, e in enumerate(self.edges)], axis=1)

    def grow(self, bins, rows, g, h, depth):
        leaf = ("leaf", g[rows].sum() / (h[rows].sum() + self.l2))
        if depth == 0 or len(rows) < 2 * self.min_leaf:
            return leaf
        G, H = g[rows].sum(), h[rows].sum()
        best = (0.0, None)
        for j in range(bins.shape[1]):
            b = bins[rows, j]
            gl = np.cumsum(np.bincount(b, g[rows], minlength=17))[:-1]
            hl = np.cumsum(np.bincount(b, h[rows], minlength=17))[:-1]
            nl = np.cumsum(np.bincount(b, minlength=17))[:-1]
            ok = (nl >= self.min_leaf) & (len(rows) - nl >= self.min_leaf)
            gain = gl ** 2 / (hl + self.l2) + (G - gl) ** 2 / (H - hl + self.l2) - G ** 2 / (H + self.l2)
            gain[~ok] = 0
            k = int(np.argmax(gain))
            if gain[k] > best[0]:
                best = (gain[k], (j, k))
        if best[1] is None:
            return leaf
        j, k = best[1]
        left = bins[rows, j] <= k
        return ("split", j, k, self.grow(bins, rows[left], g, h, depth - 1),
                self.grow(bins, rows[~left], g, h, depth - 1))

    def apply(self, tree, bins):
        if tree[0] == "leaf":
            return np.full(len(bins), tree[1])
        _, j, k, left, right = tree
        go_left = bins[:, j] <= k
        out = np.empty(len(bins))
        out[go_left] = self.apply(left, bins[go_left])
        out[~go_left] = self.apply(right, bins[~go_left])
        return out

    def margin(self, X):
        plus, minus = self.bin(X), self.bin(-X)
        F = sum(self.apply(t, plus) - self.apply(t, minus) for t in self.trees)
        return self.rate * F / 2


def loco_trees(data, features, mode, limit=0.02):
    """loco() with boosted trees in place of the logistic regression (corpora weighted equally)."""
    names = [n for n in data if len(data[n][1]) > 0]

    def train_on(corpora):
        X = np.concatenate([data[n][0][:, features] for n in corpora])
        y = np.concatenate([data[n][1] for n in corpora])
        weights = corpus_weights(data, corpora, True)
        return Trees(X, y, weights / weights.mean())

    rows = []
    for out in names:
        training = [n for n in names if n != out]
        inner_margins, inner_y = {}, {}
        for held in training:
            model = train_on([n for n in training if n != held])
            inner_margins[held], inner_y[held] = model.margin(data[held][0][:, features]), data[held][1]
        threshold = lowest_safe_threshold(inner_margins, inner_y, limit, mode)
        X, y, judge = data[out]
        margin = train_on(training).margin(X[:, features])
        p = 1 / (1 + np.exp(-np.abs(margin)))
        model_answer = np.where(p >= threshold, np.sign(margin), 0)
        combined = np.where(judge != 0, judge, model_answer)
        rows.append((out, threshold, float((np.sign(margin) == y).mean()), score(judge, y), score(model_answer, y),
                     score(combined, y)))
    return rows


def answers(X, w, threshold):
    margin = X @ w
    p = 1 / (1 + np.exp(-np.abs(margin)))
    return np.where(p >= threshold, np.sign(margin), 0)


def score(answer, y):
    n = len(y)
    right = int(((answer == y) & (answer != 0)).sum())
    backwards = int(((answer == -y) & (answer != 0)).sum())
    return right, backwards, n


def lowest_safe_threshold(margins_by_corpus, y_by_corpus, limit=0.02, mode="every"):
    """Lowest p (of a grid) at which backwards <= limit: in every training corpus ("every"), on the mean of the
    corpora's backwards rates ("mean": each corpus counts alike, whatever its size), or over all their pairs
    together ("pairs")."""
    for threshold in np.arange(0.50, 1.0, 0.005):
        wrong, counts = [], []
        for name, margin in margins_by_corpus.items():
            y = y_by_corpus[name]
            p = 1 / (1 + np.exp(-np.abs(margin)))
            wrong.append(((p >= threshold) & (np.sign(margin) == -y)).sum())
            counts.append(len(y))
        rates = [w / n for w, n in zip(wrong, counts)]
        value = {"every": max(rates), "mean": sum(rates) / len(rates), "pairs": sum(wrong) / sum(counts)}[mode]
        if value <= limit:
            return float(threshold)
    return 1.0


def corpus_weights(data, names, equal):
    parts = []
    for n in names:
        count = len(data[n][1])
        parts.append(np.full(count, (1.0 / count) * 100 if equal else 1.0))
    return np.concatenate(parts)


def fit(data, names, features, equal, l2):
    X = np.concatenate([data[n][0][:, features] for n in names])
    y = np.concatenate([data[n][1] for n in names])
    return train(X, y, corpus_weights(data, names, equal), l2)


def stable_features(data, names, features, agreement=0.6, least=10):
    """The features whose sign alone points the same way (right, or wrong, on at least `agreement` of the pairs
    where it is not 0) in every one of `names` where it is not 0 on at least `least` pairs: an invariance test,
    run on the training corpora only."""
    kept = []
    for i in features:
        sides = set()
        for n in names:
            X, y, _ = data[n]
            s = np.sign(X[:, i])
            nonzero = s != 0
            if nonzero.sum() < least:
                continue
            right = (s[nonzero] == y[nonzero]).mean()
            sides.add("right" if right >= agreement else "wrong" if right <= 1 - agreement else "neither")
        if len(sides) == 1 and "neither" not in sides:
            kept.append(i)
    return kept


def loco(data, features, equal=True, mode="every", l2=1.0, limit=0.02, stable=False):
    rows = []
    names = [n for n in data if len(data[n][1]) > 0]
    chosen = features
    for out in names:
        training = [n for n in names if n != out]
        if stable:
            features = stable_features(data, training, chosen)
        inner_margins, inner_y = {}, {}
        for held in training:
            rest = [n for n in training if n != held]
            w_inner = fit(data, rest, features, equal, l2)
            inner_margins[held] = data[held][0][:, features] @ w_inner
            inner_y[held] = data[held][1]
        threshold = lowest_safe_threshold(inner_margins, inner_y, limit, mode)
        w = fit(data, training, features, equal, l2)
        X, y, judge = data[out]
        model = answers(X[:, features], w, threshold)
        combined = np.where(judge != 0, judge, model)
        accuracy = float((np.sign(X[:, features] @ w) == y).mean())
        rows.append((out, threshold, accuracy, score(judge, y), score(model, y), score(combined, y)))
    return rows


def in_distribution(data, features, folds=5, seed=7):
    """The contrast: the same model when every corpus is seen in training (pairs split at random into folds)."""
    rng = np.random.default_rng(seed)
    names = list(data)
    fold = {n: rng.integers(0, folds, len(data[n][1])) for n in names}
    margin = {n: np.zeros(len(data[n][1])) for n in names}
    for k in range(folds):
        X = np.concatenate([data[n][0][fold[n] != k][:, features] for n in names])
        y = np.concatenate([data[n][1][fold[n] != k] for n in names])
        weights = np.concatenate([np.full((fold[n] != k).sum(), 100 / len(data[n][1])) for n in names])
        w = train(X, y, weights)
        for n in names:
            margin[n][fold[n] == k] = data[n][0][fold[n] == k][:, features] @ w
    print(f"\n## in-distribution contrast: text features, corpora equal, {folds}-fold over pairs (seed {seed})")
    for n in names:
        print(f"  {n:18} right at p >= 0.5: {(np.sign(margin[n]) == data[n][1]).mean():.3f}")


def sign_table(data):
    """How often each feature's sign alone names the right original, per corpus (share of the pairs where it is
    not 0, and that count): a feature useful across corpora points the same way in all of them."""
    names = list(data)
    print("\n## each feature alone: share of pairs (where it is not 0) whose sign names the right original")
    print("| feature | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for i, f in enumerate(FEATURES):
        cells = []
        for n in names:
            X, y, _ = data[n]
            s = np.sign(X[:, i])
            nonzero = s != 0
            cells.append(f"{(s[nonzero] == y[nonzero]).mean():.2f} ({nonzero.sum()})" if nonzero.any() else "–")
        print(f"| {f} | " + " | ".join(cells) + " |")


def fmt(s):
    r, b, n = s
    return f"{r / n:.3f} / {b / n:.3f}" if n else "-"


def by_category(data, features):
    """Where the text-only model (corpora equal, threshold from the mean of corpora) goes wrong on rewrites-dev left
    out: right / backwards by the truth's category."""
    names = [n for n in data if n != "rewrites-dev"]
    margins, ys = {}, {}
    for held in names:
        w_inner = fit(data, [n for n in names if n != held], features, True, 1.0)
        margins[held], ys[held] = data[held][0][:, features] @ w_inner, data[held][1]
    threshold = lowest_safe_threshold(margins, ys, 0.02, "mean")
    X, y, _ = data["rewrites-dev"]
    answer = answers(X[:, features], fit(data, names, features, True, 1.0), threshold)
    print(f"\n## rewrites-dev left out, text features, corpora equal, threshold {threshold:.3f}: by category")
    counts = Counter()
    for category, a, truth in zip(CATEGORIES[("rewrites-dev", "fit", None)], answer, y):
        counts[category, "pairs"] += 1
        counts[category, "right" if a == truth else "backwards" if a == -truth else "unknown"] += 1
    for category in sorted({c for c, _ in counts}):
        print(f"  {category:32} {counts[category, 'pairs']:4} pairs, right {counts[category, 'right']:3}, "
              f"backwards {counts[category, 'backwards']:3}")


def limits(data, facts):
    """The one lead: the judge, else a model of the facts each side keeps, by the backwards limit of its threshold;
    with names, numbers and quotations kept, and with numbers and quotations alone (names lean either way)."""
    names = list(data)
    narrow = [i for i in facts if FEATURES[i] != "names_kept"]
    for title, features in (("numbers, names and quotations kept", facts), ("numbers and quotations kept", narrow)):
        print(f"\n## judge, else the facts model ({title}; the judge's answers; corpora equal, threshold over the "
              "training pairs): answers added (right / backwards) to the judge's on each left-out corpus, by the "
              "threshold's backwards limit")
        print("| limit | " + " | ".join(names) + " | all |")
        print("|---|" + "---:|" * (len(names) + 1))
        for limit in (0.005, 0.01, 0.02):
            cells, right, wrong = [], 0, 0
            for out, threshold, accuracy, judge, model, combined in loco(data, features, True, "pairs", limit=limit):
                cells.append(f"+{combined[0] - judge[0]} / +{combined[1] - judge[1]}")
                right += combined[0] - judge[0]
                wrong += combined[1] - judge[1]
            print(f"| {limit} | " + " | ".join(cells) + f" | +{right} / +{wrong} |")


def score_validation(data, facts, scandir):
    """Trained on every corpus's fit part, its threshold from the corpora's out-of-corpus predictions (limit 0.01 and
    0.02 over all their pairs), scored once on the validation parts."""
    names = list(data)
    margins, ys = {}, {}
    for held in names:
        w_inner = fit(data, [n for n in names if n != held], facts, True, 1.0)
        margins[held], ys[held] = data[held][0][:, facts] @ w_inner, data[held][1]
    w = fit(data, names, facts, True, 1.0)
    for limit in (0.01, 0.02):
        threshold = lowest_safe_threshold(margins, ys, limit, "pairs")
        print(f"\n## validation parts, judge else the facts model, limit {limit} (threshold {threshold:.3f})")
        print("| set (validation pairs) | judge right / backwards | judge, else model | added |")
        print("|---|---:|---:|---:|")
        for name in names:
            X, y, judge = corpus_pairs(name, scandir, "validation")
            if len(y) == 0:
                continue
            combined = np.where(judge != 0, judge, answers(X[:, facts], w, threshold))
            j, c = score(judge, y), score(combined, y)
            print(f"| {name} ({len(y)}) | {fmt(j)} | {fmt(c)} | +{c[0] - j[0]} / +{c[1] - j[1]} |")


def main(scandir, validation=False, by_source=False, trees=False):
    present = [n for n in SETS if os.path.exists(os.path.join(scandir, n + ".jsonl"))]
    data = {name: corpus_pairs(name, scandir) for name in present}
    if by_source and "rewrites-dev" in data:
        # rewrites-dev holds two sources of rewrites (its categories llmfake: and raidar:): two corpora here
        del data["rewrites-dev"]
        for category in ("llmfake", "raidar"):
            data["rewrites-dev:" + category] = corpus_pairs("rewrites-dev", scandir, category=category)
    for name, (X, y, judge) in data.items():
        print(f"{name}: {len(y)} found fit pairs with a source; judge right {(judge == y).sum()}, "
              f"backwards {(judge == -y).sum()}")
    every = list(range(len(FEATURES)))
    text_only = [i for i, f in enumerate(FEATURES) if not f.startswith("judge")]
    facts = [FEATURES.index(f) for f in ("numbers_kept", "names_kept", "quotes_kept")] + \
        [i for i, f in enumerate(FEATURES) if f.startswith("judge")]
    feature_sets = (("all features", every, False), ("text features only (no judge)", text_only, False),
                    ("stable features (same sign in every training corpus)", every, True),
                    ("facts kept and the judge's answers", facts, False))
    variants = {}
    for fname, features, stable in feature_sets:
        for wname, equal in (("corpora weighted equally", True), ("pairs weighted equally", False)):
            for mode in ("every", "mean", "pairs"):
                variants[f"{fname}; {wname}; threshold: {mode}"] = (features, equal, mode, stable)
    summary = []
    for title, (features, equal, mode, stable) in variants.items():
        print(f"\n## {title}")
        print("| left-out corpus (fit pairs) | model right at p >= 0.5 | threshold | current judge right / backwards "
              "| model | judge, else model |")
        print("|---|---:|---:|---:|---:|---:|")
        totals = [np.zeros(3, int) for _ in range(3)]
        passes = {"model": True, "judge, else model": True}
        lenient = True
        worst = {"model": 0.0, "judge, else model": 0.0}
        for out, threshold, accuracy, judge, model, combined in loco(data, features, equal, mode, stable=stable):
            print(f"| {out} ({judge[2]}) | {accuracy:.3f} | {threshold:.3f} | {fmt(judge)} | {fmt(model)} "
                  f"| {fmt(combined)} |")
            for t, sc in zip(totals, (judge, model, combined)):
                t += np.array(sc)
            for key, sc in (("model", model), ("judge, else model", combined)):
                worst[key] = max(worst[key], sc[1] / sc[2])
                better = sc[0] > judge[0] or (sc[0] == judge[0] and sc[1] < judge[1])
                if sc[1] > 0.05 * sc[2] or not better:
                    passes[key] = False
            # lenient reading, for the arbiter: no corpus loses a right answer, none goes over 0.05 backwards
            # unless the judge alone already does, and no corpus gains more backwards than right answers
            if (combined[0] < judge[0] or combined[1] > max(0.05 * combined[2], judge[1])
                    or combined[1] - judge[1] > combined[0] - judge[0]):
                lenient = False
        print(f"| pooled ({totals[0][2]}) | | | {fmt(totals[0])} | {fmt(totals[1])} | {fmt(totals[2])} |")
        summary.append((title, totals, worst, passes, lenient and totals[2][0] > totals[0][0]))
    print("\n## summary: pooled over the left-out corpora; worst left-out backwards; meets the bar on every corpus")
    print("| variant | judge | model | worst | bar | judge, else model | worst | bar | lenient bar |")
    print("|---|---:|---:|---:|---|---:|---:|---|---|")
    for title, totals, worst, passes, lenient in summary:
        print(f"| {title} | {fmt(totals[0])} | {fmt(totals[1])} | {worst['model']:.3f} | "
              f"{'yes' if passes['model'] else 'no'} | {fmt(totals[2])} | {worst['judge, else model']:.3f} | "
              f"{'yes' if passes['judge, else model'] else 'no'} | {'yes' if lenient else 'no'} |")
    if trees:
        for fname, features in (("all features", every), ("text features only (no judge)", text_only)):
            for mode in ("mean", "pairs"):
                print(f"\n## boosted trees (depth 2, 100 trees, rate 0.1); {fname}; corpora equal; threshold: {mode}")
                print("| left-out corpus (fit pairs) | model right at p >= 0.5 | threshold | current judge right / "
                      "backwards | model | judge, else model |")
                print("|---|---:|---:|---:|---:|---:|")
                totals = [np.zeros(3, int) for _ in range(3)]
                for out, threshold, accuracy, judge, model, combined in loco_trees(data, features, mode):
                    print(f"| {out} ({judge[2]}) | {accuracy:.3f} | {threshold:.3f} | {fmt(judge)} | {fmt(model)} "
                          f"| {fmt(combined)} |")
                    for t, sc in zip(totals, (judge, model, combined)):
                        t += np.array(sc)
                print(f"| pooled ({totals[0][2]}) | | | {fmt(totals[0])} | {fmt(totals[1])} | {fmt(totals[2])} |")
    if "rewrites-dev" in data:
        by_category(data, text_only)
    limits(data, facts)
    in_distribution(data, text_only)
    sign_table(data)
    if validation:
        score_validation(data, facts, scandir)
    for title, features in (("all features", every), ("the facts model", facts)):
        w = fit(data, list(data), features, True, 1.0)
        print(f"\n## weights on all corpora ({title}, corpora equal), per unit of each feature")
        for name, weight in sorted(zip([FEATURES[i] for i in features], w), key=lambda x: -abs(x[1])):
            print(f"  {name:18} {weight:+.3f}")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(arguments[0] if arguments else "/tmp/dm", "--validation" in sys.argv, "--split-rewrites-dev" in sys.argv,
         "--trees" in sys.argv)
