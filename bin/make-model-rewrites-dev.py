#!/usr/bin/env python3
"""Builds data/model-rewrites: passages of real web articles and rewrites of them written by a language model.

Usage:
  bin/make-model-rewrites-dev.py pick GROUND_TRUTH_JSON OUT_DIR        # the sources, three files of 16
  bin/make-model-rewrites-dev.py build SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-articles GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/article-rewrites
  bin/make-model-rewrites-dev.py build-articles SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-heldout GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/heldout-rewrites
  bin/make-model-rewrites-dev.py build-heldout SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-heldout2 GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/heldout-rewrites2
  bin/make-model-rewrites-dev.py build-heldout2 SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-simplify GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/simplify-rewrites
  bin/make-model-rewrites-dev.py build-simplify SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-german-articles EXTRACTED_JSONL USED_SOURCES_GLOB OUT_DIR   # data/german-articles
  bin/make-model-rewrites-dev.py build-german-articles SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-german EXTRACTED_JSONL OUT_DIR      # data/heldout-german
  bin/make-model-rewrites-dev.py build-german SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-dev2 EXTRACTED_JSONL USED_SOURCES_GLOB OUT_DIR   # data/model-rewrites2
  bin/make-model-rewrites-dev.py build-dev2 SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-german-dev EXTRACTED_JSONL USED_SOURCES_GLOB OUT_DIR   # data/german-rewrites
  bin/make-model-rewrites-dev.py build-german-dev SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-condense2 EXTRACTED_JSONL USED_SOURCES_GLOB OUT_DIR   # data/condense-rewrites
  bin/make-model-rewrites-dev.py build-condense2 SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-heldout-condense EXTRACTED_JSONL GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/heldout-condense
  bin/make-model-rewrites-dev.py build-heldout-condense SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-restyle EXTRACTED_JSONL GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/restyle-rewrites
  bin/make-model-rewrites-dev.py build-restyle SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-easy EXTRACTED_JSONL GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR   # data/easy-rewrites
  bin/make-model-rewrites-dev.py build-easy SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-easy2 EXTRACTED_JSONL GROUND_TRUTH_JSON USED_SOURCES_GLOB OUT_DIR  # data/easy-rewrites2
  bin/make-model-rewrites-dev.py build-easy2 SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py pick-easy3 EXTRACTED_JSONL USED_SOURCES_GLOB OUT_DIR   # data/easy-rewrites3
  bin/make-model-rewrites-dev.py build-easy3 SOURCES_GLOB WRITTEN_GLOB DATA_DIR
  bin/make-model-rewrites-dev.py build-easy4 SOURCES_GLOB WRITTEN_GLOB DATA_DIR   # data/easy-rewrites4 (invented sources)
  bin/make-model-rewrites-dev.py build-easy5 SOURCES_GLOB WRITTEN_GLOB DATA_DIR   # data/easy-rewrites5 (written blind)
  bin/make-model-rewrites-dev.py build-easy6 SOURCES_GLOB WRITTEN_GLOB DATA_DIR   # data/easy-rewrites6 (written blind)
  bin/make-model-rewrites-dev.py build-easy7 SOURCES_GLOB WRITTEN_GLOB DATA_DIR   # data/easy-rewrites7 (written blind)

`pick-articles` and `build-articles` make data/article-rewrites the same way from whole articles: 18 articles of
300-700 words (every paragraph of the body), none of those USED_SOURCES_GLOB already took a window from, drawn in
the order of `random.Random(20261205)`'s shuffle; ids `aNNN`; kinds rewrite, condense, restyle, simplify and an
independent text (no polish: a polished article is an edited copy, which the copy relations already cover).

`pick-heldout` and `build-heldout` make data/heldout-rewrites, a set only scored, never fitted on: 24 windows picked
as `pick` picks them, from articles none of USED_SOURCES_GLOB took text from, in the order of
`random.Random(20261206)`'s shuffle; ids `hNNN`; the kinds of data/model-rewrites. `pick-heldout2` and
`build-heldout2` make a second such set, data/heldout-rewrites2, with `random.Random(20261209)` and ids `kNNN`.
`pick-dev2` and `build-dev2` make a second development set
of the kinds of data/model-rewrites, data/model-rewrites2 (ids `qNNN`): the scrapinghub articles left had too few
windows, so its 24 windows come from the English pages of extraction-meta (EXTRACTED_JSONL as for `pick-german`; English
by a count of function words, 97 % ASCII), picked as `pick-german` picks with `random.Random(20261213)`, for three
writers imitating three other models.
`pick-simplify` and `build-simplify` make the development set data/simplify-rewrites the same way (24 windows,
`random.Random(20261210)`, ids `sNNN`) with three simplifications of each source in three manners (`SIMPLIFY_KINDS`)
and an independent text.

`pick-condense2` and `build-condense2` make the development set data/condense-rewrites: 12 German and 12 English
windows of extraction-meta pages none of USED_SOURCES_GLOB took text from (EXTRACTED_JSONL as for `pick-german`),
each language picked as `pick-german` picks with `random.Random(20261216)`, dealt to three writers; ids `eNNN`; the
kinds `CONDENSE2_KINDS` (two condensations, two simplifications) and an independent text. `pick-heldout-condense`
and `build-heldout-condense` make data/heldout-condense, a set only scored, never fitted on, of the same kinds: 12
German windows picked so from extraction-meta and 12 English windows (the 7 English ones of the 9 that `pick` finds among
the scrapinghub articles left, then 5 of extraction-meta's English pages), all with `random.Random(20261217)` and none that
USED_SOURCES_GLOB took text from; ids `xNNN`.

`pick-restyle` and `build-restyle` make the development set data/restyle-rewrites: 12 German windows of 120-220
words of extraction-meta pages none of USED_SOURCES_GLOB took text from, picked as `pick-german` picks with
`random.Random(20261218)`, and 12 English ones; no English page left has a window of whole paragraphs of 15 words or
more, so the English windows are loose (`windows_of`: the first paragraph may open it, lines under 8 words dropped),
from extraction-meta's English pages, then the scrapinghub benchmark's; German in sources-A, English in sources-B;
ids `tNNN`; the kinds `RESTYLE_KINDS` (four tones) and an independent text.

`pick-easy` and `build-easy` make the development set data/easy-rewrites: 18 German windows of extraction-meta pages
none of USED_SOURCES_GLOB took text from, picked as `pick-german` picks with `random.Random(20261219)`, and the only 6
English windows left, loose ones as `pick-restyle` takes them (2 of extraction-meta's English pages, 4 of the scrapinghub
benchmark's articles); one English source after every three German ones, in one file (one writer); ids `yNNN`; the
kinds `EASY_KINDS` (an easy-language version and a short summary) and an independent text.

`pick-german` and `build-german` make data/heldout-german the same way from German pages: EXTRACTED_JSONL is
`./doppel extract --format json ../shared/data/extraction-meta/pages`; pages whose body is German by a count of
function words, in the order of `random.Random(20261207)`'s shuffle of their URLs, one window each (drawn with
`random.Random(url)`), 12 sources in two files; ids `dNNN`. `pick-german-dev` and `build-german-dev` make the
development set data/german-rewrites likewise: 24 sources in three files, from pages none of USED_SOURCES_GLOB took
a window from, in the order of `random.Random(20261208)`'s shuffle; ids `gNNN`. `pick-german-articles` and
`build-german-articles` make data/german-articles from whole German bodies of 300-650 words (every paragraph of at
least 8 words), 12 pages none of USED_SOURCES_GLOB took text from, in the order of `random.Random(20261211)`'s
shuffle, for two writers; ids `lNNN`; the kinds of data/article-rewrites.

`pick` reads the scrapinghub benchmark's ground truth (../shared/data/extraction/ground-truth.json: 181 English
articles, MIT) and picks 48 articles in the order of `random.Random(20261204)`'s shuffle of their sorted keys; from
each, one window of whole consecutive paragraphs, not the first, each of at least 15 words, of 110-220 words in all
(a window drawn at random among those that fit); articles with under 97 % ASCII characters are skipped. It writes
`sources-A.jsonl`, `-B`, `-C` (every third source), one per writer.

`build` reads the sources and the writers' files (one JSON object per line: `source`, `kind`, `prompt`, `text`) and
writes DATA_DIR in the layout of ../shared/data/rewrites-dev: `corpus/mNNN.txt` under ids shuffled with
`random.Random(20261204)`, `groups.json` (a source, its five rewrites) and `truth.jsonl` (source-rewrite pairs with
category `model:KIND` and the source as original; the rewrites of one source as `sibling` pairs). Each `independent`
text is a group of its own, so any pair reported with it is wrong. A third of the groups (16 sources drawn with
`random.Random(1204)`, not by number: the numbers decide the writer and the restyle prompt) have their source
written all in lower case, as some news data sets are.
"""
import glob, json, os, random, sys

