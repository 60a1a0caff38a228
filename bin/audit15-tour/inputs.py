#!/usr/bin/env python3
"""Inputs of the fifteenth tour (docs/quality.md, "A fifteenth tour"), written under OUT (default /tmp/a15t). All
content is invented (syllable words; invented names and places).

  dump/part-0N.jsonl.gz   a web dump of 50,000 JSON Lines records in 5 gzip files, as a data engineer gets it:
                          planted exact copies (the same text under another id and url), near-duplicates (a few words
                          edited, a line added), records without text (no field, "", white space), ids repeated across
                          files; part-03 has one broken line, part-04 is cut short (a truncated download)
  dump-truth.tsv          id, cluster (the planted duplicate clusters: every record of a cluster shares its number)
  claims/NN.jsonl         a fact-checker's archive: 60 dated articles; one claim sentence stated first by claims/07
                          (the earliest), repeated verbatim by 5 later articles and reworded by 2
  claim.txt               the claim as a reader pastes it (one sentence)
Usage: bin/audit15-tour/inputs.py [OUT]
"""
import gzip, json, os, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/a15t"
random.seed(15)
syll = ["ba", "ko", "ri", "tan", "mel", "dor", "vi", "sa", "len", "qu", "ar", "tho", "ne", "pol", "ush", "gri", "fen", "lo",
        "zu", "pe", "mar", "ist", "ol", "wen"]
def word():
    return "".join(random.choice(syll) for _ in range(random.randint(1, 3)))
def sentence(lo=9, hi=18):
    n = random.randint(lo, hi)
    return " ".join([word().capitalize()] + [word() for _ in range(n - 1)]) + "."
def paragraph():
    return " ".join(sentence() for _ in range(random.randint(3, 5)))
def article(paras=None):
    return "\n\n".join(paragraph() for _ in range(paras or random.randint(2, 4)))
def edit(text, k):
    words = text.split(" ")
    for _ in range(k):
        i = random.randrange(len(words))
        words[i] = word()
    return " ".join(words)

os.makedirs(os.path.join(out, "dump"), exist_ok=True)
records, truth = [], []
cluster = 0
while len(records) < 50000:
    r = random.random()
    text = article()
    base = {"id": "rec-%06d" % len(records), "url": "https://site%03d.example/p/%d" % (random.randrange(400), len(records)),
            "text": text, "timestamp": "2026-0%d-%02dT%02d:00:00Z" % (1 + len(records) % 9, 1 + len(records) % 28, len(records) % 24)}
    records.append(base)
    if r < 0.06:   # an exact cluster of 2-4
        cluster += 1
        truth.append((base["id"], cluster))
        for _ in range(random.randint(1, 3)):
            copy = dict(base, id="rec-%06d" % len(records), url="https://site%03d.example/c/%d" % (random.randrange(400), len(records)))
            records.append(copy)
            truth.append((copy["id"], cluster))
    elif r < 0.10:  # near-duplicates: a few words edited, a line added
        cluster += 1
        truth.append((base["id"], cluster))
        for j in range(random.randint(1, 2)):
            copy = dict(base, id="rec-%06d" % len(records), text=edit(text, 3) + ("\n\nPass this page on to a neighbour." if j else ""))
            records.append(copy)
            truth.append((copy["id"], cluster))
random.shuffle(records)
# records without text, and ids repeated
records.insert(100, {"id": "rec-notext-1", "url": "https://site001.example/empty"})
records.insert(2000, {"id": "rec-notext-2", "text": ""})
records.insert(4000, {"id": "rec-notext-3", "text": "   \n  "})
records.insert(20000, dict(records[5], text=article()))          # the id of records[5] again, another text
records.insert(30000, dict(records[6]))                           # records[6] again, whole
parts = [records[i * 10000:(i + 1) * 10000] for i in range(5)]
parts[4].extend(records[50000:])
for n, part in enumerate(parts):
    lines = [json.dumps(rec, ensure_ascii=False) for rec in part]
    if n == 3:
        lines[500] = lines[500][:40]                                # a broken line
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    if n == 4:
        data = data[:len(data) * 3 // 4]                            # a truncated download
    with open(os.path.join(out, "dump", "part-%02d.jsonl.gz" % n), "wb") as f:
        f.write(data)
with open(os.path.join(out, "dump-truth.tsv"), "w") as f:
    f.writelines("%s\t%d\n" % t for t in truth)

# the fact-checker's archive
os.makedirs(os.path.join(out, "claims"), exist_ok=True)
claim = ("The Oskerfeld reservoir lost forty-one percent of its water between March and August, "
         "according to the engineer Tamsin Vauquelin of the Brellin water board.")
reworded = ["Between March and August the Oskerfeld reservoir's water fell by forty-one percent, Tamsin Vauquelin, an "
            "engineer at the Brellin water board, said.",
            "Forty-one percent of the water in the Oskerfeld reservoir was gone by August, said Tamsin Vauquelin, engineer "
            "of the Brellin water board, counting from March."]
order = list(range(60))
random.shuffle(order)
for i in range(60):
    day = 1 + (i * 13) % 27
    hour = 6 + i % 12
    paras = [paragraph() for _ in range(4)]
    if i == 7:
        paras.insert(1, claim + " " + sentence())
        day, hour = 1, 5                                             # the earliest to state it
    elif i in (12, 19, 33, 41, 52):
        paras.insert(random.randint(0, 3), claim)
        day = max(day, 2)
    elif i in (24, 47):
        paras.insert(2, reworded[i % 2])
        day = max(day, 2)
    rec = {"id": "claims/%02d" % i, "title": "Regional report %d" % i, "url": "https://paper%d.example/r/%d" % (i % 7, i),
           "date": "2026-09-%02dT%02d:15:00Z" % (day, hour), "text": "\n\n".join(paras)}
    with open(os.path.join(out, "claims", "%02d.jsonl" % order[i]), "w") as f:
        f.write(json.dumps(rec) + "\n")
with open(os.path.join(out, "claim.txt"), "w") as f:
    f.write(claim + "\n")
