#!/usr/bin/env python3
"""Inputs of the sixteenth tour (docs/quality.md, "A sixteenth tour"), written under OUT (default /tmp/a16t). All
content is invented (made-up towns, people, sites and numbers; sentences assembled from word lists).

  crawl/week-NN.warc.gz   a researcher's crawl over six weeks (October to November 2026), one gzip member a record:
                          40 stories first published by 8 invented sites (each site's own time zone: +09:00, -05:00,
                          UTC, or none stated), their verbatim copies under other sites' headers, hand-style rewrites
                          (every sentence reworded, the facts kept), a paragraph pasted into another site's article,
                          one agency story reposted by 150 sites (several within one minute, a few with no date, one
                          dated in 2031), pages whose title and text carry markup and control characters, and the
                          records a crawler also keeps (a request, a 404 page, a redirect, a picture)
  truth.tsv               copy, source, kind (exact | rewrite | partial | repost) of every planted copy
Usage: bin/audit16-tour/inputs.py [OUT]
"""
import gzip, io, os, random, sys
from datetime import datetime, timedelta, timezone

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/a16t"
random.seed(16)

SITES = [("harbourlight.example", "Harbour Light", "+09:00"), ("quillford-courier.example", "Quillford Courier", "-05:00"),
         ("valemarsh-post.example", "Valemarsh Post", "Z"), ("tessick-daily.example", "Tessick Daily", None),
         ("orrin-gazette.example", "Orrin Gazette", "+09:00"), ("pell-review.example", "Pell Review", "-05:00"),
         ("dunmere-times.example", "Dunmere Times", "Z"), ("brask-ledger.example", "Brask Ledger", None)]
TOWNS = ["Quarvel", "Ossington Vale", "Marrowby", "Lintforth", "Caddewick", "Pellshaw", "Tormund Cross", "Vessary",
         "Holloway Fen", "Brindlecombe", "Ashcarrow", "Wendlemoor"]
FIRST = ["Ilsa", "Teodor", "Marit", "Casimir", "Oona", "Radek", "Sunniva", "Lorcan", "Ysolde", "Bertil", "Anouk", "Fennick"]
LAST = ["Varrow", "Quenby", "Halloran", "Strick", "Amberlee", "Duskin", "Morrow", "Pettifer", "Carrage", "Ellwood",
        "Tamsin", "Bracegirdle"]
NOUNS = ("footbridge barrier library bus granary path roof pumps quay lighthouse tram depot orchard kiln mill sluice "
         "ferry slipway clinic bakery foundry cannery jetty viaduct culvert lock weir hostel stables abattoir brewery "
         "tannery wharf signal turbine pylon greenhouse allotment apiary boathouse chapel dovecote forge pavilion "
         "bandstand lido observatory orangery pumphouse quarry ropewalk saltworks smokehouse tollhouse windmill "
         "creamery dairy hatchery nursery vineyard hopyard sawmill pottery glassworks cooperage chandlery").split()
ADJ = [("flooded", "waterlogged"), ("derelict", "abandoned"), ("listed", "protected"), ("crumbling", "decaying"),
       ("refitted", "modernised"), ("shuttered", "boarded-up"), ("temporary", "makeshift"), ("disputed", "contested"),
       ("unfinished", "half-built"), ("historic", "centuries-old"), ("neglected", "run-down"), ("rebuilt", "reconstructed")]
VERBS = [("flooded", "was under water"), ("closed", "shut"), ("reopened", "opened again"), ("collapsed", "fell down"),
         ("was sold", "changed hands"), ("was repainted", "got fresh paint"), ("was inspected", "underwent checks"),
         ("lost power", "went without electricity"), ("was vandalised", "was damaged by vandals"), ("was extended", "was enlarged"),
         ("caught fire", "went up in flames"), ("was evacuated", "was cleared of people"), ("was insured", "got cover"),
         ("was fenced off", "was sealed behind fencing"), ("was surveyed", "was measured up"), ("was demolished", "was knocked down")]