from devset_layout import write_corpus, write_groups_and_truth

KINDS = ("rewrite", "polish", "condense", "restyle", "simplify")
ARTICLE_KINDS = ("rewrite", "condense", "restyle", "simplify")
SIMPLIFY_KINDS = ("simplify_compact", "simplify_formal", "simplify_teacher")
CONDENSE2_KINDS = ("condense_third", "summary", "simplify_teacher", "easy_language")
RESTYLE_KINDS = ("neutral", "sensational", "formal", "conversational")
EASY_KINDS = ("easy_language", "summary")
EASY3_KINDS = ("easy_language",)


def paragraphs_of(article):
    return [p.strip() for p in article["articleBody"].split("\n") if p.strip()]


def mostly_ascii(text):
    return sum(c.isascii() for c in text) / len(text) >= 0.97


def windows_of(paragraphs, least=110, loose=False):
    """Every run of whole consecutive paragraphs, not the first, each of 15 words or more, of `least`-220 words in
    all: (first, last, words). `loose` (for short news items, whose paragraphs are a sentence or two) takes the
    first paragraph too and only asks 8 words of each; `loose_paragraphs` has dropped the shorter lines already."""
    windows = []
    for first in range(0 if loose else 1, len(paragraphs)):
        total = 0
        for last in range(first, len(paragraphs)):
            n = len(paragraphs[last].split())
            if n < (8 if loose else 15):
                break
            total += n
            if least <= total <= 220:
                windows.append((first, last, total))
            if total > 220:
                break
    return windows


