#!/usr/bin/env python3
"""Writes OUT/site.warc.gz: a crawl file of a gzip member a record, a made-up page, then a resource record of 400 MB of
zeros (about 400 KB stored: a decompression bomb), then a second page. For the thirtieth tour (docs/quality.md)."""
import gzip
import sys
import uuid
from pathlib import Path

PAGE = "<html><head><title>Pier opens</title></head><body><article><p>" + \
    "The harbour authority said on Tuesday that the new pier will open in spring. " * 6 + "</p></article></body></html>"


def header(kind, uri, content_type, length):
    return (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>\r\n"
            f"WARC-Date: 2026-12-06T09:30:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()


def page_record(uri):
    block = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + str(len(PAGE)) + "\r\n\r\n" + PAGE).encode()
    return gzip.compress(header("response", uri, "application/http; msgtype=response", len(block)) + block + b"\r\n\r\n")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    size = 400 << 20
    with open(out / "site.warc.gz", "wb") as f:
        f.write(page_record("https://fenwick-ledger.example/news/before"))
        with gzip.GzipFile(fileobj=f, mode="wb") as member:
            member.write(header("resource", "https://fenwick-ledger.example/zeros.bin", "application/octet-stream", size))
            zeros = bytes(1 << 20)
            for _ in range(size >> 20):
                member.write(zeros)
            member.write(b"\r\n\r\n")
        f.write(page_record("https://fenwick-ledger.example/news/after"))


if __name__ == "__main__":
    main()
