#!/usr/bin/env python3
"""Inputs for the nineteenth tour (feat-audit19): a web corpus as a Spark cluster meets it.

Everything is invented: words drawn from a made-up list, sites made up. Writes under OUT:
  web/part-00.jsonl, web/part-01.jsonl.gz   JSON Lines records (id, url, text); 40 sets of exact copies, 40 of near copies
  web/crawl-00.warc.gz                      a WARC crawl (one gzip member a record), 10 pages copied from part-00
  web/pages/*.html, web/texts/*.txt         HTML pages and plain texts, a few copying the JSON Lines records
  web/dup-ids.jsonl                         records whose ids part-00.jsonl holds already (duplicate ids across files)
  bad/cut.jsonl.gz                          a gzip cut short
  bad/broken.warc.gz                        a WARC whose second record's header is garbage
  bad/latin1.txt, bad/empty.txt, bad/noise.bin.txt   invalid UTF-8, an empty file, a binary file named .txt
  huge/feed.jsonl                           one record of HUGE_MB megabytes (default 20)
  many/NNNN.txt                             MANY small texts (default 3000), every tenth a copy of the one before
Usage: inputs.py OUT [--huge-mb N] [--many N]
"""
import gzip, io, json, os, random, sys

out = sys.argv[1]
def arg(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default
huge_mb, many = arg('--huge-mb', 20), arg('--many', 3000)
rng = random.Random(19)
SYL = ["ka", "lo", "mer", "tan", "vi", "so", "pel", "dra", "qu", "on", "bri", "sta", "fen", "mo", "ru", "ta", "len", "gor", "za", "ith"]
WORDS = sorted({"".join(rng.choice(SYL) for _ in range(rng.randint(1, 3))) for _ in range(4000)})
COMMON = "the of and to in a is that for on with as was by at from it be this are have".split()
SITES = ["pellmoor-daily", "quarnby-herald", "ostvale-times", "brindle-post"]

def sentence(r):
    ws = [r.choice(WORDS) if r.random() < 0.6 else r.choice(COMMON) for _ in range(r.randint(8, 18))]
    return ws[0].capitalize() + " " + " ".join(ws[1:]) + "."

def article(r, paragraphs=None):
    return "\n\n".join(" ".join(sentence(r) for _ in range(r.randint(2, 5))) for _ in range(paragraphs or r.randint(4, 8)))

def reword(text, r, changes=3):
    words = text.split(" ")
    for _ in range(changes):
        words[r.randrange(len(words))] = r.choice(WORDS)
    return " ".join(words)

def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)

def jsonl(records):
    return b"".join(json.dumps(d, ensure_ascii=False).encode() + b"\n" for d in records)

parts = [[], []]
for i in range(600):
    parts[i % 2].append({"id": f"web-{i:04d}", "url": f"https://{SITES[i % 4]}.example/a/{i}", "text": article(rng)})
for s in range(40):   # exact copies across the two parts
    parts[1].append({"id": f"copy-{s:02d}", "url": f"https://{SITES[(s + 1) % 4]}.example/c/{s}", "text": parts[0][s]["text"]})
for s in range(40):   # near copies
    parts[0].append({"id": f"near-{s:02d}", "url": f"https://{SITES[(s + 2) % 4]}.example/n/{s}", "text": reword(parts[1][s]["text"], rng)})
write(f"{out}/web/part-00.jsonl", jsonl(parts[0]))
write(f"{out}/web/part-01.jsonl.gz", gzip.compress(jsonl(parts[1])))
# the same ids again in another file, other texts: the first in read order wins, the others are named
write(f"{out}/web/dup-ids.jsonl", jsonl([{"id": f"web-{i:04d}", "text": article(rng)} for i in range(0, 10, 2)]))

def warc(uri, html, date):
    payload = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(html)).encode() + html
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n"
            "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n") % (uri, date, rng.randrange(10**8), len(payload))
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")

def page(title, body):
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return f"<html><head><title>{title}</title></head><body><nav>Home | News</nav><article><h1>{title}</h1>{paras}</article></body></html>".encode()

crawl = io.BytesIO()
for s in range(60):
    body = parts[0][100 + s]["text"] if s < 10 else article(rng)
    crawl.write(warc(f"https://ostvale-times.example/s/{s}", page(f"Story {s} " + rng.choice(WORDS), body), "2026-11-03T10:00:00Z"))
write(f"{out}/web/crawl-00.warc.gz", crawl.getvalue())
for s in range(20):
    body = parts[1][200 + s]["text"] if s < 5 else article(rng)
    write(f"{out}/web/pages/page-{s:02d}.html", page(f"Page {s} " + rng.choice(WORDS), body))
    write(f"{out}/web/texts/text-{s:02d}.txt", (parts[0][300 + s]["text"] if s < 5 else article(rng)).encode())

# bad input
whole = gzip.compress(jsonl([{"id": f"cut-{i}", "text": article(rng)} for i in range(20)]))
write(f"{out}/bad/cut.jsonl.gz", whole[: len(whole) // 2])
broken = warc("https://brindle-post.example/ok-1", page("First", article(rng)), "2026-11-04T10:00:00Z")
broken += gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n" + bytes(rng.randrange(256) for _ in range(500)))
broken += warc("https://brindle-post.example/ok-2", page("Third", article(rng)), "2026-11-04T11:00:00Z")
write(f"{out}/bad/broken.warc.gz", broken)
write(f"{out}/bad/latin1.txt", ("Caf\u00e9 " + article(rng, 3)).encode("latin-1", "replace") + b" \xff\xfe end")
write(f"{out}/bad/empty.txt", b"")
noise = random.Random(7)
write(f"{out}/bad/noise.bin.txt", bytes(noise.randrange(256) for _ in range(20000)))

# one huge record: a feed dumped as one document
chunk = article(random.Random(99), 40)
write(f"{out}/huge/feed.jsonl", jsonl([{"id": "feed", "text": (chunk + "\n\n") * max(1, (huge_mb << 20) // (len(chunk) + 2))}]))

# a folder of thousands of small files
for i in range(many):
    text = previous if i % 10 == 9 else " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
    write(f"{out}/many/{i // 1000:02d}/{i:05d}.txt", text.encode())
    previous = text
print(f"wrote {out}: web (JSON Lines, gzip, WARC, HTML, text), bad, huge ({huge_mb} MB), many ({many} files)", file=sys.stderr)
