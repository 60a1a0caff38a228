# The researcher's inputs: one made-up story and its copies, dated in the ways pages, datasets and crawls date them.
import json, os, random, datetime
import os; exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen.py')).read().split("arts = [")[0])
R.seed(82)
OUT = '/tmp/audit8'
title, body = article(15)
def edited(text, frac):
    return edit_fifth(text, frac) if frac else text
def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w').write(data)
# 1. dates in JSON Lines fields
recs = [
    {"id": "orig", "title": title, "text": f"{title}\n\nBy Ana Ruiz, Valley Post\n\n{body}", "published": "2024-03-12T08:00:00+01:00"},
    {"id": "same-day", "title": title, "text": f"{title}\n\n{edited(body, 0.05)}", "published": "2024-03-12T14:30:00Z"},
    {"id": "epoch", "title": title, "text": f"{title}\n\n{edited(body, 0.05)}", "date": 1710400000},
    {"id": "wrong-date", "title": title, "text": f"{title}\n\n{edited(body, 0.05)}\n\nCopied from Valley Post", "date": "2024-03-10"},
    {"id": "tz-east", "title": title, "text": f"{title}\n\n{edited(body, 0.05)}", "date_publish": "2024-03-12T09:30:00+09:00"},
]
w(f'{OUT}/dates/story.jsonl', '\n'.join(json.dumps(r) for r in recs) + '\n')
# 2. a chain A -> B -> C: B adds a paragraph to A, C takes B's added paragraph and drops A's last one
extra = ' '.join(sentence() for _ in range(4))
paras = body.split('\n\n')
A = f"{title}\n\n{body}"
B = f"{title}\n\n{body}\n\n{extra}"
C = f"{title}\n\n" + '\n\n'.join(paras[:-1]) + f"\n\n{extra}"
w(f'{OUT}/chain/chain.jsonl', '\n'.join(json.dumps(r) for r in [
    {"id": "A", "text": A, "date": "2024-04-01T09:00:00Z"},
    {"id": "B", "text": B, "date": "2024-04-02T09:00:00Z"},
    {"id": "C", "text": C, "date": "2024-04-03T09:00:00Z"}]) + '\n')
# 3. a family of 30 saved pages: the original and 29 copies over four days, each site with its own header
start = datetime.datetime(2024, 5, 6, 7, 0, tzinfo=datetime.timezone.utc)
for i in range(30):
    when = start + datetime.timedelta(hours=3 * i + R.randint(0, 2))
    site = f"Site {i:02d} News"
    text_paras = paras if i == 0 else [p for p in paras if R.random() > 0.1] or paras
    text = edited('\n\n'.join(text_paras), 0 if i == 0 else 0.04)
    ps = ''.join(f'<p>{p}</p>\n' for p in text.split('\n\n'))
    credit = '' if i == 0 else f'<p>Source: Site {R.randrange(i):02d} News</p>' if i % 7 == 0 else ''
    w(f'{OUT}/family30/s{i:02d}/index.html', f'''<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {site}</title><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{when.isoformat()}"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>{title}</h1><p class="byline">By Reporter {i}</p>\n{ps}{credit}</article>
<footer>Copyright {site}</footer></body></html>''')
print('ok')
