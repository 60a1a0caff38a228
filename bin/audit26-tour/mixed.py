#!/usr/bin/env python3
"""Inputs for the twenty-sixth tour (feat-audit26): a researcher scanning a JSON Lines export and a crawl of one site.

Everything is invented: the site, the stories and their text (made-up syllables). Writes under OUT/corpus:
  export.jsonl        40 records (id = the page's URL), one line cut short mid-record
  crawl.warc.gz       40 pages, a gzip member a record, 20 of them the export's articles; one member cut in half
  crawl.warc.bz2      the same 40 pages in one bzip2 stream, one record cut short (its Content-Length claims its
                      whole block, the next record follows at once)
  archive.zip         member crawl/site.warc: the same, plain, one record cut short the same way
  archive.tar.gz      member crawl/site.warc.gz: a gzip member a record, one member cut in half
Each cut record is for https://fenwick-ledger.example/news/00007.
Usage: mixed.py OUT
"""
import bz2, gzip, io, itertools, json, os, random, sys, tarfile, zipfile

out = os.path.join(sys.argv[1], "corpus")
os.makedirs(out, exist_ok=True)
MADE_UP = ["".join(p) for p in itertools.product(["br", "d", "f", "gl", "k", "m", "pr", "s", "t", "v"],
                                                  ["a", "e", "o", "u"], ["ll", "n", "rk", "sk", "th", "x"])]
CUT = 7


def article(i):
    r = random.Random(2600 + i)
    title = " ".join(r.choice(MADE_UP) for _ in range(5)).capitalize()
    paras = [" ".join(" ".join(r.choice(MADE_UP) for _ in range(r.randint(9, 18))).capitalize() + "."
                      for _ in range(4)) for _ in range(5)]
    return title, paras


def url(i):
    return f"https://fenwick-ledger.example/news/{i:05d}"


def page(i):
    title, paras = article(i)
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article>"
            f"</body></html>").encode()


def record(i, cut=False):
    html = page(i)
    block = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(html)}\r\n\r\n"
             ).encode() + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:012d}>\r\n"
            f"WARC-Date: 2026-11-0{1 + i % 9}T10:00:00Z\r\nWARC-Target-URI: {url(i)}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    whole = head + block + b"\r\n\r\n"
    return whole[: len(head) + len(block) // 3] if cut else whole


def members(cut_member):
    data = b""
    for i in range(40):
        member = gzip.compress(record(i))
        data += member[: len(member) // 2] if cut_member and i == CUT else member
    return data


def plain(cut_record):
    return b"".join(record(i, cut_record and i == CUT) for i in range(40))


lines = []
for i in range(20, 60):
    title, paras = article(i)
    lines.append(json.dumps({"id": url(i), "url": url(i), "title": title, "text": "\n\n".join([title] + paras)}))
lines[12] = lines[12][: len(lines[12]) // 2]
open(os.path.join(out, "export.jsonl"), "w").write("\n".join(lines) + "\n")
open(os.path.join(out, "crawl.warc.gz"), "wb").write(members(True))
open(os.path.join(out, "crawl.warc.bz2"), "wb").write(bz2.compress(plain(True)))
with zipfile.ZipFile(os.path.join(out, "archive.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("crawl/site.warc", plain(True))
with tarfile.open(os.path.join(out, "archive.tar.gz"), "w:gz") as t:
    data = members(True)
    info = tarfile.TarInfo("crawl/site.warc.gz")
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))
