# Inputs for the eighth tour: made-up news articles, written by this program, in the shapes a web corpus has.
import gzip, json, os, random, bz2, shutil, subprocess
R = random.Random(8)
OUT = '/tmp/audit8'
NAMES = ['Harlow', 'Penrith', 'Ostrava', 'Kelso', 'Brannock', 'Tilbury', 'Veldt', 'Marsden', 'Quenby', 'Arundel']
NOUNS = ['council', 'harbour', 'school', 'bridge', 'museum', 'market', 'railway', 'library', 'hospital', 'orchard',
         'ferry', 'reservoir', 'stadium', 'factory', 'festival', 'tram', 'clinic', 'garden', 'theatre', 'warehouse']
VERBS = ['opened', 'closed', 'repaired', 'expanded', 'inspected', 'sold', 'rebuilt', 'funded', 'delayed', 'approved']
ADJ = ['old', 'new', 'northern', 'small', 'busy', 'quiet', 'historic', 'public', 'local', 'coastal']
def sentence():
    n = R.choice(NAMES); a = R.choice(ADJ); o = R.choice(NOUNS); v = R.choice(VERBS)
    forms = [f"The {a} {o} in {n} was {v} on {R.choice(['Monday','Tuesday','Friday'])} after {R.randint(2,40)} months of work.",
             f"Officials in {n} said the {o} would be {v} by {R.choice(['spring','autumn','the end of the year'])}.",
             f"About {R.randint(100,9000)} residents signed a letter asking why the {a} {o} had been {v} so quickly.",
             f"{R.choice(['A spokeswoman','A spokesman','The mayor'])} for {n} told reporters that the {o} cost {R.randint(2,90)} million.",
             f"Critics argue that the {o} near the {R.choice(NOUNS)} should have been {R.choice(VERBS)} first."]
    return R.choice(forms)
def article(k=12):
    title = f"{R.choice(ADJ).title()} {R.choice(NOUNS)} in {R.choice(NAMES)} {R.choice(VERBS)}"
    paras = [' '.join(sentence() for _ in range(3)) for _ in range(k // 3)]
    return title, '\n\n'.join(paras)
def edit_fifth(text, frac=0.2):
    words = text.split(' ')
    idx = R.sample(range(len(words)), int(len(words) * frac))
    for i in idx:
        words[i] = R.choice(['several', 'various', 'numerous', 'assorted', 'many', 'certain', 'sundry'])
    return ' '.join(words)
def w(path, data, mode='w'):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f: f.write(data)

arts = [article() for _ in range(12)]
# 1. JSON Lines with other field names, nested metadata, BOM, CRLF, null and numeric text
jl = f'{OUT}/jl'
t0, b0 = arts[0]
recs = [
    {"id": "c1", "content": b0, "title": t0},
    {"url": "https://a.example/story", "body": b0},                      # no id: url only
    {"id": "c3", "raw_content": b0, "meta": {"date": "2024-03-12", "source": "x"}},
    {"id": "c4", "text": None},
    {"id": "c5", "text": 12345},
    {"id": "c6", "text": "", "content": b0},
    {"meta": {"id": "nested-7"}, "text": arts[1][1]},
]
w(f'{jl}/fields.jsonl', '\ufeff' + '\r\n'.join(json.dumps(r) for r in recs) + '\r\n')
# 2. duplicate ids in one file and across files
w(f'{jl}/dup1.jsonl', '\n'.join(json.dumps({"id": "d1", "text": t}) for t in [arts[2][1], arts[3][1]]) + '\n')
w(f'{jl}/dup2.jsonl', json.dumps({"id": "d1", "text": arts[2][1]}) + '\n')
# 3. compressed forms
gz = f'{OUT}/gz'; os.makedirs(gz, exist_ok=True)
line = lambda i, t: json.dumps({"id": f"g{i}", "text": t}) + '\n'
with gzip.open(f'{gz}/a.jsonl.gz', 'wt') as f: f.write(line(1, arts[4][1]))
with gzip.open(f'{gz}/b.json.gz', 'wt') as f: f.write(line(2, arts[4][1]))
m1 = gzip.compress(line(3, arts[5][1]).encode()); m2 = gzip.compress(line(4, arts[5][1]).encode())
w(f'{gz}/multi.jsonl.gz', m1 + m2, 'wb')
w(f'{gz}/c.jsonl.bz2', bz2.compress(line(5, arts[6][1]).encode()), 'wb')
if shutil.which('zstd'):
    w(f'{gz}/d.jsonl', line(6, arts[6][1])); subprocess.run(['zstd', '-q', '-f', '--rm', f'{gz}/d.jsonl'])
else:  # a zstd frame's magic number and a raw block holding the record, no checksum
    data = line(6, arts[6][1]).encode()
    n = len(data)
    hdr = b'\x28\xb5\x2f\xfd' + bytes([0x20 | 0x00]) + bytes([n & 0xff])  # single segment, 1-byte content size
    hdr = b'\x28\xb5\x2f\xfd' + bytes([0x60]) + n.to_bytes(2, 'little') if n > 255 else hdr  # 2-byte content size (n-256)
    if n > 255:
        hdr = b'\x28\xb5\x2f\xfd' + bytes([0x60]) + (n - 256).to_bytes(2, 'little')
    bh = ((n << 3) | (0 << 1) | 1).to_bytes(3, 'little')
    w(f'{gz}/d.jsonl.zst', hdr + bh + data, 'wb')
w(f'{gz}/e.txt.xz', b'\xfd7zXZ\x00\x00' + os.urandom(40), 'wb')
# 4. copies: a fifth of the words changed; boilerplate-only docs; exact copies for --duplicates
cp = f'{OUT}/copies'
t, b = arts[7]
w(f'{cp}/orig.txt', f'{t}\n\n{b}\n')
w(f'{cp}/exact1.txt', f'{t}\n\n{b}\n')
w(f'{cp}/exact2.txt', f'{t}\n\nBy Staff Reporter\n\n{b}\n')
w(f'{cp}/fifth.txt', f'{t}\n\n{edit_fifth(b, 0.2)}\n')
w(f'{cp}/tenth.txt', f'{t}\n\n{edit_fifth(b, 0.1)}\n')
w(f'{cp}/third.txt', f'{t}\n\n{edit_fifth(b, 0.33)}\n')
boiler = "Subscribe to our newsletter.\n\nAccept cookies to continue.\n\nFollow us on social media.\n\nContact us: news@example.com\n\nCopyright 2024 Example Media. All rights reserved.\n"
for i in range(3):
    w(f'{cp}/boiler{i}.txt', boiler)
w(f'{cp}/boiler-var.txt', boiler.replace('2024', '2025'))
# 5. ten thousand documents of three words
tiny = f'{OUT}/tiny'
with open(f'{OUT}/tiny.jsonl', 'w') as f:
    for i in range(10000):
        f.write(json.dumps({"id": f"t{i:05d}", "text": f"{R.choice(ADJ)} {R.choice(NOUNS)} {R.choice(VERBS)}"}) + '\n')
print('ok')
