#!/usr/bin/env python3
"""Inputs for the twenty-first tour (feat-audit21): a fact-checker tracing a claim, a researcher tracing how stories spread.

Everything is invented: a reservoir, its engineer, the villages and the sites are made up; filler text is drawn from
made-up syllables. Writes under OUT:
  corpus/pages/*.html        saved pages (dates in <meta>, in the text only, or none)
  corpus/crawl.warc.gz       a crawl (WARC-Date the fetch time; some pages carry their own date, some none)
  corpus/feed.jsonl          a feed export (dates with a zone, without one, a day alone, none, a wrong one)
  claim.txt                  the sentence the fact-checker holds
  truth.tsv                  id, form of the claim (origin | verbatim | rounded | quote-only | german | ...), true date
  stories.tsv                story, id, parent id, day: the researcher's five stories spreading over days
Usage: inputs.py OUT
"""
import gzip, io, itertools, json, os, random, sys

out = sys.argv[1]
rng = random.Random(21)
# filler words: made up from onsets and rimes no language here spells so, with a few function words among them
MADE_UP = ["".join(parts) for parts in itertools.product(["br", "d", "f", "gl", "k", "m", "pr", "s", "t", "v"],
                                                         ["a", "e", "o", "u"], ["ll", "n", "rk", "sk", "th", "x"], ["", "en", "ow"])]
FUNCTION_WORDS = "the of and to in a is that for on with as was by at from".split()
SITES = ["quarnby-herald", "ostvale-times", "brindle-post", "camberfold-news", "hollin-gazette", "tessmoor-online"]


def sentence(r):
    words = [r.choice(MADE_UP) if r.random() < 0.65 else r.choice(FUNCTION_WORDS) for _ in range(r.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def filler(r, k=None):
    """k paragraphs (4 to 7 when not given) of 2 to 5 made-up sentences each."""
    return [" ".join(sentence(r) for _ in range(r.randint(2, 5))) for _ in range(k or r.randint(4, 7))]


ORIGIN = [
    "The Harlow Vale reservoir has lost 37.4 percent of its stored water since May, the regional water board said on "
    "Thursday, leaving the basin at its lowest level since records began in 1986.",
    "Engineer Mira Toller, who has measured the reservoir for the board since 2009, said: \"We have never seen the water "
    "this low in forty years of records, and the autumn rains will not be enough to refill it before spring.\"",
    "The board said it would ask households in the eleven villages around the lake to cut their use by a fifth from "
    "next Monday, and that a ban on filling garden pools would follow if the level fell below thirty percent of capacity.",
    "Farmers on the eastern shore said their wells had started to run dry in July. Anneke Dorsal, who keeps two hundred "
    "sheep near Corley Bridge, said she had been buying water by the tanker since the second week of the month.",
    "The board's last report, published in March, had forecast a loss of no more than fifteen percent over the summer. "
    "It blamed the gap on the driest June in the valley's records and on a leak in the northern supply main, which has "
    "since been repaired.",
    "A public meeting on the restrictions will be held at the Corley Bridge community hall on 21 August.",
]
GERMAN = [
    "Der Stausee von Harlow Vale hat seit Mai 37,4 Prozent seines gespeicherten Wassers verloren, teilte die regionale "
    "Wasserbehörde am Donnerstag mit. Damit liegt der Pegel so tief wie nie seit Beginn der Aufzeichnungen im Jahr 1986.",
    "Die Ingenieurin Mira Toller, die den Stausee seit 2009 für die Behörde vermisst, sagte: „So niedrig haben wir das "
    "Wasser in vierzig Jahren Aufzeichnungen noch nie gesehen, und der Herbstregen wird nicht reichen, um ihn vor dem "
    "Frühjahr wieder zu füllen.“",
    "Die Behörde will die Haushalte in den elf Dörfern rund um den See bitten, ihren Verbrauch ab kommendem Montag um ein "
    "Fünftel zu senken. Sinkt der Pegel unter dreißig Prozent, soll das Befüllen von Gartenpools verboten werden.",
    "Landwirte am Ostufer berichteten, ihre Brunnen seien im Juli trocken gefallen. Anneke Dorsal, die bei Corley Bridge "
    "zweihundert Schafe hält, kauft nach eigenen Angaben seit der zweiten Juliwoche Wasser vom Tankwagen.",
    "Der letzte Bericht der Behörde vom März hatte für den Sommer einen Verlust von höchstens fünfzehn Prozent "
    "vorhergesagt. Sie führt die Lücke auf den trockensten Juni seit Beginn der Messungen und ein Leck in der nördlichen "
    "Hauptleitung zurück, das inzwischen repariert ist.",
    "Eine öffentliche Versammlung zu den Einschränkungen findet am 21. August im Gemeindesaal von Corley Bridge statt.",
]
CLAIM = ("The Harlow Vale reservoir has lost 37.4 percent of its stored water since May, the regional water board said on "
         "Thursday.")


def rounded(paras):
    p = list(paras)
    p[0] = p[0].replace("has lost 37.4 percent of its stored water", "has lost nearly 40 percent of its water")
    p[1] = ("Engineer Mira Toller said: \"We have never seen the water this low.\"")
    return p


def html(title, paras, meta="", lang="en", dateline=""):
    body = "".join(f"<p>{x}</p>" for x in paras)
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>{meta}</head><body>"
            f"<nav>Home | Region | Weather</nav><article><h1>{title}</h1>{dateline}{body}</article>"
            f"<footer>© made-up site</footer></body></html>")


def published(when):
    return f"<meta property=\"article:published_time\" content=\"{when}\">"


def warc(uri, page, fetched):
    raw = page.encode()
    payload = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(raw)).encode() + raw
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"
            "WARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n"
            "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n") % (uri, fetched, rng.randrange(10**8), len(payload))
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")


