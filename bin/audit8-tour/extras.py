# After gen.py and gen2.py: blank records, a wrong date that an attribution contradicts, the NFC/NFD sentences, and
# the mixed folders the Spark checks read (eqc: the tour's inputs; eqd: eqc and the 10,000 three-word texts).
import json, os, shutil, unicodedata
OUT = '/tmp/audit8'
with open(f'{OUT}/empty.jsonl', 'w') as f:
    f.write('\n'.join(['{"id":"e1","text":""}', '{"id":"e2","text":"   "}', '{"id":"e3","text":"\\n\\n"}',
                       '{"id":"ok","text":"The old harbour in Kelso was repaired on Monday after nine months of work by the council."}']) + '\n')
recs = [json.loads(l) for l in open(f'{OUT}/dates/story.jsonl')]
orig = dict(recs[0], url='https://valleypost.example/news/tram', site='Valley Post')
os.makedirs(f'{OUT}/conflict', exist_ok=True)
open(f'{OUT}/conflict/c.jsonl', 'w').write(json.dumps(orig) + '\n' + json.dumps(recs[3]) + '\n')
os.makedirs(f'{OUT}/fc', exist_ok=True)
s = 'Die Brücke über den Fluss wurde am Montag für den Verkehr gesperrt, sagte der Bürgermeister.'
open(f'{OUT}/fc/nfc.txt', 'w').write(s)
open(f'{OUT}/fc/nfd.txt', 'w').write(unicodedata.normalize('NFD', s))
open(f'{OUT}/fc/other.txt', 'w').write('Am Montag wurde die Brücke über den Fluss für den Verkehr gesperrt, so der Bürgermeister.')
for name, extra in (('eqc', []), ('eqd', ['tiny.jsonl'])):
    shutil.rmtree(f'{OUT}/{name}', ignore_errors=True)
    os.makedirs(f'{OUT}/{name}')
    for part in ['jl', 'gz', 'dates', 'chain', 'copies', 'family30', 'conflict']:
        shutil.copytree(f'{OUT}/{part}', f'{OUT}/{name}/{part}')
    for part in ['empty.jsonl'] + extra:
        shutil.copy(f'{OUT}/{part}', f'{OUT}/{name}/{part}')
print('ok')

# a WARC of one undated page on three sites, fetched at 08:00 and 17:00 on 1 June and on 3 June
import random
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen.py')).read().split("arts = [")[0])
R.seed(83)
title, body = article(12)
ps = ''.join(f'<p>{p}</p>' for p in body.split('\n\n'))
def resp(uri, date, html):
    payload = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(html.encode())).encode() + html.encode()
    hdr = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{R.randrange(10**12):012d}-0000-4000-8000-000000000000>\r\n"
           f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n")
    return hdr.encode() + payload + b"\r\n\r\n"
h1 = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{ps}</article></body></html>"
h2 = f"<html><head><title>{title} - Other</title></head><body><article><h1>{title}</h1>{ps}<p>Reporting by wire staff.</p></article></body></html>"
os.makedirs(f'{OUT}/warc', exist_ok=True)
open(f'{OUT}/warc/crawl.warc', 'wb').write(resp('https://first.example/a', '2024-06-01T08:00:00Z', h1)
    + resp('https://second.example/b', '2024-06-01T17:00:00Z', h2) + resp('https://third.example/c', '2024-06-03T09:00:00Z', h2.replace('Other', 'Third')))
shutil.copytree(f'{OUT}/warc', f'{OUT}/eqc/warc')  # the equality check's folder holds the crawl too