GROUPS = [("neighbours", "nearby residents"), ("fishermen", "people who fish"), ("teachers", "school staff"),
          ("shopkeepers", "traders"), ("cyclists", "riders"), ("parents", "mothers and fathers"), ("farmers", "growers"),
          ("pensioners", "older residents"), ("students", "pupils"), ("commuters", "daily travellers"), ("nurses", "clinic staff"),
          ("drivers", "motorists"), ("walkers", "ramblers"), ("builders", "contractors"), ("anglers", "rod fishers")]
# (original, rewrite) wordings: a rewrite keeps the facts (names, numbers, things) and rewords the rest
TEMPLATES = [
    ("{who}, {role}, said the {adj} {n1} at {town} {verb} {count} times since {month}.",
     "Since {month}, {town}'s {adj2} {n1} {verb2} {count} times, according to {who}."),
    ("Beside the {n2}, the {n1} {verb} after {count} {group} objected.",
     "{count} {group2} objected, and the {n1} next to the {n2} {verb2}."),
    ("{who} expects the {n2} to need {amount} once the {n1} {verb}.",
     "When the {n1} {verb2}, the {n2} will need {amount}, in the view of {who}."),
    ("Only {count} {group} turned up when the {adj} {n2} {verb} on {month} {day}.",
     "On {month} {day} the {adj2} {n2} {verb2}, watched by just {count} {group2}."),
    ("The {org} paid {amount} after the {n1} near {town2} {verb}.",
     "After the {n1} close to {town2} {verb2}, the {org} handed over {amount}."),
    ("{group} in {town} want the {n2} kept, {who} told the {org}.",
     "{who} told the {org} that {group2} living in {town} hope to keep the {n2}."),
]
ROLES = ["the harbour master", "the finance lead", "the head teacher", "a water board spokesperson", "the ferry director",
         "the county surveyor", "the parish clerk", "the museum keeper"]
ORGS = ["Millbrook Trust", "Saltmarsh Board", "Riverside Guild", "Heathfield Society", "Copperline Council", "Eastmoor Fund"]
MONTHS = ["January", "February", "March", "April", "May", "June"]


def person():
    return f"{random.choice(FIRST)} {random.choice(LAST)}"


def story_sentences():
    """A story as a list of (original, rewrite) sentence pairs sharing their facts."""
    town = random.choice(TOWNS)
    nouns = random.sample(NOUNS, 5)
    cast = [person() for _ in range(3)]
    pairs = []
    for _ in range(random.randint(7, 9)):
        t = random.choice(TEMPLATES)
        n1, n2 = random.sample(nouns, 2)
        adj, verb, group = random.choice(ADJ), random.choice(VERBS), random.choice(GROUPS)
        values = dict(who=random.choice(cast), role=random.choice(ROLES), town=town, town2=random.choice(TOWNS), n1=n1, n2=n2,
                      adj=adj[0], adj2=adj[1], verb=verb[0], verb2=verb[1], group=group[0], group2=group[1],
                      amount=f"{random.randint(2, 950)},{random.randint(100, 999)} pounds", count=random.randint(12, 480),
                      org=random.choice(ORGS), month=random.choice(MONTHS), day=random.randint(1, 28))
        o, r = t[0].format(**values), t[1].format(**values)
        pairs.append((o[0].upper() + o[1:], r[0].upper() + r[1:]))
    return town, pairs


def paragraphs(sentences, per=3):
    return ["" .join(" ".join(sentences[i:i + per])) for i in range(0, len(sentences), per)]


def stamp(moment, zone):
    """The page's published time as its site writes it: with its offset, or without one (as written)."""
    if zone is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    if zone == "Z":
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    sign = 1 if zone[0] == "+" else -1
    offset = timezone(sign * timedelta(hours=int(zone[1:3])))
    return moment.astimezone(offset).isoformat(timespec="seconds")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def page(site, title, paras, published=None, credit=None, header=True):
    name = site[1]
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    head = f'<header><nav><a href="/">{esc(name)}</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></nav></header>' if header else ""
    note = f"<p>Copied from {esc(credit)}</p>" if credit else ""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {esc(name)}</title>'
            f'<meta property="og:site_name" content="{esc(name)}">{meta}</head><body>{head}<article><h1>{esc(title)}</h1>'
            f'{body}{note}</article><footer>&copy; 2026 {esc(name)}. All rights reserved.</footer></body></html>')