def pick(ground_truth, out_dir, used_glob=None, seed=20261204, count=48):
    write_sources(pick_benchmark_windows(ground_truth, used_glob, seed, count), out_dir)


def loose_paragraphs(paragraphs):
    """The paragraphs of 8 words or more: captions, bylines and "Read more" lines dropped."""
    return [p for p in paragraphs if len(p.split()) >= 8]


def pick_benchmark_windows(ground_truth, used_glob, seed, count, least=110, loose=False):
    articles = json.load(open(ground_truth, encoding="utf-8"))
    keys = sorted(key for key in articles if key not in used_keys(used_glob))
    rng = random.Random(seed)
    rng.shuffle(keys)
    picked = []
    for key in keys:
        paragraphs = paragraphs_of(articles[key])
        paragraphs = loose_paragraphs(paragraphs) if loose else paragraphs
        windows = windows_of(paragraphs, least, loose)
        if not windows:
            continue
        first, last, total = rng.choice(windows)
        text = "\n\n".join(paragraphs[first:last + 1])
        if not mostly_ascii(text):
            continue
        picked.append({"key": key, "url": articles[key]["url"], "words": total, "text": text})
        if len(picked) == count:
            break
    return picked


GERMAN_WORDS = set("der die das und ist nicht mit von den dem ein eine auch sich auf für zu im des".split())


def mostly_german(text):
    words = [w for w in "".join(c if c.isalpha() else " " for c in text.lower()).split()]
    return bool(words) and sum(w in GERMAN_WORDS for w in words) / len(words) > 0.12


ENGLISH_WORDS = set("the and of to in is that for it with was on as by at from his her they this be are".split())


def mostly_english(text):
    words = [w for w in "".join(c if c.isalpha() else " " for c in text.lower()).split()]
    return bool(words) and sum(w in ENGLISH_WORDS for w in words) / len(words) > 0.15 and mostly_ascii(text)


def pick_german(extracted_jsonl, out_dir, used_glob=None, seed=20261207, count=12, writers="AB",
                language=mostly_german):
    """Windows of German (or, given `language`, other) pages' bodies as `doppel extract --format json` reads them,
    picked as `pick` picks."""
    write_sources(pick_windows(extracted_jsonl, used_glob, seed, count, language), out_dir, writers=writers)


