#!/usr/bin/env python3
"""Inputs of the fourteenth tour (docs/quality.md, "A fourteenth tour"), written under OUT (default /tmp/a14t).

  lawyer/gazette/NN.html  40 invented articles of a publisher, dated, with canonical URLs and bylines
  lawyer/copier/NN.html   the copying site's 40 pages: 20 verbatim, 12 lightly edited, 8 taking two paragraphs;
                          dated 1-3 days later, each crediting nobody; one title with <, & and a quote
  lawyer/other/NN.html    10 unrelated pages of the copier
Usage: bin/audit14-tour/inputs.py [OUT]
"""
import html, os, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/a14t"
random.seed(14)
syll = ["ba", "ko", "ri", "tan", "mel", "dor", "vi", "sa", "len", "qu", "ar", "tho", "ne", "pol", "ush", "gri", "fen", "lo"]
def word():
    return "".join(random.choice(syll) for _ in range(random.randint(1, 3)))
def sentence():
    n = random.randint(9, 18)
    return " ".join([word().capitalize()] + [word() for _ in range(n - 1)]) + "."
def paragraph():
    return " ".join(sentence() for _ in range(random.randint(3, 5)))
def page(title, paras, url, date, author, site):
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title>"
            "<link rel=\"canonical\" href=\"%s\"><meta property=\"og:site_name\" content=\"%s\">"
            "<meta property=\"article:published_time\" content=\"%s\"></head><body><article><h1>%s</h1>"
            "<p class=\"byline\">By %s</p>%s</article></body></html>") % (
        html.escape(title), html.escape(site), url, html.escape(site), date, html.escape(title), html.escape(author),
        "".join("<p>%s</p>" % html.escape(p) for p in paras))
for d in ("gazette", "copier", "other"):
    os.makedirs(os.path.join(out, "lawyer", d), exist_ok=True)
for i in range(40):
    title = "Harbour board story %d: %s" % (i, " ".join(word() for _ in range(3)))
    if i == 7:
        title = "Tolls <rise> & the \"quay\" vote"
    paras = [paragraph() for _ in range(5)]
    day = 1 + i % 27
    date = "2026-02-%02dT%02d:%02d:00+01:00" % (day, 6 + i % 12, (i * 7) % 60)
    with open(os.path.join(out, "lawyer/gazette/%02d.html" % i), "w") as f:
        f.write(page(title, paras, "https://gazette.example/news/%02d" % i, date, "Mira Holloway", "Harbour Gazette"))
    if i < 20:
        copy = list(paras)
    elif i < 32:
        copy = [p.replace(p.split()[3], word(), 1) for p in paras] + [paragraph()]
    else:
        copy = [paragraph(), paras[1], paras[2], paragraph(), paragraph()]
    cdate = "2026-02-%02dT%02d:%02d:00+01:00" % (day + 1 + i % 3, 9 + i % 9, (i * 11) % 60)
    with open(os.path.join(out, "lawyer/copier/%02d.html" % i), "w") as f:
        f.write(page(title, copy, "https://copier.example/a/%d" % (1000 + i), cdate, "Staff", "Copier Daily"))
for i in range(10):
    with open(os.path.join(out, "lawyer/other/%02d.html" % i), "w") as f:
        f.write(page("Other news %d" % i, [paragraph() for _ in range(4)], "https://copier.example/b/%d" % i,
                     "2026-02-%02dT10:00:00+01:00" % (1 + i), "Staff", "Copier Daily"))

# a story on N sites (N = 200 and 1,000), each copy adding one of six sentences, in no order of publication
story = ("The Varnholt valley railway reopened on Saturday after a landslide had buried the line near the Quillan cutting for "
         "eleven weeks. Engineers from the Tessaro works drove steel anchors into the slope above the track and built a concrete "
         "wall almost two hundred metres long to hold back the loose rock. The first train left Oberwick at seven in the morning "
         "with the regional transport minister Odile Farrancourt on board, who said the repairs had cost less than the six million "
         "first feared. Commuters who had spent the winter on replacement buses lined the platforms at Dallow and Pennick to cheer "
         "the train through, and the line's operator promised a full timetable from Monday.")
added = ["Local shops expect more visitors this spring.", "The old station cafe reopens next week.",
         "Hikers are asked to keep away from the slope.", "A memorial walk is planned for the summer.",
         "The bus operator thanked its drivers for the extra shifts.", "Tickets bought for the buses remain valid until June."]
import json
for n in (200, 1000):
    rows = [{"id": "wire/origin", "title": "Valley line reopens", "text": "Valley line reopens\n\n" + story,
             "url": "https://wire.example/valley", "date": "2026-03-01T06:00:00Z"}]
    for i in range(1, n):
        minute = 390 + i * 41 + random.randrange(40)  # after the origin at 06:00, each its own minute
        rows.append({"id": "site%04d/valley" % i, "title": "Valley line reopens", "text": "Valley line reopens\n\n" + story + " " + random.choice(added),
                     "url": "https://site%04d.example/valley" % i,
                     "date": "2026-03-%02dT%02d:%02d:00Z" % (1 + minute // 1440, minute % 1440 // 60, minute % 60)})
    random.shuffle(rows)
    os.makedirs(os.path.join(out, "spread%d" % n), exist_ok=True)
    with open(os.path.join(out, "spread%d/story.jsonl" % n), "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
