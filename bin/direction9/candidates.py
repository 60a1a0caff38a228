#!/usr/bin/env python3
"""feat-direction4 (second round): candidate direction clues measured offline on the rows of clue_votes.py --rows.
Each candidate names an original (A, B) or stays silent; the table gives right / backwards per set, and what it would
add where the judge says unknown.

  python3 bin/direction9/candidates.py ROWS.jsonl [--only-unknown]
"""
import json, re, sys
from collections import Counter, defaultdict

SHARED = '/work/shared/data'


def corpus(name):
    return {'rw': SHARED + '/rewrites-dev/corpus', 'reuse': SHARED + '/reuse-dev/corpus'}.get(name, 'data/' + name + '/corpus')


_texts = {}
def text(name, doc):
    key = (name, doc)
    if key not in _texts:
        _texts[key] = open(f'{corpus(name)}/{doc}.txt', encoding='utf-8', errors='replace').read()
    return _texts[key]


WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
NUMBER = re.compile(r'\d+(?:[.,]\d+)*')
QUOTE = re.compile(r'["“„«»”]([^"“”„«»]{12,}?)["”“«»]')
ATTRIBUTION = re.compile(r"\b(said|says|told|according to|stated|explained|added|noted|announced|reported|confirmed|"
                         r"sagte|sagt|erklärte|erklärt|laut|teilte|betonte|berichtete|so der|so die)\b", re.I)
EXPLAIN = re.compile(r"\b(this means|that means|in other words|which means|that is,|is called|are called|"
                     r"das heißt|also|bedeutet|heißt das)\b", re.I)
MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januar|Februar|März|Mai|Juni|Juli|"
                   r"Oktober|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b")


def names(t):
    """Capitalised words not at a sentence's start (German nouns make this weak in German)."""
    out = set()
    for m in re.finditer(r"(?<![.!?:]\s)(?<!^)\b([A-ZÄÖÜ][a-zäöüß]+(?:\s[A-ZÄÖÜ][a-zäöüß]+)*)", t, re.M):
        out.add(m.group(1))
    return out


def features(t):
    words = WORD.findall(t)
    return dict(words=len(words), attr=len(ATTRIBUTION.findall(t)), explain=len(EXPLAIN.findall(t)),
                quotes=len(QUOTE.findall(t)), numbers=set(NUMBER.findall(t)), dates=len(MONTH.findall(t)),
                names=names(t), wordlen=sum(map(len, words)) / max(1, len(words)))


def vote(fa, fb, a, b, more_is_original, k, ratio):
    """a or b when one side's count is at least k more and ratio times the other's."""
    hi, lo = (a, b) if fa > fb else (b, a)
    x, y = max(fa, fb), min(fa, fb)
    if x - y < k or x < ratio * y:
        return None
    return hi if more_is_original else lo


CANDIDATES = {
    'attribution verbs, 2 more and 2x': lambda A, B, a, b: vote(A['attr'], B['attr'], a, b, True, 2, 2),
    'attribution verbs, 3 more and 3x': lambda A, B, a, b: vote(A['attr'], B['attr'], a, b, True, 3, 3),
    'quotations, 2 more and 2x': lambda A, B, a, b: vote(A['quotes'], B['quotes'], a, b, True, 2, 2),
    'numbers, 3 more and 3x': lambda A, B, a, b: vote(len(A['numbers']), len(B['numbers']), a, b, True, 3, 3),
    'numbers kept: A keeps all of B, B lacks 2+': lambda A, B, a, b: (
        a if B['numbers'] <= A['numbers'] and len(A['numbers'] - B['numbers']) >= 2 else
        b if A['numbers'] <= B['numbers'] and len(B['numbers'] - A['numbers']) >= 2 else None),
    'numbers kept: subset, lacks 3+': lambda A, B, a, b: (
        a if B['numbers'] <= A['numbers'] and len(A['numbers'] - B['numbers']) >= 3 else
        b if A['numbers'] <= B['numbers'] and len(B['numbers'] - A['numbers']) >= 3 else None),
    'dates and weekdays, 2 more and 2x': lambda A, B, a, b: vote(A['dates'], B['dates'], a, b, True, 2, 2),
    'names, 5 more and 1.5x': lambda A, B, a, b: vote(len(A['names']), len(B['names']), a, b, True, 5, 1.5),
    'names kept: subset, lacks 3+': lambda A, B, a, b: (
        a if B['names'] <= A['names'] and len(A['names'] - B['names']) >= 3 else
        b if A['names'] <= B['names'] and len(B['names'] - A['names']) >= 3 else None),
    'explanations, 2 more (copy)': lambda A, B, a, b: vote(A['explain'], B['explain'], a, b, False, 2, 2),
    'longer, 1.5x': lambda A, B, a, b: vote(A['words'], B['words'], a, b, True, 1, 1.5),
    'longer words, 0.3 letters': lambda A, B, a, b: (None if abs(A['wordlen'] - B['wordlen']) < 0.3 else
                                                      a if A['wordlen'] > B['wordlen'] else b),
}


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    only_unknown = '--only-unknown' in sys.argv
    sets = sorted({r['set'] for r in rows}, key=lambda s: (s == 'rw', s == 'reuse', s))
    table = defaultdict(Counter)
    for r in rows:
        if only_unknown and r['answer']:
            continue
        A, B = features(text(r['set'], r['a'])), features(text(r['set'], r['b']))
        for name, f in CANDIDATES.items():
            named = f(A, B, r['a'], r['b'])
            v = 'silent' if named is None else 'right' if named == r['source'] else 'back'
            table[(name, r['set'])][v] += 1
            table[(name, 'all')][v] += 1
    print('| candidate | ' + ' | '.join(sets) + ' | all | backwards share |')
    print('|---|' + '---:|' * (len(sets) + 2))
    for name in CANDIDATES:
        cells = [f"{table[(name, s)]['right']} / {table[(name, s)]['back']}" for s in sets + ['all']]
        c = table[(name, 'all')]
        share = c['back'] / max(1, c['right'] + c['back'])
        print(f'| {name} | ' + ' | '.join(cells) + f' | {share:.3f} |')


if __name__ == '__main__':
    main()
