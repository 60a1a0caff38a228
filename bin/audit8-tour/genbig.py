# A 200 MB JSON Lines file (35,000 records of about 5.7 KB in words of a made-up 30,000-word vocabulary, Zipf-
# distributed; every 50th record a copy of an earlier one under a new first line) and a 30 MB record on one line.
import json, random, itertools
R = random.Random(81)
SYL = ['ka', 'lo', 'mer', 'tan', 'vi', 'sor', 'el', 'dun', 'ra', 'pe', 'qui', 'zo', 'bal', 'ni', 'tor', 'gu', 'sha', 'fen']
vocab = list({''.join(R.choice(SYL) for _ in range(R.randint(1, 4))) for _ in range(60000)})[:30000]
weights = [1 / (i + 1) for i in range(len(vocab))]
cum = list(itertools.accumulate(weights))
def words(n):
    return ' '.join(R.choices(vocab, cum_weights=cum, k=n))
def text(paras=10):
    return '\n\n'.join(words(90).capitalize() + '.' for _ in range(paras))
with open('/tmp/audit8/big/big.jsonl', 'w') as f:
    kept = []
    for i in range(35000):
        if i % 50 == 49:
            t = "Updated: " + kept[R.randrange(len(kept))]
        else:
            t = text()
            if len(kept) < 500: kept.append(t)
        f.write(json.dumps({"id": f"b{i:05d}", "text": t, "date": "2024-05-01"}) + '\n')
with open('/tmp/audit8/line30/one.jsonl', 'w') as f:
    t = words(3_600_000)
    f.write(json.dumps({"id": "huge", "text": t[:30_000_000]}) + '\n')
    f.write(json.dumps({"id": "small", "text": t[:3000]}) + '\n')
