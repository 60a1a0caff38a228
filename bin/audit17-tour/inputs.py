#!/usr/bin/env python3
"""Inputs for the seventeenth tour (feat-audit17): a web corpus to deduplicate, as a data engineer meets one.

Everything is invented: words drawn from a fixed list, site names made up. Writes under OUT:
  dump/part-00.jsonl, dump/part-01.jsonl.gz   JSON Lines records (id, url, text), a few thousand
  crawl/crawl-00.warc.gz                       a WARC crawl of HTML pages (one gzip member a record)
  bad/broken.jsonl                             a record cut mid-line, a record without text
  truth.tsv                                    planted sets of copies: set id, member ids (first: the one written first)
Usage: inputs.py OUT [--huge-mb N]
"""
import gzip, io, json, os, random, sys, datetime

out = sys.argv[1]
huge_mb = int(sys.argv[sys.argv.index('--huge-mb') + 1]) if '--huge-mb' in sys.argv else 12
rng = random.Random(17)
SYL = ["ka", "lo", "mer", "tan", "vi", "so", "pel", "dra", "qu", "on", "bri", "sta", "fen", "mo", "ru", "ta", "len", "gor", "za", "ith"]
WORDS = sorted({"".join(rng.choice(SYL) for _ in range(rng.randint(1, 3))) for _ in range(4000)})
COMMON = "the of and to in a is that for on with as was by at from it be this are have".split()

def sentence(r):
    n = r.randint(8, 18)
    ws = [r.choice(WORDS) if r.random() < 0.6 else r.choice(COMMON) for _ in range(n)]
    return ws[0].capitalize() + " " + " ".join(ws[1:]) + "."

def article(r, paragraphs=None):
    paragraphs = paragraphs or r.randint(4, 9)
    return "\n\n".join(" ".join(sentence(r) for _ in range(r.randint(2, 5))) for _ in range(paragraphs))

SITES = ["pellmoor-daily", "quarnby-herald", "ostvale-times", "brindle-post", "camberfold-news", "hollin-gazette"]
def header(site, r):
    return f"{site.replace('-', ' ').title()} | Home | World | Sport | Weather\nSign in to {site} for the morning letter"
def footer(site, r):
    return f"© 2026 {site.replace('-', ' ').title()}. All rights reserved.\nShare this story: Mail | Print"

DE = "Der Gemeinderat von Ostvale hat am Dienstag beschlossen, die alte Fährbrücke über den Fluss bis zum Herbst zu erneuern. Die Arbeiten kosten nach ersten Schätzungen rund vier Millionen Euro."
FR = "Le conseil de Quarnby a voté mardi la rénovation du vieux marché couvert, fermé depuis trois hivers. Les travaux doivent durer dix-huit mois selon la mairie."
ES = "El ayuntamiento de Brindle aprobó el martes un plan para plantar dos mil árboles en los barrios del norte antes de la primavera."

records = []   # (file index, dict or raw bytes)
truth = []
def rec(i, d): records.append((i, d))

n = 0
def nid(prefix="doc"):
    global n; n += 1
    return f"{prefix}-{n:05d}"

# 1. unique documents
for _ in range(1800):
    i = nid(); rec(rng.randint(0, 1), {"id": i, "url": f"https://{rng.choice(SITES)}.example/a/{i}", "text": article(rng)})
# 2. exact copies: 150 sets of 2-5
for s in range(150):
    body = article(rng); ids = []
    for k in range(rng.randint(2, 5)):
        i = nid(); ids.append(i); rec(rng.randint(0, 1), {"id": i, "url": f"https://{SITES[k % 6]}.example/x/{i}", "text": body})
    truth.append(("exact-%03d" % s, ids))
# 3. near-duplicates: the body with each site's own header and footer, a word or two changed
for s in range(150):
    body = article(rng); ids = []
    for k in range(rng.randint(2, 4)):
        site = SITES[(s + k) % 6]
        words = body.split(" ")
        for _ in range(rng.randint(0, 3)):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        i = nid(); ids.append(i)
        rec(rng.randint(0, 1), {"id": i, "url": f"https://{site}.example/n/{i}", "text": header(site, rng) + "\n\n" + " ".join(words) + "\n\n" + footer(site, rng)})
    truth.append(("near-%03d" % s, ids))
# 4. pages that differ only in navigation (a menu line of today's headlines)
for s in range(80):
    body = article(rng); ids = []
    for k in range(3):
        nav = "Most read: " + " | ".join(" ".join(rng.choice(WORDS) for _ in range(3)) for _ in range(4))
        i = nid(); ids.append(i)
        rec(rng.randint(0, 1), {"id": i, "url": f"https://hollin-gazette.example/p/{s}?v={k}", "text": nav + "\n\n" + body})
    truth.append(("nav-%03d" % s, ids))
