#!/usr/bin/env python3
"""Writes every input of the ninth tour under /tmp/audit9 (texts made up for the tour)."""
import gzip, json, os, random

R = "/tmp/audit9"
def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)

# --- locale: Turkish capitals (I/ı/İ) in ids and texts
ferry = """Istanbul Harbour Opens Night Ferry Line
By Ilkay Demir

ISTANBUL - The city council opened a new night ferry line on Monday, linking Kadikoy and Eminonu every forty minutes until three in the morning. Officials said the INITIAL service would carry 4,500 passengers a night.

"It is the first time IN history that the ferries run all night," said the mayor, Ismail Inan. Critics said the line would cost 12.5 million lira a year and that DIRECTION signs at the piers were missing.

Residents of the Asian side welcomed the line, saying the last bridge bus left too early for night shift workers at the hospitals. The council will review the INCREASE of passengers in June.
"""
write(f"{R}/loc/corpus/İstanbul-ferry.txt", ferry)
write(f"{R}/loc/corpus/copy ışık 'q'.txt", "Harbour Weekly\n\n" + ferry + "\nCopied from Istanbul Daily\n")
write(f"{R}/loc/corpus/INDEX.txt", ferry.replace("forty", "fifty"))
# two names that differ only in an accented letter (LANG=C)
write(f"{R}/lc/café.txt", "Cafe owners protest new rent rules in the old town\n\nThe owners of twelve cafes in the old town closed their doors for an hour on Tuesday to protest against new rent rules that the council passed last week, saying the rules would double their costs.\n")
write(f"{R}/lc/cafè.txt", "Bakery wins national bread prize for rye loaf\n\nA small bakery on the harbour front won the national bread prize on Sunday for a dark rye loaf baked to a recipe the owner found in her grandmother notebook.\n")
# a folder with spaces, quotes and an accent
for name in os.listdir(f"{R}/loc/corpus"):
    write(f"{R}/odd/a folder with 'quotes' \"and\" é/{name}", open(f"{R}/loc/corpus/{name}").read())

# --- TZ: JSON Lines dates with offsets; a page dated tomorrow in UTC (today in UTC+14)
t = "A landslide closed the mountain road between the two valley towns on Friday night after heavy rain loosened the slope above the tunnel entrance. Engineers said the road would stay closed for at least a week while they cleared rock and checked the tunnel lining for cracks."
recs = [{"id": "orig", "text": "Landslide closes valley road\n\n" + t, "date": "2024-03-12T23:30:00-10:00"},
        {"id": "copy", "text": "Landslide closes valley road\n\n" + t + " Drivers should use the coast road.", "date": "2024-03-13T08:00:00+09:00"},
        {"id": "copy2", "text": "Landslide closes valley road\n\n" + t + " Buses run every hour.", "date": 1710300000}]
write(f"{R}/tz/d.jsonl", "\n".join(json.dumps(r) for r in recs) + "\n")
import datetime
tomorrow = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=1)).isoformat()
write(f"{R}/tzp/kiri.html", f'<!doctype html><html><head><meta charset=utf-8><title>Island wakes first</title><meta property="article:published_time" content="{tomorrow}T07:00:00+14:00"></head><body><article><h1>Island wakes first</h1><p>The islanders of Kiritimati were the first in the world to greet the new day, as they are every morning, and the harbour master opened the fish market at six.</p></article></body></html>')

