#!/usr/bin/env python3
"""Inputs for the eighteenth tour (feat-audit18): a publisher's newsroom asking "who copied my articles?" day after day.

Everything is invented: words drawn from a fixed list of made-up syllables, site names made up. Writes under OUT:
  crawl/day-1.jsonl .. day-5.jsonl   what a crawler brought in each day (id = URL, url, site, date, title, text):
                                     other sites' pages, some copying the newsroom's articles (verbatim, with their own
                                     header and a sentence changed, or one paragraph pasted into a column); from day 2
                                     on some addresses are crawled again, the same text (re-crawled) or updated
  own/day-1.jsonl .. day-5.jsonl     the newsroom's own articles of each day, to query (not added to the index)
  truth.tsv                          own article id, copying page id, kind (verbatim | edited | paragraph), day crawled
Usage: inputs.py OUT
"""
import json, os, random, sys

out = sys.argv[1]
rng = random.Random(18)
SYL = ["ka", "lo", "mer", "tan", "vi", "so", "pel", "dra", "qu", "on", "bri", "sta", "fen", "mo", "ru", "ta", "len", "gor", "za", "ith"]
WORDS = sorted({"".join(rng.choice(SYL) for _ in range(rng.randint(1, 3))) for _ in range(4000)})
COMMON = "the of and to in a is that for on with as was by at from it be this are have".split()
SITES = ["quarnby-herald", "ostvale-times", "brindle-post", "camberfold-news", "hollin-gazette", "tessmoor-online"]


def sentence(r):
    n = r.randint(8, 18)
    ws = [r.choice(WORDS) if r.random() < 0.6 else r.choice(COMMON) for _ in range(n)]
    return ws[0].capitalize() + " " + " ".join(ws[1:]) + "."


def paragraphs(r, k=None):
    return [" ".join(sentence(r) for _ in range(r.randint(2, 5))) for _ in range(k or r.randint(4, 8))]


def day(d, hour=9):
    return f"2026-11-{10 + d:02d}T{hour:02d}:00:00Z"


os.makedirs(f"{out}/crawl", exist_ok=True)
os.makedirs(f"{out}/own", exist_ok=True)
crawl = {d: [] for d in range(1, 6)}
own = {d: [] for d in range(1, 6)}
truth = []
pages = {}  # url -> (site, text) as first crawled
n = 0
for d in range(1, 6):
    # the newsroom's 12 articles of the day
    for k in range(12):
        aid = f"pellmoor/2026-11-{10 + d:02d}/story-{k:02d}"
        body = paragraphs(rng)
        own[d].append({"id": aid, "url": f"https://pellmoor-daily.example/{aid}", "site": "pellmoor-daily.example",
                       "date": day(d, 7), "title": f"Story {d}-{k}: {sentence(rng)[:40]}", "text": "\n\n".join(body)})
        # half of them are copied by other sites, the same day or the next (crawled with that day's crawl)
        if k % 2 == 0:
            site = SITES[(d + k) % len(SITES)]
            kind = ["verbatim", "edited", "paragraph"][k // 2 % 3]
            if kind == "verbatim":
                text = "\n\n".join(body)
            elif kind == "edited":
                edited = list(body)
                edited[1] = sentence(rng) + " " + edited[1]
                text = f"{site} | news\n\n" + "\n\n".join(edited)
            else:
                text = "\n\n".join(paragraphs(rng, 3) + [body[2]] + paragraphs(rng, 2))
            crawled = min(5, d + (k // 2) % 2)
            n += 1
            url = f"https://{site}.example/news/{n:04d}"
            crawl[crawled].append({"id": url, "url": url, "site": f"{site}.example", "date": day(d, 11),
                                   "title": sentence(rng)[:50], "text": text})
            truth.append((aid, url, kind, crawled))
    # 40 unrelated pages of other sites a day
    for k in range(40):
        n += 1
        site = rng.choice(SITES)
        url = f"https://{site}.example/news/{n:04d}"
        crawl[d].append({"id": url, "url": url, "site": f"{site}.example", "date": day(d, 10),
                         "title": sentence(rng)[:50], "text": "\n\n".join(paragraphs(rng))})
    for page in crawl[d]:
        pages.setdefault(page["id"], page)
    # from day 2: ten addresses of earlier days crawled again, half unchanged, half updated (a paragraph added)
    if d > 1:
        earlier = sorted(u for u, p in pages.items() if p["date"] < day(d, 0))
        for j, url in enumerate(rng.sample(earlier, 10)):
            page = dict(pages[url])
            if j % 2:
                page["text"] = page["text"] + "\n\n" + "Update: " + " ".join(paragraphs(rng, 1))
            crawl[d].append(page)

for d in range(1, 6):
    with open(f"{out}/crawl/day-{d}.jsonl", "w") as f:
        f.writelines(json.dumps(p) + "\n" for p in crawl[d])
    with open(f"{out}/own/day-{d}.jsonl", "w") as f:
        f.writelines(json.dumps(p) + "\n" for p in own[d])
with open(f"{out}/truth.tsv", "w") as f:
    f.writelines("\t".join(map(str, t)) + "\n" for t in truth)
print(f"{sum(map(len, crawl.values()))} crawled pages, {sum(map(len, own.values()))} own articles, {len(truth)} copies planted")