# 5. empty and tiny pages
for t in ["", "   ", "\n\n", "OK", "Page not found", "Loading…"]:
    rec(0, {"id": nid("tiny"), "text": t})
for _ in range(20):
    rec(1, {"id": nid("tiny"), "text": "Subscribe now"})   # a tiny page many times over
# 6. mixed languages, each with a copy
for s, text in enumerate([DE, FR, ES]):
    a, b = nid("lang"), nid("lang")
    rec(0, {"id": a, "text": text + "\n\n" + text}); rec(1, {"id": b, "text": text + "\n\n" + text})
    truth.append(("lang-%d" % s, [a, b]))
# 7. the same URL twice (a recrawl): once identical, once with a new paragraph added
for s in range(30):
    url = f"https://brindle-post.example/story/{s}"
    body = article(rng); a, b = nid("recrawl"), nid("recrawl")
    rec(0, {"id": a, "url": url, "text": body}); rec(1, {"id": b, "url": url, "text": body + ("\n\n" + sentence(rng) if s % 2 else "")})
    truth.append(("recrawl-%03d" % s, [a, b]))
# 8. invalid UTF-8: a record whose text holds a Latin-1 byte (raw line, not JSON-escaped)
bad_ids = []
for s in range(3):
    i = nid("latin1"); bad_ids.append(i)
    line = ('{"id": "%s", "text": "Caf' % i).encode() + b"\xe9 on the quay " + article(rng, 3).replace("\n", "\\n").encode() + b'"}'
    rec(0, line)
# 9. one huge page (a feed dumped as one record)
hr = random.Random(99)
chunk = article(hr, 40)
huge = (chunk + "\n\n") * max(1, (huge_mb << 20) // (len(chunk) + 2))
rec(1, {"id": "huge-feed", "url": "https://camberfold-news.example/feed", "text": huge})

rng.shuffle(records)
os.makedirs(f"{out}/dump", exist_ok=True)
bufs = [io.BytesIO(), io.BytesIO()]
for i, d in records:
    bufs[i].write((d if isinstance(d, bytes) else json.dumps(d, ensure_ascii=False).encode()) + b"\n")
open(f"{out}/dump/part-00.jsonl", "wb").write(bufs[0].getvalue())
with gzip.open(f"{out}/dump/part-01.jsonl.gz", "wb") as g:
    g.write(bufs[1].getvalue())
with open(f"{out}/truth.tsv", "w") as t:
    for name, ids in truth:
        t.write(name + "\t" + " ".join(ids) + "\n")

# bad input
os.makedirs(f"{out}/bad", exist_ok=True)
with open(f"{out}/bad/broken.jsonl", "wb") as f:
    f.write(json.dumps({"id": "bad-1", "text": article(rng, 2)}).encode() + b"\n")
    f.write(b'{"id": "bad-2", "text": "cut in the mid\n')
    f.write(json.dumps({"id": "bad-3"}).encode() + b"\n")

# the crawl: one gzip member a record
def warc(uri, html, date):
    payload = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html)).encode() + html
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n"
            "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n") % (uri, date, rng.randrange(10**8), len(payload))
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")
def page(title, body, nav):
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<html><head><title>{title}</title></head><body><nav>{nav}</nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Contact the newsroom</footer></body></html>").encode()
os.makedirs(f"{out}/crawl", exist_ok=True)
with open(f"{out}/crawl/crawl-00.warc.gz", "wb") as f:
    d = "2026-11-0%dT10:00:00Z"
    for s in range(300):
        body = article(rng); title = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
        f.write(warc(f"https://ostvale-times.example/s/{s}", page(title, body, "Home | News"), d % (1 + s % 5)))
        if s % 5 == 0:   # a copy on another site under another menu
            f.write(warc(f"https://quarnby-herald.example/c/{s}", page(title, body, "Start | Local | Opinion"), d % (2 + s % 5)))
        if s % 50 == 0:  # the same URL crawled twice
            f.write(warc(f"https://ostvale-times.example/s/{s}", page(title, body, "Home | News | Live"), d % (3 + s % 5)))
    f.write(warc("https://ostvale-times.example/empty", b"<html><body></body></html>", d % 1))
    f.write(warc("https://ostvale-times.example/latin1", b"<html><head><title>Caf\xe9</title></head><body><p>Caf\xe9 on the quay " + article(rng, 2).encode() + b"</p></body></html>", d % 1))
print(f"{len(records)} records, {len(truth)} planted sets", file=sys.stderr)