records = []  # (crawl time, uri, status, content type, body bytes)
truth = []
start = datetime(2026, 10, 1, 6, 0, tzinfo=timezone.utc)
stories = []
for s in range(40):
    site = SITES[s % len(SITES)]
    town, sentence_pairs = story_sentences()
    title = f"{town}: {sentence_pairs[0][0].split(' ')[0]} and the {['budget', 'repairs', 'delay', 'funding', 'plan'][s % 5]} ({s + 1})"
    published = start + timedelta(days=random.randint(0, 38), minutes=random.randint(0, 1439))
    uri = f"https://{site[0]}/news/story-{s + 1:02d}"
    original = [p for p, _ in sentence_pairs]
    stories.append((site, title, original, [r for _, r in sentence_pairs], published, uri))
    records.append((published + timedelta(hours=2), uri, 200, "text/html; charset=utf-8",
                    page(site, title, paragraphs(original), stamp(published, site[2]))))

for s, (site, title, original, rewrite, published, uri) in enumerate(stories):
    others = [x for x in SITES if x != site]
    for c in range(s % 3):  # verbatim copies under another site's header, later
        other = others[(s + c) % len(others)]
        when = published + timedelta(hours=3 + 7 * c, minutes=random.randint(0, 59))
        cu = f"https://{other[0]}/wire/{s + 1:02d}-{c}"
        dated = None if (s + c) % 7 == 3 else stamp(when, other[2])  # some copies give no date: the crawl dates them
        records.append((when + timedelta(hours=5), cu, 200, "text/html; charset=utf-8",
                        page(other, title, paragraphs(original), dated, credit=site[1] if c == 1 else None)))
        truth.append((cu, uri, "exact"))
    if s % 4 == 1:  # a rewrite: every sentence reworded, facts kept
        other = others[(s + 3) % len(others)]
        when = published + timedelta(days=1, minutes=random.randint(0, 600))
        ru = f"https://{other[0]}/features/{s + 1:02d}-retold"
        records.append((when + timedelta(hours=1), ru, 200, "text/html; charset=utf-8",
                        page(other, "Retold: " + title, paragraphs(rewrite, 2), stamp(when, other[2]))))
        truth.append((ru, uri, "rewrite"))
    if s % 5 == 2:  # one paragraph pasted into another site's own article
        other = others[(s + 5) % len(others)]
        when = published + timedelta(days=2, minutes=random.randint(0, 600))
        pu = f"https://{other[0]}/opinion/{s + 1:02d}-column"
        _, own = story_sentences()
        paras = paragraphs([p for p, _ in own]) + [paragraphs(original)[1]]
        records.append((when + timedelta(hours=1), pu, 200, "text/html; charset=utf-8",
                        page(other, f"Column: what next for the county ({s + 1})", paras, stamp(when, other[2]))))
        truth.append((pu, uri, "partial"))

# One agency story reposted by 150 sites over two days: several within one minute, a few undated, one dated in 2031.
_, agency_pairs = story_sentences()
agency = [p for p, _ in agency_pairs] + [p for p, _ in story_sentences()[1]]
agency_title = "Regional rail timetable to change in spring"
agency_time = datetime(2026, 10, 20, 7, 30, tzinfo=timezone.utc)
agency_uri = "https://kestrel-wire.example/rail-timetable"
records.append((agency_time + timedelta(minutes=40), agency_uri, 200, "text/html; charset=utf-8",
                page(("kestrel-wire.example", "Kestrel Wire", "Z"), agency_title, paragraphs(agency), stamp(agency_time, "Z"))))
