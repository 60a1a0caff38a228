#!/usr/bin/env python3
"""Builds the thirty-fifth tour's corpus: a newcomer's mixed folder of everything the README says Doppel reads.

    python3 bin/audit35-tour/make_corpus.py /tmp/audit35/c     # from the repository root

Texts are written by hand here (two stories, each copied), so that the pairs a scan should find are known:
the harbour story (a.txt, its CRLF copy, its UTF-16 copies, the windows-1252 page, the JSON Lines record, the crawl's
page) and the Norwegian story (no/ferje.txt and its copy). Everything else is bad or odd input.
"""
import gzip
import json
import os
import sys
import uuid

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(rel, data, mode='wb'):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)
    return path


HARBOUR = ("Harbour crane collapses after storm\n\n"
           "A forty-metre crane at the old harbour in Kirkwall collapsed on Tuesday night after gusts of 140 km/h hit "
           "the Orkney coast, the port authority said on Wednesday morning.\n\n"
           "Nobody was hurt, but the crane fell across the ferry quay and the morning sailing to Aberdeen was cancelled. "
           "Engineers from Fraser Marine expect to clear the quay by Friday.\n\n"
           "Harbour master Ewan Tulloch said the crane had been inspected in March and that the cause would be "
           "investigated together with the Health and Safety Executive before any crane at the harbour is used again.\n")
NORSK = ("Ferja til Hareid innstilt etter uvær\n\n"
         "Ferjesambandet mellom Sulesund og Hareid ble innstilt tirsdag kveld etter at vindkastene nådde 32 meter per "
         "sekund, opplyser Fjord1.\n\n"
         "Rundt 200 reisende måtte overnatte i Ålesund. Selskapet regner med at ferja går som normalt fra onsdag "
         "ettermiddag, men ber reisende følge med på nettsidene før de drar hjemmefra.\n")

write('a.txt', HARBOUR.encode())
write('windows/a-copy.txt', HARBOUR.replace('\n', '\r\n').encode())                        # Windows line endings
write('utf16/le.txt', b'\xff\xfe' + HARBOUR.replace('Kirkwall', 'Kirkwall’s port').encode('utf-16-le'))
write('utf16/be.txt', b'\xfe\xff' + HARBOUR.encode('utf-16-be'))
write('no/ferje.txt', NORSK.encode())
write('no/ferje-kopi.txt', ("Sist oppdatert 09:14\n\n" + NORSK).encode())
write('empty.txt', b'')
write('long-line.txt', (' '.join(['the quick brown fox jumps over the lazy dog'] * 200000) + '\n').encode())  # one 8.6 MB line
paras = HARBOUR.split('\n\n')
page = ('<!DOCTYPE html><html><head><meta charset="windows-1252"><title>' + paras[0] + ' – Orkney Times</title></head>'
        '<body><article><h1>' + paras[0] + '</h1><p>Published 12 March 2024</p>'
        + ''.join('<p>' + p.strip() + '</p>' for p in paras[1:]) +
        '<p>“We were lucky,” said a ferry worker. Café owners near the quay — all of them — stayed shut.</p>'
        '</article></body></html>')
write('pages/cp1252.html', page.encode('cp1252'))
hostile = ('<html><head><title>Crane &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; "onmouseover="alert(2)</title>'
           '<meta property="og:image" content="javascript:alert(3)">'
           '<link rel="canonical" href="javascript:alert(4)"></head><body><article><h1>Crane </script><img src=x onerror=alert(5)></h1>'
           '<figure><img src="javascript:alert(6)" alt="&quot;><script>alert(7)</script>"></figure>'
           + ''.join('<p>' + p.strip() + '</p>' for p in paras[1:]) + '<p><a href="javascript:alert(8)">more</a></p>'
           '</article></body></html>')
write('pages/hostile.html', hostile.encode())
records = [
    {"id": "a", "text": HARBOUR, "title": "duplicate of a.txt's id", "lang": "en", "tags": ["x"]},   # id as a.txt's
    {"id": "no-text", "title": "a record without its text", "url": "https://example.org/x"},
    {"id": "extra", "text": NORSK, "source": {"nested": True}, "score": 0.7, "date": "2024-03-13"},
    {"id": "null-text", "text": None},
    {"id": "num-text", "text": 42},
    {"id": "no/ferje", "text": NORSK},                                                          # id as no/ferje.txt's
]
write('feed.jsonl', ('\n'.join(json.dumps(r, ensure_ascii=False) for r in records) + '\n').encode())
write('feed2.jsonl', (json.dumps({"id": "extra", "text": HARBOUR}) + '\n').encode())              # id as feed.jsonl's


def record(kind, uri, block, content_type):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + uri)}>\r\n"
            f"WARC-Date: 2024-03-12T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b'\r\n\r\n'


def response(uri, html):
    body = html.encode()
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    return record('response', uri, http, 'application/http; msgtype=response')


crawl = [response('https://orkney.example/crane', '<html><head><title>' + paras[0] + '</title></head><body><article>'
                  + ''.join('<p>' + p.strip() + '</p>' for p in paras[1:]) + '</article></body></html>'),
         response('https://fjord.example/ferje', '<html lang="nb"><head><title>Ferja</title></head><body><article>'
                  + ''.join('<p>' + p.strip() + '</p>' for p in NORSK.split('\n\n')[1:]) + '</article></body></html>')]
write('crawl/site.warc', b''.join(crawl))
write('crawl/site-gz.warc.gz', b''.join(gzip.compress(r) for r in crawl))
# odd names
write('odd names/spaced name.txt', NORSK.encode())
write('odd names/ünïcødé ✓.txt', NORSK.encode())
write('odd names/tab\tname.txt', NORSK.encode())
write('odd names/new\nline.txt', NORSK.encode())
write('odd names/-dash.txt', NORSK.encode())
write('odd names/\x1b[31mred.txt', NORSK.encode())
write('odd names/same.txt', b'Same id, the text file.\n\nThe text beside a page of the same name.\n')
write('odd names/same.html', b'<html><head><title>Same</title></head><body><p>The page beside a text of the same name.</p></body></html>')
# links
for name, target in [('links/to-a.txt', '../a.txt'), ('links/dangling.txt', 'nowhere.txt'), ('links/loop', '..'),
                     ('links/self.txt', 'self.txt')]:
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.lexists(path):
        os.remove(path)
    os.symlink(target, path)
# unreadable (as a user other than root)
p = write('locked/secret.txt', NORSK.encode())
os.chmod(p, 0)
os.chmod(os.path.join(out, 'locked'), 0o755)
print(out)
