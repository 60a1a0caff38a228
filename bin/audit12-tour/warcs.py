#!/usr/bin/env python3
"""Writes the twelfth tour's broken crawls under argv[1] (default /tmp/audit12): warc/ (four response records, the
second's Content-Length no number, as a plain WARC, a record-per-member .warc.gz, one gzip stream, a .warc.bz2, and
each of the first three inside a tar), warc2/ (the same four records whole, cut short or with damaged deflate or bzip2
data) and warc3/ (sixty records, four addresses repeated, one gzip stream cut at half or damaged at half, a damaged
.warc.bz2). Made-up stories."""
import gzip, io, tarfile, bz2, os, sys
base = sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit12"
def page(i, title, body):
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>" + "".join(f"<p>{body} Paragraph {k} of story {i} keeps the reader with more words about the case.</p>" for k in range(6)) + "</article></body></html>"
stories = [
 ("Ferry timetable changes for winter", "The island ferry will sail twice a day from November, the operator said on Tuesday, after a summer of delays."),
 ("Orchard growers fear a late frost", "Apple growers in the valley covered young trees with fleece as the forecast warned of frost at the weekend."),
 ("Tram depot gets solar roof", "The city tram depot now carries four hundred solar panels, enough to power the workshop through the summer."),
 ("Library extends evening hours", "The central library will stay open until nine on weekdays from next month, the council announced."),
]
def record(i, title, body, broken=False):
    html = page(i, title, body).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + str(len(html)).encode() + b"\r\n\r\n" + html
    hdr = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news{i}.example/story\r\n"
           f"WARC-Date: 2026-03-0{i+1}T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000000{i}-0000-0000-0000-000000000000>\r\n"
           f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    if broken:
        hdr = hdr.replace(b"Content-Length: ", b"Content-Length: x")
    return hdr + http + b"\r\n\r\n"
os.makedirs(os.path.join(base, "warc"), exist_ok=True)
recs = [record(i, t, b, broken=(i == 1)) for i, (t, b) in enumerate(stories)]
plain = b"".join(recs)
open(os.path.join(base, "warc", "plain.warc"), "wb").write(plain)
open(os.path.join(base, "warc", "one-member.warc.gz"), "wb").write(gzip.compress(plain, mtime=0))
open(os.path.join(base, "warc", "per-record.warc.gz"), "wb").write(b"".join(gzip.compress(r, mtime=0) for r in recs))
open(os.path.join(base, "warc", "crawl.warc.bz2"), "wb").write(bz2.compress(plain))
for name, data in [("plain.warc", plain), ("one-member.warc.gz", gzip.compress(plain, mtime=0)), ("per-record.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in recs))]:
    with tarfile.open(os.path.join(base, "warc", f"in-tar-{name}.tar"), "w") as t:
        ti = tarfile.TarInfo(name); ti.size = len(data); t.addfile(ti, io.BytesIO(data))

import random
recs = [record(i, t, b) for i, (t, b) in enumerate(stories)]
plain = b"".join(recs)
d = os.path.join(base, "warc2"); os.makedirs(d, exist_ok=True)
g = bytearray(gzip.compress(plain, mtime=0)); mid = len(g) // 2
for k in range(mid, mid + 40): g[k] ^= 0x5a
open(os.path.join(d, "deflate-corrupt.warc.gz"), "wb").write(g)
c = gzip.compress(plain, mtime=0); open(os.path.join(d, "cut-one.warc.gz"), "wb").write(c[:len(c) * 2 // 3])
pr = b"".join(gzip.compress(r, mtime=0) for r in recs)
open(os.path.join(d, "cut-per-record.warc.gz"), "wb").write(pr[:-100])
b = bytearray(bz2.compress(plain)); mid = len(b) // 2
for k in range(mid, mid + 20): b[k] ^= 0x5a
open(os.path.join(d, "corrupt.warc.bz2"), "wb").write(b)
open(os.path.join(d, "cut.warc"), "wb").write(plain[:len(plain) - 500])
recs = [record(i % 4, stories[i % 4][0] + f" {i}", stories[i % 4][1] + f" Item {i}.") for i in range(60)]
plain = b"".join(recs)
d = os.path.join(base, "warc3"); os.makedirs(d, exist_ok=True)
g = bytearray(gzip.compress(plain, mtime=0)); mid = len(g) // 2
for k in range(mid, mid + 40): g[k] ^= 0x5a
open(os.path.join(d, "deflate-corrupt.warc.gz"), "wb").write(g)
c = gzip.compress(plain, mtime=0); open(os.path.join(d, "cut-one.warc.gz"), "wb").write(c[:len(c) // 2])
b = bytearray(bz2.compress(plain)); mid = len(b) // 2
for k in range(mid, mid + 20): b[k] ^= 0x5a
open(os.path.join(d, "corrupt.warc.bz2"), "wb").write(b)
