# 200 made-up stories of 12 random sentences, 5 versions each (10% of sentences replaced): 1,000 records, 2,000 pairs
import random, json
random.seed(3)
words = [''.join(random.choice('abcdefghijklmnoprstuvwy') for _ in range(random.randint(3, 9))) for _ in range(5000)]
sites = ["Bay Herald", "Coast News", "Island Post", "The Daily", "Aggregator"]
with open('big.jsonl', 'w') as f:
    for s in range(200):
        base = [' '.join(random.choice(words) for _ in range(25)).capitalize() + '.' for _ in range(12)]
        for c in range(5):
            text = ' '.join(base) if c == 0 else ' '.join(x if random.random() > 0.1 else ' '.join(random.choice(words) for _ in range(25)).capitalize() + '.' for x in base)
            f.write(json.dumps({"id": "s%03d-%s" % (s, sites[c].lower().replace(' ', '-')), "title": "Story %d headline %s" % (s, random.choice(words)),
                                "site": sites[c], "date": "2024-%02d-%02d" % (1 + s % 12, 1 + c), "text": text}) + "\n")