def pick_windows(extracted_jsonl, used_glob, seed, count, language, least=110, loose=False):
    pages = [json.loads(line) for line in open(extracted_jsonl, encoding="utf-8") if line.strip()]
    pages.sort(key=lambda page: page["url"] or page["path"])
    random.Random(seed).shuffle(pages)
    used = used_keys(used_glob)
    picked = []
    for page in pages:
        key = page["url"] or os.path.basename(page["path"])  # a page without a URL by its file name, not random
        if not language(page["body"] or "") or key in used:
            continue
        used.add(key)  # two pages of one URL give one source
        paragraphs = [p.strip() for p in page["body"].split("\n") if p.strip()]
        paragraphs = loose_paragraphs(paragraphs) if loose else paragraphs
        windows = windows_of(paragraphs, least, loose)
        if not windows:
            continue
        first, last, total = random.Random(key).choice(windows)
        picked.append({"key": key, "url": page["url"], "words": total,
                       "text": "\n\n".join(paragraphs[first:last + 1])})
        if len(picked) == count:
            break
    return picked


def pick_condense2(extracted_jsonl, used_glob, out_dir):
    """12 German and 12 English windows, picked as `pick_german` picks, the two languages interleaved."""
    german = pick_windows(extracted_jsonl, used_glob, 20261216, 12, mostly_german)
    english = pick_windows(extracted_jsonl, used_glob, 20261216, 12, mostly_english)
    write_sources([source for pair in zip(german, english) for source in pair], out_dir)


def pick_easy(extracted_jsonl, ground_truth, used_glob, out_dir):
    """18 German windows of extraction-meta pages, picked as `pick_german` picks, and the 6 English windows left: no
    English page left has a window of whole long paragraphs, so they are loose ones (`windows_of`), extraction-meta's
    then the scrapinghub benchmark's, as `pick_restyle` takes them. One writer."""
    seed = 20261219
    german = pick_windows(extracted_jsonl, used_glob, seed, 18, mostly_german)
    english = pick_windows(extracted_jsonl, used_glob, seed, 6, mostly_english, loose=True)
    english += [source for source in pick_benchmark_windows(ground_truth, used_glob, seed, 12, loose=True)
                if mostly_english(source["text"])][:6 - len(english)]
    picked = [source for trio in zip(german[0::3], german[1::3], german[2::3]) for source in trio]
    for n, source in enumerate(english):  # one English source after every three German ones
        picked.insert(4 * n + 3, source)
    write_sources(picked, out_dir, writers="A")


def pick_easy2(extracted_jsonl, ground_truth, used_glob, out_dir):
    """9 German windows of extraction-meta pages, picked as `pick_german` picks, and 3 loose English windows of the
    scrapinghub benchmark's articles (extraction-meta has no English page left), one after every three German ones. One
    writer."""
    seed = 20261221
    german = pick_windows(extracted_jsonl, used_glob, seed, 9, mostly_german)
    english = [source for source in pick_benchmark_windows(ground_truth, used_glob, seed, 12, loose=True)
               if mostly_english(source["text"])][:3]
    picked = [source for trio in zip(german[0::3], german[1::3], german[2::3]) for source in trio]
    for n, source in enumerate(english):
        picked.insert(4 * n + 3, source)
    write_sources(picked, out_dir, writers="A")


def pick_easy3(extracted_jsonl, used_glob, out_dir):
    """8 German windows of extraction-meta pages, picked as `pick_german` picks (no English page of extraction-meta
    is left, and `pick_easy2` found no English window of the scrapinghub benchmark left either). One writer."""
    write_sources(pick_windows(extracted_jsonl, used_glob, 20261223, 8, mostly_german), out_dir, writers="A")


def pick_restyle(extracted_jsonl, ground_truth, used_glob, out_dir):
    """12 German windows of 120-220 words of extraction-meta pages, picked as `pick_german` picks; the English pages
    left (extraction-meta's, then the scrapinghub benchmark's) have no such window of whole long paragraphs, so the
    English windows are loose ones (`windows_of`). German sources-A, English sources-B."""
    german = pick_windows(extracted_jsonl, used_glob, 20261218, 12, mostly_german, least=120)
    english = pick_windows(extracted_jsonl, used_glob, 20261218, 12, mostly_english, least=120, loose=True)
    english += [source for source in pick_benchmark_windows(ground_truth, used_glob, 20261218, 12, 120, True)
                if mostly_english(source["text"])][:12 - len(english)]
    write_sources([source for pair in zip(german, english) for source in pair], out_dir, writers="AB")


