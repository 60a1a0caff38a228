#!/usr/bin/env python3
"""The thirty-second tour's crawls, each a .warc.gz written as ONE gzip stream (`gzip crawl.warc`), in OUT/long and
OUT/bomb: `long` holds twelve pages, the fifth claiming 3000 bytes more than it holds (it runs into the sixth);
`bomb` holds a page, a record whose header jwarc cannot read (Content-Length: x) before 300 MB of zeros, a page.
  python3 bin/audit32-tour/one_stream_crawls.py /tmp/audit32"""
import gzip, os, sys, uuid, zlib

def record(uri, block):
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>\r\n"
            f"WARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"

def http(body):
    return f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body

out = sys.argv[1]
words = "river bridge council harbour ferry lantern market winter repairs station orchard meadow".split()
records = []
for i in range(1, 13):
    text = " ".join(words[(i * j) % len(words)] + str(i * j % 7) for j in range(120))
    page = (f"<html><head><title>Canal lock {i}</title></head><body><article><h1>Canal lock {i}</h1><p>The canal lock "
            f"number {i} reopened after the winter repairs. {text}</p></article></body></html>").encode()
    r = record(f"https://canal.example/{i}", http(page))
    if i == 5:
        at = r.index(b"Content-Length: ", r.index(b"\r\n\r\n") - 40)
        end = r.index(b"\r\n", at)
        r = r[:at + 16] + str(int(r[at + 16:end]) + 3000).encode() + r[end:]
    records.append(r)
os.makedirs(f"{out}/long", exist_ok=True)
open(f"{out}/long/one.warc.gz", "wb").write(gzip.compress(b"".join(records)))

page = b"<html><body><article><p>The ferry runs again.</p></article></body></html>"
os.makedirs(f"{out}/bomb", exist_ok=True)
z = zlib.compressobj(9, zlib.DEFLATED, 31)
with open(f"{out}/bomb/one.warc.gz", "wb") as f:
    f.write(z.compress(record("https://x.example/1", http(page))))
    f.write(z.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n"))
    zeros = bytes(1 << 20)
    for _ in range(300):
        f.write(z.compress(zeros))
    f.write(z.compress(b"\r\n\r\n" + record("https://x.example/3", http(page))))
    f.write(z.flush())