os.makedirs(f"{out}/corpus/pages", exist_ok=True)
pages, crawl, feed, truth, stories = {}, io.BytesIO(), [], [], []
TITLE = "Harlow Vale reservoir at lowest level in forty years"

# --- the claim's pages -----------------------------------------------------------------------------------------
# the origin: a saved page, published 09:00 in its publisher's zone (07:00 UTC)
pages["tessmoor-harlow-vale"] = html(TITLE, ORIGIN, published("2026-08-13T09:00:00+02:00"))
truth.append(("tessmoor-harlow-vale", "origin", "2026-08-13T07:00Z"))
# verbatim, the same morning, a UTC time later than the origin's instant but earlier as written (08:30 < 09:00)
feed.append({"id": "brindle-post/reservoir", "url": "https://brindle-post.example/reservoir", "site": "brindle-post.example",
             "date": "2026-08-13T08:30:00Z", "title": TITLE, "text": "\n\n".join(ORIGIN)})
truth.append(("brindle-post/reservoir", "verbatim", "2026-08-13T08:30Z"))
# verbatim, a time with no zone at all (a feed that drops it), 08:45 as written
feed.append({"id": "quarnby-herald/reservoir", "url": "https://quarnby-herald.example/reservoir", "site": "quarnby-herald.example",
             "date": "2026-08-13 08:45", "title": TITLE, "text": "\n\n".join(ORIGIN)})
truth.append(("quarnby-herald/reservoir", "verbatim", "2026-08-13 08:45 (zone unknown; really 10:45+02:00)"))
# rounded figure and shortened quote, the next day, a day alone
feed.append({"id": "camberfold-news/water-board", "url": "https://camberfold-news.example/water-board", "site": "camberfold-news.example",
             "date": "2026-08-14", "title": "Reservoir down by nearly 40 percent", "text": "\n\n".join(rounded(ORIGIN))})
truth.append(("camberfold-news/water-board", "rounded", "2026-08-14"))
# a copy of the rounded copy, two days later (copy of a copy)
feed.append({"id": "hollin-gazette/drought", "url": "https://hollin-gazette.example/drought", "site": "hollin-gazette.example",
             "date": "2026-08-16T12:00:00+01:00", "title": "Drought: reservoir nearly 40 percent down",
             "text": "\n\n".join(rounded(ORIGIN)[:4] + filler(rng, 2))})
truth.append(("hollin-gazette/drought", "rounded, copied from camberfold-news", "2026-08-16T11:00Z"))
# the shortened quote alone in a column of other text
feed.append({"id": "ostvale-times/column", "url": "https://ostvale-times.example/column", "site": "ostvale-times.example",
             "date": "2026-08-18", "title": "Letters from the valley",
             "text": "\n\n".join(filler(rng, 3) + [rounded(ORIGIN)[1] + " " + ORIGIN[2]] + filler(rng, 3))})
truth.append(("ostvale-times/column", "quote-only (shortened)", "2026-08-18"))
# the German translation, a saved page dated in its text only
pages["rundschau-stausee"] = html("Stausee Harlow Vale so leer wie seit vierzig Jahren nicht", GERMAN, lang="de",
                                  dateline="<p class=\"dateline\">14. August 2026, 10:15 Uhr</p>")
