"""Damaged WARC crawls for comparing two jars' readers byte for byte: every compression the walk reads, damage of
every kind the walk names (cut, garbage, wrong Content-Length, flipped bytes, cut compressed streams), in files and
inside tar and zip archives. Deterministic (seed)."""
import bz2, gzip, io, lzma, os, random, subprocess, sys, tarfile, zipfile
out = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
os.makedirs(out, exist_ok=True)
rnd = random.Random(20261207)
WORDS = "the river council budget school harbour storm election minister bridge farmers market hospital train police court".split()

def page(i):
    body = " ".join(rnd.choice(WORDS) for _ in range(120 + 40 * (i % 3)))
    return (f"<html><head><title>Story {i}</title></head><body><h1>Story {i}</h1>"
            f"<p>{body}.</p><p>{body[::-1]}.</p></body></html>").encode()

def record(i, kind="response", length_delta=0):
    html = page(i)
    if kind == "response":
        block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        ctype = b"application/http; msgtype=response"
    else:
        block = b"software: test\r\n"; ctype = b"application/warc-fields"
    head = (b"WARC/1.0\r\nWARC-Type: " + kind.encode() + b"\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n" % i
            + b"WARC-Date: 2024-05-01T10:00:00Z\r\n"
            + (b"WARC-Target-URI: https://news.example/s%d\r\n" % i if kind == "response" else b"")
            + b"Content-Type: " + ctype + b"\r\nContent-Length: %d\r\n\r\n" % (len(block) + length_delta))
    return head + block + b"\r\n\r\n"

def records(k, base):
    rs = [record(base, "warcinfo")] + [record(base + j) for j in range(1, k)]
    return rs

def damage(rs, mode):
    rs = list(rs)
    j = rnd.randrange(1, len(rs))
    r = rs[j]
    if mode == "cut":
        rs[j] = r[:rnd.randrange(10, len(r))]
    elif mode == "garbage":
        rs.insert(j, bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 400))))
    elif mode == "flip":
        b = bytearray(r)
        for _ in range(rnd.randrange(1, 4)):
            b[rnd.randrange(len(b))] ^= 1 << rnd.randrange(8)
        rs[j] = bytes(b)
    elif mode == "long":
        rs[j] = r.replace(b"Content-Length: ", b"Content-Length: 9", 1) if rnd.random() < 0.3 else \
            r.replace(b"Content-Length: ", b"Content-Length: 1", 1)
    elif mode == "short":
        i = r.index(b"Content-Length: ") + 16; e = r.index(b"\r\n", i); v = int(r[i:e])
        rs[j] = r[:i] + str(max(0, v - rnd.randrange(1, 200))).encode() + r[e:]
    elif mode == "header":
        rs[j] = r.replace(b"WARC-Date: 2024-05-01T10:00:00Z\r\n", b"", 1)
    elif mode == "end":
        rs = rs[:j]
    return rs

def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)

def compress(rs, how, stored_cut=False):
    if how == "warc":
        data = b"".join(rs)
    elif how == "members":
        data = b"".join(gzip.compress(r, mtime=0) for r in rs)
    elif how == "stream":
        data = gzip.compress(b"".join(rs), mtime=0)
    elif how == "bz2":
        data = bz2.compress(b"".join(rs))
    elif how == "xz":
        data = lzma.compress(b"".join(rs))
    elif how == "zst":
        data = b"".join(subprocess.run(["zstd", "-q", "-c"], input=r, capture_output=True, check=True).stdout for r in rs)
    if stored_cut:
        b = bytearray(data)
        mode = rnd.choice(["cut", "flip"])
        if mode == "cut":
            b = b[:rnd.randrange(len(b) // 3, len(b))]
        else:
            for _ in range(rnd.randrange(1, 3)):
                b[rnd.randrange(len(b) // 4, len(b))] ^= 0xFF
        data = bytes(b)
    return data

EXT = {"warc": ".warc", "members": ".warc.gz", "stream": ".warc.gz", "bz2": ".warc.bz2", "xz": ".warc.xz", "zst": ".warc.zst"}
members = []
for i in range(n):
    for how in EXT:
        rs = records(rnd.randrange(3, 7), 1000 * i)
        mode = rnd.choice(["cut", "garbage", "flip", "long", "short", "header", "end", "none", "stored"])
        data = compress(rs if mode == "stored" else damage(rs, mode) if mode != "none" else rs, how, stored_cut=mode == "stored")
        name = f"c{i:03d}-{how}-{mode}{EXT[how]}"
        write(name, data)
        if i % 4 == 0:
            members.append((name, data))
for k, label in enumerate(["a", "b"]):
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as t:
        for name, data in members[k::2]:
            info = tarfile.TarInfo(name); info.size = len(data); info.mtime = 0
            t.addfile(info, io.BytesIO(data))
    write(f"crawls-{label}.tar" + (".gz" if k else ""), gzip.compress(tar.getvalue(), mtime=0) if k else tar.getvalue())
with zipfile.ZipFile(os.path.join(out, "crawls.zip"), "w") as z:
    for name, data in members[1::3]:
        z.writestr(zipfile.ZipInfo(name, (2024, 5, 1, 0, 0, 0)), data)
print(len(os.listdir(out)), "files")
