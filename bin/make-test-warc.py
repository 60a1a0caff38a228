#!/usr/bin/env python3
"""Writes a small crawl, OUT/crawl.warc and OUT/crawl.warc.gz, to check that WARC reading is unchanged by a refactor.

No WARC file ships with the repository (the tests write theirs in code), so a comparison of `./doppel scan` and
`./doppel extract` between two builds needs one with every path of WarcPageReader in it: 44 HTML responses (40 pages
of the extraction set, the sample corpus's page, an exact copy and a cut copy, so that the scan finds pairs),
a request before each, a warcinfo record, an HTTP 404 and a PNG response (counted and skipped), in the .warc a record
whose claimed length runs into the next record (reported, reading goes on at that record) and in the .warc.gz one
gzip member cut short (reported, reading resumes at the next member). Deterministic: record ids are name-based UUIDs.

    python3 bin/make-test-warc.py /tmp/test-warc    # from the repository root, with ../shared/data beside it
"""
import glob
import gzip
import os
import sys
import uuid

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
pages = sorted(glob.glob('../shared/data/extraction/html/*.html.gz'))[:40]
htmls = [gzip.open(p).read() for p in pages]
htmls.append(open('sample-corpus/pages/rare-images-travel-weekly.html', 'rb').read())
htmls += [htmls[3], htmls[7][:len(htmls[7]) * 9 // 10], htmls[-1]]


def record(kind, uri, block, content_type):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + uri)}>\r\n"
            f"WARC-Date: 2024-05-0{1 + len(block) % 9}T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http(status, content_type, body):
    return f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


records = [record('warcinfo', 'urn:x', b'software: test\r\n', 'application/warc-fields')]
for i, html in enumerate(htmls):
    uri = f"https://site{i % 5}.example/story/{i}"
    records.append(record('request', uri, f"GET /story/{i} HTTP/1.1\r\nHost: x\r\n\r\n".encode(), 'application/http; msgtype=request'))
    records.append(record('response', uri, http(200, 'text/html; charset=utf-8', html), 'application/http; msgtype=response'))
    if i == 10:
        records.append(record('response', uri + '/gone', http(404, 'text/html', b'<html>gone</html>'), 'application/http; msgtype=response'))
        records.append(record('response', uri + '.png', http(200, 'image/png', b'\x89PNG....'), 'application/http; msgtype=response'))
    if i == 20:  # a record cut short: its claimed length runs into the records after it
        records.append(b'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ngarbage that ends early')
with open(os.path.join(out_dir, 'crawl.warc'), 'wb') as out:
    out.write(b''.join(records))
with open(os.path.join(out_dir, 'crawl.warc.gz'), 'wb') as out:
    for i, r in enumerate(records):
        member = gzip.compress(r, mtime=0)
        out.write(member if i != 30 else member[:-20])  # one gzip member cut short
