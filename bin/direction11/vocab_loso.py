#!/usr/bin/env python3
"""feat-direction11: a model-vocabulary list chosen on fit pairs, scored leave-one-set-out. For each set, words are
chosen on the fit truth pairs of the OTHER sets (paraphrase and near-duplicate pairs): a word counts as added when the
rewrite uses it and its original does not, dropped the other way; a word is listed with >= MIN_ADDED additions and at
most one drop per RATIO additions. The clue then names the text that uses at least MARGIN more listed words (whole
texts, distinct words) the copy. Prints right / backwards per set, and on pairs the judge leaves unknown.

  python3 bin/direction11/vocab_loso.py ROWS.jsonl [MIN_ADDED RATIO MARGIN]
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
from candidates import text

WORD = re.compile(r"[^\W\d_]+")


def words(t):
    return set(w.lower() for w in WORD.findall(t))


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)['relation'] in ('paraphrase', 'near_duplicate')]
    min_added, ratio, margin = (int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (8, 10, 2)
    for r in rows:
        o, c = r['source'], (r['b'] if r['source'] == r['a'] else r['a'])
        r['wo'], r['wc'] = words(text(r['set'], o)), words(text(r['set'], c))
    sets = sorted({r['set'] for r in rows})
    total = Counter()
    for held in sets:
        added, dropped = Counter(), Counter()
        for r in rows:
            if r['set'] == held or r['set'] == 'reuse':
                continue
            added.update(r['wc'] - r['wo']); dropped.update(r['wo'] - r['wc'])
        vocab = {w for w, n in added.items() if n >= min_added and dropped[w] * ratio <= n}
        c = Counter()
        for r in (x for x in rows if x['set'] == held):
            no, nc = len(r['wo'] & vocab), len(r['wc'] & vocab)
            if abs(no - nc) < margin:
                continue
            v = 'R' if nc > no else 'B'
            c[v] += 1
            if r['answer'] is None:
                c['unk' + v] += 1
        total.update(c)
        print(f"{held:18} list {len(vocab):4}  right {c['R']:3} backwards {c['B']:3}  on unknown {c['unkR']:3} / {c['unkB']:3}")
    print(f"{'all':18} right {total['R']} backwards {total['B']} on unknown {total['unkR']} / {total['unkB']}")


if __name__ == '__main__':
    main()
