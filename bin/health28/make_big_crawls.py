"""Four WARC files for the twenty-eighth code-health round (docs/quality.md): a .warc.gz a member a record with a 600 MB
record of zeros between two pages, on disk and in a tar beside a whole crawl (both stopped past the expansion limit),
and two .warc.xz broken after a 20 MB record, past a stream's window. Usage: make_big_crawls.py OUT_DIR"""
import gzip, io, lzma, os, sys, tarfile, zlib
out = sys.argv[1]; os.makedirs(out, exist_ok=True); os.chdir(out)
def rec(uri, ctype, block, kind=b"response"):
    head = (b"WARC/1.0\r\nWARC-Type: " + kind + b"\r\nWARC-Record-ID: <urn:uuid:" + uri.encode().hex()[:32].encode() + b">\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            + b"WARC-Target-URI: " + uri.encode() + b"\r\nContent-Type: " + ctype + b"\r\nContent-Length: %d\r\n\r\n" % len(block))
    return head + block + b"\r\n\r\n"
def page(i):
    html = (b"<html><head><title>Big %d</title></head><body><p>" % i) + b"the harbour council met on tuesday to discuss the storm. " * 40 + b"</p></body></html>"
    return rec("https://news.example/big%d" % i, b"application/http; msgtype=response", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html)
def zeros_member(n):
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    head = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000bb>\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            b"WARC-Target-URI: https://news.example/zeros\r\nContent-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n" % n)
    out = [c.compress(head)]
    chunk = bytes(1 << 20)
    for _ in range(n >> 20): out.append(c.compress(chunk))
    out.append(c.compress(b"\r\n\r\n")); out.append(c.flush())
    return b"".join(out)
bomb = zeros_member(600 << 20)
members = gzip.compress(page(1), mtime=0) + bomb + gzip.compress(page(2), mtime=0)
open("bomb-members.warc.gz", "wb").write(members)
with tarfile.open("bomb.tar", "w") as t:
    for name, data in [("inner/bomb-members.warc.gz", members), ("inner/ok.warc.gz", gzip.compress(page(3) + page(4), mtime=0))]:
        info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
big = rec("https://news.example/blob", b"image/png", bytes(20 << 20), b"resource")
open("window.warc.xz", "wb").write(lzma.compress(page(5) + big + b"\x00garbage here\xff" * 50 + page(6)))
open("window-broken.warc.xz", "wb").write(lzma.compress(page(7) + big[:-5000] + page(8) + page(9)))