truth.append(("rundschau-stausee", "german", "2026-08-14T10:15 (text only)"))
# a verbatim copy whose page says it was published in December: a typo for August; crawled on 13 August
crawl.write(warc("https://pellmoor-daily.example/reservoir", html(TITLE, ORIGIN, published("2026-12-13T10:00:00Z")),
                 "2026-08-13T16:00:00Z"))
truth.append(("crawl.warc.gz/https://pellmoor-daily.example/reservoir", "verbatim (page dated 2026-12-13, after its crawl)", "before 2026-08-13T16:00Z"))
# the same claim on a page that says nothing of its date: dated by its crawl
crawl.write(warc("https://fenmarsh-echo.example/reservoir", html(TITLE, ORIGIN[:3] + filler(rng, 2)), "2026-08-15T06:00:00Z"))
truth.append(("crawl.warc.gz/https://fenmarsh-echo.example/reservoir", "verbatim, first three paragraphs (undated)", "before 2026-08-15T06:00Z"))
# a backdated copy: its feed date is a year early (a typo), the text says "Thursday", 2026 in the copy
feed.append({"id": "lornby-weekly/reservoir", "url": "https://lornby-weekly.example/reservoir", "site": "lornby-weekly.example",
             "date": "2025-08-14", "title": TITLE, "text": "\n\n".join(ORIGIN[:2] + filler(rng, 3))})
truth.append(("lornby-weekly/reservoir", "verbatim, two paragraphs (feed date a year early)", "2026-08-14"))

# --- five stories spreading over days: the researcher's ----------------------------------------------------------
for s in range(5):
    base = filler(rng, 6)
    origin_id = f"story{s}/origin"
    pages[origin_id.replace("/", "-")] = html(f"Story {s} " + rng.choice(MADE_UP), base, published(f"2026-09-{1 + s:02d}T06:00:00Z"))
    stories.append((s, origin_id.replace("/", "-"), "", f"2026-09-{1 + s:02d}"))
    previous = origin_id.replace("/", "-")
    text = base
    for hop in range(1, 5):
        site = SITES[(s + hop) % len(SITES)]
        if hop == 2:  # a near-duplicate of the previous hop: a sentence added
            text = [text[0] + " " + sentence(rng)] + text[1:]
        if hop == 4:  # one paragraph taken into a page of its own
            body = filler(rng, 3) + [text[3]] + filler(rng, 2)
        else:
            body = text
        rid = f"{site}/story{s}-hop{hop}"
        feed.append({"id": rid, "url": f"https://{site}.example/story{s}-hop{hop}", "site": f"{site}.example",
                     "date": f"2026-09-{1 + s + hop:02d}T{8 + hop:02d}:00:00Z", "title": f"Story {s} hop {hop}",
                     "text": "\n\n".join(body)})
        stories.append((s, rid, previous, f"2026-09-{1 + s + hop:02d}"))
        previous = rid

# --- filler: 420 unrelated pages in the three formats ----------------------------------------------------------------
for k in range(420):
    site = SITES[k % len(SITES)]
    body = filler(rng)
    if k % 3 == 0:
        pages[f"{site}-item-{k:03d}"] = html(sentence(rng)[:50], body, published(f"2026-{8 + k % 3:02d}-{1 + k % 28:02d}T10:00:00Z") if k % 2 else "")
    elif k % 3 == 1:
        crawl.write(warc(f"https://{site}.example/item/{k}", html(sentence(rng)[:50], body), f"2026-08-{1 + k % 28:02d}T12:00:00Z"))
    else:
        rec = {"id": f"{site}/item-{k:03d}", "url": f"https://{site}.example/item/{k}", "site": f"{site}.example",
               "title": sentence(rng)[:50], "text": "\n\n".join(body)}
        if k % 4:
            rec["date"] = f"2026-08-{1 + k % 28:02d}"
        feed.append(rec)

for name, page in pages.items():
    with open(f"{out}/corpus/pages/{name}.html", "w", encoding="utf-8") as f:
        f.write(page)
with open(f"{out}/corpus/crawl.warc.gz", "wb") as f:
    f.write(crawl.getvalue())
with open(f"{out}/corpus/feed.jsonl", "w", encoding="utf-8") as f:
    for rec in feed:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(f"{out}/claim.txt", "w", encoding="utf-8") as f:
    f.write(CLAIM + "\n")
with open(f"{out}/truth.tsv", "w", encoding="utf-8") as f:
    f.writelines("\t".join(row) + "\n" for row in truth)
with open(f"{out}/stories.tsv", "w", encoding="utf-8") as f:
    f.writelines("\t".join(map(str, row)) + "\n" for row in stories)
print(f"wrote {out}: {len(pages)} pages, a crawl, {len(feed)} feed records", file=sys.stderr)
