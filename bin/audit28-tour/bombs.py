#!/usr/bin/env python3
"""The twenty-eighth tour's archives (docs/quality.md, "A twenty-eighth tour"): bombs packed in archives, invented.

python3 bin/audit28-tour/bombs.py OUT writes OUT/corpus/export.tar.gz and export2.zip (news/pier.txt, crawl/site.warc.gz:
a page, a resource record of 2 GiB of zeros, a page; news/ferry.txt) and spaces.tar (a/first.txt, a/spaces.txt.gz: 1 GiB
of spaces; a/last.txt).
"""
import gzip
import io
import os
import sys
import tarfile
import uuid
import zipfile

PAGE = (b"<html><head><title>Quay</title></head><body><article><p>The quay at Fenwick was rebuilt in grey stone over the "
        b"winter, the harbour master said on the radio this morning, and the ferries will berth there again from May."
        b"</p></article></body></html>")
TEXT = b"The ferry timetable changes on Monday, the operator of the island service said in a statement.\n"


def header(kind, uri, content_type, length):
    return (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>\r\n"
            f"WARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()


def response(uri):
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE
    return gzip.compress(header("response", uri, "application/http; msgtype=response", len(block)) + block + b"\r\n\r\n")


def zeros_record(size):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as member:
        member.write(header("resource", "https://fenwick-ledger.example/zeros.bin", "application/octet-stream", size))
        chunk = bytes(1 << 24)
        for _ in range(size // len(chunk)):
            member.write(chunk)
        member.write(b"\r\n\r\n")
    return out.getvalue()


def tar(path, members, mode):
    with tarfile.open(path, mode) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def main(out):
    corpus = os.path.join(out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    crawl = response("https://fenwick-ledger.example/news/before") + zeros_record(2 << 30) \
        + response("https://fenwick-ledger.example/news/after")
    members = [("news/pier.txt", TEXT), ("crawl/site.warc.gz", crawl), ("news/ferry.txt", TEXT.replace(b"Monday", b"Friday"))]
    tar(os.path.join(corpus, "export.tar.gz"), members, "w:gz")
    with zipfile.ZipFile(os.path.join(corpus, "export2.zip"), "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    spaces = io.BytesIO()
    with gzip.GzipFile(fileobj=spaces, mode="wb") as member:
        chunk = b" " * (1 << 24)
        for _ in range(64):
            member.write(chunk)
    tar(os.path.join(corpus, "spaces.tar"), [("a/first.txt", TEXT), ("a/spaces.txt.gz", spaces.getvalue()),
                                             ("a/last.txt", TEXT.replace(b"ferry", b"bus"))], "w")


if __name__ == "__main__":
    main(sys.argv[1])
