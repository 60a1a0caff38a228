#!/usr/bin/env python3
"""The newsroom's script against `doppel serve` (feat-audit18 tour): query its own articles, add a crawl, ask who copied.
Usage: api.py BASE_URL TOUR_DIR DAY"""
import json, sys, urllib.request, urllib.error

base, tour, day = sys.argv[1], sys.argv[2], sys.argv[3]

def call(method, path, body=None, kind="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": kind})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

own = [json.loads(l) for l in open(f"{tour}/own/day-{day}.jsonl")]
status, added = call("POST", "/api/documents", open(f"{tour}/crawl/day-{day}.jsonl", "rb").read(), "application/x-ndjson")
print("add crawl:", status, len(added.get("ids", [])) if isinstance(added, dict) else added)
found = 0
for article in own:
    status, answer = call("POST", "/api/query", {k: article[k] for k in ("id", "text", "title", "url", "date")})
    found += len(answer["matches"])
    for m in answer["matches"]:
        print(" ", article["id"], "->", m["b"], m["relation"], m.get("source"), m.get("site"), m.get("date"))
print("own articles:", len(own), "copies found:", found)
print("stats:", call("GET", "/api/stats")[1]["documents"])
print("bad body:", call("POST", "/api/query", b"{not json"))
print("unknown id:", call("GET", "/api/documents/no-such-page/copies"))
