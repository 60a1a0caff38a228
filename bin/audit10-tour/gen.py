#!/usr/bin/env python3
"""Inputs of the tenth tour (docs/quality.md, "A tenth tour"), all made up here, under /tmp/audit10:
jl/ (JSON Lines with odd ids, a BOM and CRLF, a 10 MB line), many/ (400 short texts, 40 stories ten times each),
crawl.warc (a warcinfo, two requests, two responses, a revisit)."""
import json, os, random

OUT = "/tmp/audit10"
random.seed(10)
WORDS = ("harbour ferry council budget river bridge school teacher minister museum painting storm flood rescue market "
         "price wheat farmer station train delay strike union mayor election vote poll hospital nurse vaccine trial court "
         "judge appeal verdict").split()


def text(n, seed):
    r = random.Random(seed)
    return " ".join(r.choice(WORDS) for _ in range(n)).capitalize() + "."


def art(seed, paras=5):
    return "\n\n".join(text(40, seed * 100 + i) for i in range(paras))


os.makedirs(f"{OUT}/jl", exist_ok=True)
base = [art(i) for i in range(6)]
recs = [{"id": "a1", "text": base[0], "meta": {"nested": {"deep": [1, 2, {"x": None}]}}},
        {"id": 7, "text": base[0]}, {"id": 7.0, "text": base[1]}, {"id": "7", "text": base[2]},
        {"id": True, "text": base[3]}, {"id": {"inner": "x"}, "text": base[4]}, {"id": None, "text": base[5]},
        {"id": ["l"], "text": base[1]}, {"id": 1e20, "text": base[2]}, {"id": 12345678901234567890, "text": base[3]}]
with open(f"{OUT}/jl/odd-ids.jsonl", "w") as f:
    f.writelines(json.dumps(r) + "\n" for r in recs)
with open(f"{OUT}/jl/bom-crlf.jsonl", "wb") as f:
    f.write(b"\xef\xbb\xbf")
    for i in range(3):
        f.write((json.dumps({"id": f"b{i}", "text": base[i]}) + "\r\n").encode())
big = " ".join(text(30, i) for i in range(12000))
with open(f"{OUT}/jl/big.jsonl", "w") as f:
    f.write(json.dumps({"id": "big", "text": ((big + " " + base[0]) + " ") * 4}) + "\n")
    f.write(json.dumps({"id": "after-big", "text": "Short record after the big one with some words in it."}) + "\n")

os.makedirs(f"{OUT}/many", exist_ok=True)
for i in range(400):
    with open(f"{OUT}/many/d{i:03}.txt", "w") as f:
        f.write(art(i % 40, 4))


def rec(kind, uri, body, extra=""):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{random.randrange(10**12):012d}-0000-0000-0000-000000000000>\r\n{extra}"
            f"Content-Length: {len(body.encode())}\r\n\r\n")
    return head + body + "\r\n\r\n"


page = ("<html><head><title>Bridge opens</title></head><body><article><p>"
        + "The city opened a new footbridge over the river on Tuesday after four years of work, the mayor said. " * 6
        + "</p></article></body></html>")
http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
req = "GET /bridge HTTP/1.1\r\nHost: a.example\r\n\r\n"
w = rec("warcinfo", "", "software: hand\r\n", "Content-Type: application/warc-fields\r\n")
w += rec("request", "https://a.example/bridge", req, "Content-Type: application/http; msgtype=request\r\n")
w += rec("response", "https://a.example/bridge", http, "Content-Type: application/http; msgtype=response\r\n")
w += rec("request", "https://a.example/bridge", req, "Content-Type: application/http; msgtype=request\r\n")
w += rec("revisit", "https://a.example/bridge", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
         "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"
         "WARC-Refers-To-Target-URI: https://a.example/bridge\r\nContent-Type: application/http; msgtype=response\r\n")
w += rec("response", "https://b.example/copy", http, "Content-Type: application/http; msgtype=response\r\n")
with open(f"{OUT}/crawl.warc", "w") as f:
    f.write(w)
