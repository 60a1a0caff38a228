#!/usr/bin/env python3
"""Inputs of the thirteenth tour (docs/quality.md, "A thirteenth tour"), written under OUT (default /tmp/a13).

  tz/feed.jsonl      an invented story and a copy, dated with two time zones
  de.jsonl           four records: two identical, one edited, one unrelated (a deduplicating pipeline)
  spread/month.jsonl the story and 199 copies on as many sites over a month (a family of 200 documents)
  big2.jsonl         a 48 MB line of random words and a 300-word slice of it
  wz/frames.warc.zst 3,000 pages of G20K (default /tmp/data/g20k-s7), one zstd frame a record; wz/one.warc.zst one frame
Usage: bin/audit13-tour/inputs.py [OUT] [G20K]
"""
import html, json, os, random, subprocess, sys, uuid

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/a13"
g20k = sys.argv[2] if len(sys.argv) > 2 else "/tmp/data/g20k-s7"
for d in ("tz", "spread", "wz/recs"):
    os.makedirs(os.path.join(out, d), exist_ok=True)
base = ("The Brennwick county council voted on Tuesday evening to close the old Pellory ferry landing after inspectors found "
        "that its timber piles had rotted through in at least nine places. Councillor Wenna Trask said the landing would stay shut "
        "until a new steel pier could be built, which engineers expect to cost about 2.4 million and to take eighteen months. "
        "Residents of the Ostrel islands, who rely on the ferry for school runs and hospital visits, will be offered a shuttle boat "
        "from the Corvane slipway three kilometres north. The harbour master, Ilse Vandermeer, warned that the slipway could only "
        "take small boats at low tide and asked the council to pay for dredging before the winter storms arrive.")
with open(os.path.join(out, "tz/feed.jsonl"), "w") as f:
    f.write(json.dumps({"id": "origin", "text": "Ferry landing closed\n\n" + base, "date": "2026-03-13T02:00:00+01:00"}) + "\n")
    f.write(json.dumps({"id": "copy-ny", "text": "Ferry landing shut\n\n" + base, "date": "2026-03-12T23:30:00-05:00"}) + "\n")
text = "Ferry landing closed\n\n" + base
with open(os.path.join(out, "de.jsonl"), "w") as f:
    for rid, t in (("r1", text), ("r2", text), ("r3", text.replace("Tuesday", "Monday")),
                   ("r4", "A wholly different text about the orchard growers of the Hespen valley and their late frost.")):
        f.write(json.dumps({"id": rid, "text": t}) + "\n")
random.seed(5)
extra = ["Local traders said the closure would hurt the spring market.", "A petition against the closure has gathered signatures.",
         "The council will meet again next month.", "Ferry staff will be moved to the shuttle service.", "Tourism groups asked for a temporary pontoon."]
with open(os.path.join(out, "spread/month.jsonl"), "w") as f:
    f.write(json.dumps({"id": "site000/origin", "title": "Ferry landing closed", "text": text, "url": "https://site000.example/ferry",
                        "date": "2026-03-01T08:00:00Z"}) + "\n")
    for i in range(1, 200):
        words = base.split(" ")
        for _ in range(random.randint(0, 6)):
            j = random.randrange(len(words))
            words[j] = words[j].upper() if random.random() < 0.5 else words[j]
        day = 1 + i * 29 // 200
        f.write(json.dumps({"id": "site%03d/ferry" % i, "title": "Ferry landing closed (%d)" % i,
                            "text": "Ferry landing closed\n\n" + " ".join(words) + " " + random.choice(extra),
                            "url": "https://site%03d.example/ferry" % i,
                            "date": "2026-03-%02dT%02d:%02d:00+01:00" % (day, (i * 7) % 24, i % 60)}) + "\n")
random.seed(9)
vocab = ["".join(random.choice("abcdefghijklmnoprstuvw") for _ in range(random.randint(2, 9))) for _ in range(30000)]
words = [random.choice(vocab) for _ in range(7_500_000)]
with open(os.path.join(out, "big2.jsonl"), "w") as f:
    f.write(json.dumps({"id": "big", "text": " ".join(words)}) + "\n")
    f.write(json.dumps({"id": "small", "text": " ".join(words[len(words) // 2:len(words) // 2 + 300])}) + "\n")
if os.path.isdir(g20k):
    recs = os.path.join(out, "wz/recs")
    for i, n in enumerate(sorted(os.listdir(g20k))[:3000]):
        title, _, body = open(os.path.join(g20k, n), encoding="utf-8").read().partition("\n")
        page = ("<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>" % (
            html.escape(title), html.escape(title), "".join("<p>%s</p>" % html.escape(p) for p in body.split("\n\n") if p.strip()))).encode()
        uri = "https://site%d.example/%s" % (i % 50, n)
        head = ("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-14T09:30:00Z\r\n"
                "WARC-Target-URI: %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % (
                    uuid.uuid5(uuid.NAMESPACE_URL, uri), uri, len(page))).encode()
        open(os.path.join(recs, "%05d.warc" % i), "wb").write(head + page + b"\r\n\r\n")
    names = sorted(os.listdir(recs))
    with open(os.path.join(out, "wz/frames.warc.zst"), "wb") as f:
        for n in names:
            f.write(subprocess.run(["zstd", "-q", "-3", "-c", os.path.join(recs, n)], capture_output=True, check=True).stdout)
    whole = b"".join(open(os.path.join(recs, n), "rb").read() for n in names)
    with open(os.path.join(out, "wz/one.warc.zst"), "wb") as f:
        f.write(subprocess.run(["zstd", "-q", "-3", "-c"], input=whole, capture_output=True, check=True).stdout)