# --- hostile ids, titles and URLs (JSON Lines), and pages with hostile links, pictures and captions
t = "The harbour authority said on Tuesday that the old lighthouse on the north pier would be restored next spring with money from a regional heritage fund, after a survey found cracks in its stone base and rust in the lantern room."
recs = [
    {"id": "<script>alert(1)</script>", "title": "</script><script>alert('t')</script>", "url": "javascript:alert(1)", "text": "Lighthouse to be restored\n\n" + t},
    {"id": "x\" onerror=\"alert(2)", "title": "<img src=x onerror=alert(3)>", "url": "data:text/html,<script>alert(4)</script>", "text": "Lighthouse restoration planned\n\n" + t + " Work starts in April."},
    {"id": "rtl\u202eexe.txt\u200b", "text": "Lighthouse news\n\n" + t + " The pier stays open."},
    {"id": "line\nbreak\r\t\u0007bell", "text": "Pier news\n\n" + t + " Visitors welcome."},
    {"id": "L" * 5000, "text": "Long id\n\n" + t + " Long."},
]
write(f"{R}/hostile/h.jsonl", "\n".join(json.dumps(r) for r in recs) + "\n")
body = "<p>" + t + "</p><p>Engineers will replace the lantern glass and repaint the tower in its original red and white bands.</p>"
def page(title, extra=""):
    return f"""<!doctype html><html><head><meta charset=utf-8><title>{title}</title>
<meta property="og:site_name" content="&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;">
<link rel=canonical href="javascript:alert(6)">
<meta name=author content="</script><script>alert(7)</script>">
</head><body><article><h1>{title}</h1>
<figure><img src="javascript:alert(8)" data-src="data:image/svg+xml,<svg onload=alert(9)>"><figcaption>Caption &lt;img src=x onerror=alert(10)&gt; </script><script>alert(11)</script></figcaption></figure>
{body}{extra}<a href="javascript:alert(12)">more</a></article></body></html>"""
write(f"{R}/hpage/a.html", page("Lighthouse &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
write(f"{R}/hpage/b.html", page("Lighthouse restored", "<p>Copied from \"&gt;&lt;svg onload=alert(13)&gt;</p>"))

# --- pathological inputs: a 50 MB line without spaces, a JSON Lines gzip bomb (3 GB line), WARCs of absurd lengths
random.seed(1)
chunk = "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(1 << 20))
write(f"{R}/patho/nospace.txt", "Title of a strange file\n\n" + chunk * 50 + "\n")
with gzip.open(f"{R}/patho/bomb.jsonl.gz", "wb", compresslevel=9) as g:
    g.write(b'{"id":"b","text":"')
    z = b"a" * (1 << 24)
    for _ in range(192):
        g.write(z)
def rec(uri, html, length=None):
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    n = str(len(payload)).encode() if length is None else length
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + b"\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
            + uri[-1:] + b">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + n + b"\r\n\r\n" + payload + b"\r\n\r\n")
good = b"<html><body><p>The harbour authority said on Tuesday that the old lighthouse on the north pier would be restored next spring with money from a regional heritage fund.</p></body></html>"
write(f"{R}/patho/huge.warc", rec(b"http://x.example/a", good, b"99999999999999"), "wb")
write(f"{R}/patho/mixed.warc", rec(b"http://x.example/1", good) + rec(b"http://x.example/2", good, b"99999999999999") + rec(b"http://y.example/3", good), "wb")
write(f"{R}/patho/mixed2.warc", rec(b"http://x.example/1", good) + rec(b"http://x.example/2", good, b"9223372036854775807999") + rec(b"http://y.example/3", good), "wb")
write(f"{R}/patho/neg.warc", rec(b"http://x.example/a", good, b"-5"), "wb")

# --- an archive: a page, its correction under the same file name a day later, and under another name
t = "<p>The regional council voted on Thursday to close the old swimming baths on Mill Street at the end of the summer, after engineers found that the roof beams had rotted and could not be repaired at a reasonable cost.</p><p>Swimmers will be sent to the new leisure centre by the ring road, which opens in September with a fifty-metre pool.</p><p>The baths opened in 1902 and were the first public pool in the county.</p>"
def bpage(b):
    return f'<!doctype html><html><head><meta charset=utf-8><title>Old baths to close</title><link rel=canonical href="https://valley.example/news/baths"><meta property="article:published_time" content="2024-05-02T09:00:00Z"></head><body><article><h1>Old baths to close</h1>{b}</article></body></html>'
corrected = t.replace("1902", "1912") + "<p>Correction: an earlier version gave the year the baths opened as 1902.</p>"
write(f"{R}/arch/day1/baths.html", bpage(t))
write(f"{R}/arch/day2/baths.html", bpage(corrected))
write(f"{R}/arch/day2/baths-corrected.html", bpage(corrected))
