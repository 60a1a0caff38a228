"""reuse-dev as a static site's Markdown posts: the header block's date and byline moved into YAML front matter
(title, date = the document's published time where it shows a date line, author = its byline), each paragraph with a
link over three of its words and one emphasised word. Writes OUT/md/<id>.md and the same bytes as OUT/txt/<id>.txt
(what main read: a .md as plain text)."""
import json, re, sys, os
src, out = sys.argv[1], sys.argv[2]
docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(src, "docs.jsonl"))}
for id, d in docs.items():
    p = d["params"]
    text = open(os.path.join(src, "corpus", id + ".txt"), encoding="utf-8").read()
    paras = text.strip("\n").split("\n\n")
    title, rest = paras[0], paras[1:]
    if rest and any(x and x in rest[0] for x in (p.get("date_line"), p.get("byline"), p.get("site"))) and len(rest[0]) < 200:
        rest = rest[1:]
    fm = ["---", "layout: post", "title: " + json.dumps(title, ensure_ascii=False)]
    if p.get("date_line"):
        fm.append("date: " + p["published"].replace("T", " "))
    if p.get("byline"):
        fm.append("author: " + json.dumps(re.sub(r"^(By|Reporting by|Written by)\s+", "", p["byline"]), ensure_ascii=False))
    fm.append("tags: [news]")
    fm.append("---")
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    host = re.sub(r"[^a-z]", "", p["site"].lower())
    body = []
    for para in rest:
        words = para.split(" ")
        if len(words) > 12:
            words[3] = "[" + words[3]
            words[5] = words[5] + "](https://www." + host + ".example/" + slug + "/)"
            words[9] = "*" + words[9] + "*" if re.fullmatch(r"\w+", words[9]) else words[9]
        body.append(" ".join(words))
    md = "\n".join(fm) + "\n\n" + "\n\n".join(body) + "\n"
    for kind in ("md", "txt"):
        open(os.path.join(out, kind, id + "." + kind), "w", encoding="utf-8").write(md)