def pick_heldout_condense(extracted_jsonl, ground_truth, used_glob, out_dir):
    """12 German windows of extraction-meta pages and 12 English windows, interleaved: the scrapinghub articles left
    give 7 in English, extraction-meta's English pages the rest."""
    german = pick_windows(extracted_jsonl, used_glob, 20261217, 12, mostly_german)
    english = [source for source in pick_benchmark_windows(ground_truth, used_glob, 20261217, 12)
               if mostly_english(source["text"])]  # the benchmark's "English" articles hold two in Indonesian
    english += pick_windows(extracted_jsonl, used_glob, 20261217, 12 - len(english), mostly_english)
    write_sources([source for pair in zip(german, english) for source in pair], out_dir)


def pick_german_articles(extracted_jsonl, used_glob, out_dir):
    """Whole German bodies of 300-650 words, as `doppel extract --format json` reads them."""
    pages = [json.loads(line) for line in open(extracted_jsonl, encoding="utf-8") if line.strip()]
    pages.sort(key=lambda page: page["url"] or page["path"])
    random.Random(20261211).shuffle(pages)
    used = used_keys(used_glob)
    picked = []
    for page in pages:
        if not mostly_german(page["body"] or "") or page["url"] in used:
            continue
        paragraphs = [p.strip() for p in page["body"].split("\n") if len(p.split()) >= 8]
        words = sum(len(p.split()) for p in paragraphs)
        if 300 <= words <= 650:
            picked.append({"key": page["url"], "url": page["url"], "words": words, "text": "\n\n".join(paragraphs)})
        if len(picked) == 12:
            break
    write_sources(picked, out_dir, writers="AB")


def used_keys(used_glob):
    if used_glob is None:
        return set()
    # sources written for a set (data/manner-rewrites) have no key: no benchmark article to collide with
    return {json.loads(line).get("key") for path in glob.glob(used_glob) for line in open(path, encoding="utf-8")
            if line.strip()} - {None}


def pick_articles(ground_truth, used_glob, out_dir):
    articles = json.load(open(ground_truth, encoding="utf-8"))
    keys = sorted(key for key in articles if key not in used_keys(used_glob))
    random.Random(20261205).shuffle(keys)
    picked = []
    for key in keys:
        text = "\n\n".join(paragraphs_of(articles[key]))
        words = len(text.split())
        if 300 <= words <= 700 and mostly_ascii(text):
            picked.append({"key": key, "url": articles[key]["url"], "words": words, "text": text})
        if len(picked) == 18:
            break
    write_sources(picked, out_dir)


def write_sources(picked, out_dir, writers="ABC"):
    """Numbers the sources and deals them to the writers in turn, one file each."""
    for n, source in enumerate(picked):
        source["source"] = "src%02d" % n
    os.makedirs(out_dir, exist_ok=True)
    for offset, name in enumerate(writers):
        with open(f"{out_dir}/sources-{name}.jsonl", "w", encoding="utf-8") as out:
            for source in picked[offset::len(writers)]:
                out.write(json.dumps(source, ensure_ascii=False) + "\n")