for r in range(150):
    host = f"local{r:03d}.example"
    site = (host, f"Local Voice {r:03d}", ["Z", "+09:00", "-05:00"][r % 3])
    when = agency_time + timedelta(minutes=20 + (r // 5) * 17)  # five sites a minute: ties
    when += timedelta(seconds=r % 5 * 11)
    dated = stamp(when, site[2])
    if r % 37 == 5:
        dated = None  # no date: the crawl dates it
    if r == 77:
        dated = "2031-05-04T10:00:00Z"  # a date in the future, a publishing system's mistake
    ru = f"https://{host}/news/rail-timetable"
    records.append((when + timedelta(hours=6), ru, 200, "text/html; charset=utf-8",
                    page(site, agency_title, paragraphs(agency), dated, credit="Kestrel Wire" if r % 2 == 0 else None)))
    truth.append((ru, agency_uri, "repost"))

# Hostile text: markup and control characters in a title and a paragraph, copied by a second page.
hostile_title = 'Pier <script>alert("t")</script> & "rates" \u001b[31m red'
hostile = [p for p, _ in story_sentences()[1]]
hostile[2] = hostile[2] + ' The notice read </script><img src=x onerror=alert(1)> and "&amp;" in full.'
hostile_time = datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc)
records.append((hostile_time, "https://harbourlight.example/news/pier-notice", 200, "text/html; charset=utf-8",
                page(SITES[0], hostile_title, paragraphs(hostile), stamp(hostile_time, "+09:00"))))
records.append((hostile_time + timedelta(days=1), "https://pell-review.example/news/pier-notice?ref=<b>x</b>", 200,
                "text/html; charset=utf-8", page(SITES[5], hostile_title, paragraphs(hostile), stamp(hostile_time + timedelta(hours=20), "-05:00"))))
truth.append(("https://pell-review.example/news/pier-notice?ref=<b>x</b>", "https://harbourlight.example/news/pier-notice", "exact"))

# What a crawler keeps beside the pages.
records.append((start, "https://valemarsh-post.example/missing", 404, "text/html", "<html><body>Not found</body></html>"))
records.append((start, "https://valemarsh-post.example/old", 301, "text/html", ""))
records.append((start, "https://valemarsh-post.example/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)))


def warc_record(crawled, uri, status, ctype, body):
    body = body.encode("utf-8") if isinstance(body, str) else body
    reason = {200: "OK", 404: "Not Found", 301: "Moved Permanently"}[status]
    extra = "Location: https://valemarsh-post.example/new\r\n" if status == 301 else ""
    http = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {len(body)}\r\n\r\n").encode() + body
    rid = "<urn:uuid:%08x-0000-4000-8000-%012x>" % (random.getrandbits(32), random.getrandbits(48))
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: {rid}\r\nWARC-Date: {crawled.strftime('%Y-%m-%dT%H:%M:%SZ')}\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def request_record(crawled, uri):
    http = f"GET / HTTP/1.1\r\nHost: {uri.split('/')[2]}\r\n\r\n".encode()
    head = (f"WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:{random.getrandbits(64):016x}-0000-4000-8000-000000000000>\r\n"
            f"WARC-Date: {crawled.strftime('%Y-%m-%dT%H:%M:%SZ')}\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http;msgtype=request\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


os.makedirs(os.path.join(out, "crawl"), exist_ok=True)
records.sort(key=lambda r: (r[0], r[1]))
weeks = {}
for r in records:
    week = min(6, max(0, (r[0] - start).days // 7))
    weeks.setdefault(week, []).append(r)
for week, rs in sorted(weeks.items()):
    with open(os.path.join(out, "crawl", f"week-{week + 1:02d}.warc.gz"), "wb") as f:
        for r in rs:
            for data in (request_record(r[0], r[1]), warc_record(*r)):
                f.write(gzip.compress(data, mtime=0))
with open(os.path.join(out, "truth.tsv"), "w", encoding="utf-8") as f:
    f.write("copy\tsource\tkind\n")
    for copy, source, kind in truth:
        f.write(f"{copy}\t{source}\t{kind}\n")
print(f"{out}: {sum(1 for r in records if r[2] == 200 and r[3].startswith('text/html'))} pages in {len(weeks)} crawl files, "
      f"{len(truth)} planted copies", file=sys.stderr)
