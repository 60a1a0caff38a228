"""The thirty-seventh tour's corpus (docs/quality.md, "A thirty-seventh tour"): a newsroom CMS export, invented stories.
python3 bin/audit37-tour/make_cms.py DIR  -> DIR/cms (feeds, tables, a mail, office files, Markdown), DIR/md (front matter)."""
import os, sys, zipfile, csv
top = sys.argv[1]; d = os.path.join(top, "cms"); os.makedirs(d, exist_ok=True)
A = ("The harbour board of Kirkwall voted on Tuesday to replace the 1968 crane on the east pier, which failed twice in March. "
     "The new crane will lift 45 tonnes and cost 2.4 million pounds, the board's chairman, Morag Linklater, said after the vote. "
     "Work begins in September and the pier will stay open to ferries while the old crane is taken down in 14 sections.")
B = ("A storm on Sunday night closed the causeway to Burray for nine hours and left 310 homes without power, Scottish and "
     "Southern Electricity Networks said. Engineers restored the last line at 11 on Monday morning. The council asked drivers "
     "to report damage to the barriers, which were rebuilt in 2019 at a cost of 860,000 pounds.")
Acopy = A.replace("voted on Tuesday", "agreed on Tuesday").replace("said after the vote", "told reporters after the vote")
def w(name, text, mode="w"):
    with open(os.path.join(d, name), mode, encoding=None if "b" in mode else "utf-8") as f: f.write(text)
w("feed.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Orkney Desk</title>
<item><title>New crane for the east pier</title><link>https://orkney.example/crane</link><pubDate>Tue, 12 Mar 2024 09:14:00 +0000</pubDate>
<guid>crane-2024</guid><description>Harbour board votes for a crane</description><content:encoded><![CDATA[<p>{A}</p>]]></content:encoded></item>
<item><title>Causeway closed</title><link>https://orkney.example/causeway</link><pubDate>Mon, 11 Mar 2024 07:00:00 +0000</pubDate>
<description><![CDATA[<p>{B}</p>]]></description></item>
</channel></rss>
""")
w("atom.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Partner wire</title>
<entry><title>Crane for Kirkwall</title><id>urn:wire:1</id><updated>2024-03-13T10:00:00Z</updated>
<content type="html">&lt;p&gt;{Acopy}&lt;/p&gt;</content></entry></feed>
""")
with open(os.path.join(d, "articles.csv"), "w", newline="", encoding="utf-8") as f:
    wr = csv.writer(f); wr.writerow(["id", "title", "published", "body"])
    wr.writerow(["101", "New crane for the east pier", "2024-03-12", A]); wr.writerow(["102", "Causeway closed", "2024-03-11", B])
with open(os.path.join(d, "articles.tsv"), "w", newline="", encoding="utf-8") as f:
    wr = csv.writer(f, delimiter="\t"); wr.writerow(["id", "title", "body"]); wr.writerow(["201", "Crane", Acopy])
w("story.md", f"---\ntitle: New crane for the east pier\ndate: 2024-03-12\nauthor: Morag Isbister\n---\n\n# New crane for the east pier\n\n{A}\n")
w("tip.eml", f"From: reader@example.org\r\nTo: desk@orkney.example\r\nSubject: Crane story\r\nDate: Wed, 13 Mar 2024 08:00:00 +0000\r\n"
  f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
  + "Saw this in the paper:=0D=0A" + Acopy.replace("=", "=3D") + "\r\n")
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{B}</w:t></w:r></w:p></w:body></w:document>'
with zipfile.ZipFile(os.path.join(d, "causeway.docx"), "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", doc)
w("causeway.pdf", b"%PDF-1.4\n% a placeholder\n", "wb")
w("causeway.txt", B + "\n")
w("NOTES", "export made on 13 March\n")
md = os.path.join(top, "md"); os.makedirs(md, exist_ok=True)
with open(os.path.join(md, "story.md"), "w", encoding="utf-8") as f:
    f.write(f"---\ntitle: New crane for the east pier\ndate: 2024-03-12\nauthor: Morag Isbister\n---\n\n# New crane for the east pier\n\n**Kirkwall** \u2014 {A}\n")
with open(os.path.join(md, "copy.md"), "w", encoding="utf-8") as f:
    f.write(f"---\ntitle: Crane for Kirkwall\ndate: 2024-03-14\nauthor: Wire Staff\n---\n\n## Crane for Kirkwall\n\n{Acopy}\n")