def build(sources_glob, written_glob, data_dir, kinds=KINDS, prefix="m"):
    sources = {}
    for path in sorted(glob.glob(sources_glob)):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                source = json.loads(line)
                # a writer's file may name a source by its key alone ("invented:z00" is source "z00")
                sources[source.get("source") or source["key"].split(":")[-1]] = source
    written = {}
    for path in sorted(glob.glob(written_glob)):
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if line.strip():
                text = json.loads(line)
                if text["source"] not in sources or text["kind"] not in kinds + ("independent",):
                    sys.exit(f"{path}:{number}: unknown source or kind")
                written[(text["source"], text["kind"])] = text["text"].strip()
    names = sorted(sources)
    caseless = set(random.Random(1204).sample(names, len(names) // 3))
    texts = []  # (name, role, text)
    for name in names:
        original = sources[name]["text"]
        texts.append((name, "source", original.lower() if name in caseless else original))
        for kind in kinds + ("independent",):
            if (name, kind) in written:
                texts.append((name, kind, written[(name, kind)]))
    by_source = write_corpus(data_dir, prefix, texts)
    groups, truth = {}, []
    for name in names:
        original = by_source[(name, "source")]
        group = "g-" + original
        groups[original] = group
        rewrites = [(kind, by_source[(name, kind)]) for kind in kinds if (name, kind) in by_source]
        for kind, doc_id in rewrites:
            groups[doc_id] = group
            truth.append({"a": original, "b": doc_id, "relation": "paraphrase", "category": "model:" + kind,
                          "source": original})
        for i in range(len(rewrites)):
            for j in range(i + 1, len(rewrites)):
                truth.append({"a": rewrites[i][1], "b": rewrites[j][1], "relation": "paraphrase",
                              "category": "sibling", "source": None, "sibling": True})
        if (name, "independent") in by_source:
            independent = by_source[(name, "independent")]
            groups[independent] = "g-" + independent
    write_groups_and_truth(data_dir, groups, truth)
    print(f"{len(texts)} documents, {len(names)} sources, {sum(1 for p in truth if p['category'] != 'sibling')} "
          f"source-rewrite pairs, {sum(1 for n in names if (n, 'independent') in by_source)} independent texts")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "pick":
        pick(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-heldout":
        pick(sys.argv[2], sys.argv[4], used_glob=sys.argv[3], seed=20261206, count=24)
    elif len(sys.argv) == 5 and sys.argv[1] == "build-heldout":
        build(sys.argv[2], sys.argv[3], sys.argv[4], prefix="h")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-heldout2":
        pick(sys.argv[2], sys.argv[4], used_glob=sys.argv[3], seed=20261209, count=24)
    elif len(sys.argv) == 5 and sys.argv[1] == "build-heldout2":
        build(sys.argv[2], sys.argv[3], sys.argv[4], prefix="k")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-simplify":
        pick(sys.argv[2], sys.argv[4], used_glob=sys.argv[3], seed=20261210, count=24)
    elif len(sys.argv) == 5 and sys.argv[1] == "build-simplify":
        build(sys.argv[2], sys.argv[3], sys.argv[4], SIMPLIFY_KINDS, "s")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-german-articles":
        pick_german_articles(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-german-articles":
        build(sys.argv[2], sys.argv[3], sys.argv[4], ARTICLE_KINDS, "l")
    elif len(sys.argv) == 4 and sys.argv[1] == "pick-german":
        pick_german(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-german-dev":
        pick_german(sys.argv[2], sys.argv[4], used_glob=sys.argv[3], seed=20261208, count=24, writers="ABC")
    elif len(sys.argv) == 5 and sys.argv[1] == "build-german-dev":
        build(sys.argv[2], sys.argv[3], sys.argv[4], prefix="g")
    elif len(sys.argv) == 5 and sys.argv[1] == "build-german":
        build(sys.argv[2], sys.argv[3], sys.argv[4], prefix="d")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-dev2":
        pick_german(sys.argv[2], sys.argv[4], used_glob=sys.argv[3], seed=20261213, count=24, writers="ABC",
                    language=mostly_english)
    elif len(sys.argv) == 5 and sys.argv[1] == "build-dev2":
        build(sys.argv[2], sys.argv[3], sys.argv[4], prefix="q")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-condense2":
        pick_condense2(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-condense2":
        build(sys.argv[2], sys.argv[3], sys.argv[4], CONDENSE2_KINDS, "e")
    elif len(sys.argv) == 6 and sys.argv[1] == "pick-easy":
        pick_easy(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY_KINDS, "y")
    elif len(sys.argv) == 6 and sys.argv[1] == "pick-easy2":
        pick_easy2(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy2":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY_KINDS, "z")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-easy3":
        pick_easy3(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy3":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY3_KINDS, "w")
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy4":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY3_KINDS, "u")
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy5":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY3_KINDS, "v")
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy6":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY3_KINDS, "b")
    elif len(sys.argv) == 5 and sys.argv[1] == "build-easy7":
        build(sys.argv[2], sys.argv[3], sys.argv[4], EASY3_KINDS, "c")
    elif len(sys.argv) == 6 and sys.argv[1] == "pick-restyle":
        pick_restyle(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-restyle":
        build(sys.argv[2], sys.argv[3], sys.argv[4], RESTYLE_KINDS, "t")
    elif len(sys.argv) == 6 and sys.argv[1] == "pick-heldout-condense":
        pick_heldout_condense(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-heldout-condense":
        build(sys.argv[2], sys.argv[3], sys.argv[4], CONDENSE2_KINDS, "x")
    elif len(sys.argv) == 5 and sys.argv[1] == "pick-articles":
        pick_articles(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "build-articles":
        build(sys.argv[2], sys.argv[3], sys.argv[4], ARTICLE_KINDS, "a")
    else:
        sys.exit(__doc__)
