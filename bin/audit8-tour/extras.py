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
