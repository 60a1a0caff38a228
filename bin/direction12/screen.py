#!/usr/bin/env python3
"""feat-direction12 (docs/quality.md, "Direction, an eleventh round"): typographic marks, typographic against plain, on
the rows of bin/direction9/clue_votes.py --rows. For each mark, the strict form: one text writes the mark only
typographic (at least K), the other only plain (at least K); the typographic one is named the original.
Prints right / backwards per set, on pairs the judge leaves unknown, and the German pairs alone.

  python3 bin/direction12/screen.py ROWS.jsonl [--relations paraphrase,near_duplicate] [--k 1]
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9')
from candidates import text

L = r'[^\W\d_]'
MARKS = {
    # name: (typographic pattern, plain pattern)
    'apostrophe': (re.compile(rf'(?<={L})\u2019(?={L})'), re.compile(rf"(?<={L})'(?={L})")),
    'dquote': (re.compile('[\u201c\u201d\u201e\u00ab\u00bb]'), re.compile('"')),
    'dquote_de': (re.compile('[\u201e]'), re.compile('"')),           # German low-high opening quote against "
    'dquote_en': (re.compile('[\u201c\u201d]'), re.compile('"')),
    'guillemet': (re.compile('[\u00ab\u00bb]'), re.compile('"')),
    'dash': (re.compile(r'(?<=\s)[\u2013\u2014](?=\s)|(?<=\w)\u2014(?=\w)'), re.compile(r'(?<=\s)--?(?=\s)|(?<=\w)--(?=\w)')),
    'ellipsis': (re.compile('\u2026'), re.compile(r'\.\.\.')),
    'nbsp': (re.compile('[\u00a0\u202f\u2009]'), None),
    'percent': (re.compile(r'\d[\u00a0\u202f\u2009 ]%'), re.compile(r'\d%')),
    'thousands': (re.compile(r'\b\d{1,3}(?:[.\u202f\u00a0]\d{3})+\b(?![.,]\d)'), re.compile(r'\b\d{5,}\b')),
    'range': (re.compile(r'\d\u2013\d'), re.compile(r'\d-\d')),
}
GERMAN = re.compile(r'\b(der|die|und|ist|nicht|das|mit|für|auf|sich|ein|eine|dem|den|auch|von)\b', re.I)
ENGLISH = re.compile(r'\b(the|and|is|of|to|that|with|for|was|are|on|it)\b', re.I)


def lang(t):
    g, e = len(GERMAN.findall(t)), len(ENGLISH.findall(t))
    return 'de' if g > e else 'en'


def count(t, mark):
    typo, plain = MARKS[mark]
    return len(typo.findall(t)), (len(plain.findall(t)) if plain else 0)


def vote(ta, tb, a, b, mark, k):
    (ca, pa), (cb, pb) = count(ta, mark), count(tb, mark)
    if mark == 'nbsp':   # loose: one text has them, the other none
        if ca >= k and cb == 0: return a
        if cb >= k and ca == 0: return b
        return None
    if ca >= k and pa == 0 and pb >= k and cb == 0: return a
    if cb >= k and pb == 0 and pa >= k and ca == 0: return b
    return None


def tally(rows, vote, relations=('paraphrase',)):
    """A candidate's votes: vote(row, text_a, text_b) names an original (a document id) or None. Returns the counts
    (('all' | set | 'unknown' | 'against', 'R' | 'B')), the sources behind the right votes, the backwards pairs."""
    c = Counter(); sources = set(); backwards = []
    for r in rows:
        if r['relation'] not in relations: continue
        o = vote(r, text(r['set'], r['a']), text(r['set'], r['b']))
        if not o: continue
        v = 'R' if o == r['source'] else 'B'
        c['all', v] += 1; c[r['set'], v] += 1
        if v == 'R': sources.add((r['set'], r['source']))
        else: backwards.append(f"{r['set']}:{r['a']}/{r['b']}:{r['category']}")
        if r['answer'] is None: c['unknown', v] += 1
        elif r['answer'] != o: c['against', v] += 1
    return c, sources, backwards


def summary(name, tallied):
    c, sources, backwards = tallied
    sets = sorted({s for s, _ in c} - {'all', 'unknown', 'against'})
    return (f"{name:24} {c['all','R']} / {c['all','B']} (right from {len(sources)} sources); on unknown pairs {c['unknown','R']} / "
            f"{c['unknown','B']}; against the judge {c['against','R']} / {c['against','B']} | "
            + ', '.join(f"{s} {c[s,'R']} / {c[s,'B']}" for s in sets) + f" {backwards[:6]}")


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    rels = sys.argv[sys.argv.index('--relations') + 1].split(',') if '--relations' in sys.argv else ['paraphrase']
    k = int(sys.argv[sys.argv.index('--k') + 1]) if '--k' in sys.argv else 1
    marks = sys.argv[sys.argv.index('--marks') + 1].split(',') if '--marks' in sys.argv else list(MARKS)
    for mark in marks:
        c = Counter(); ex = []
        for r in rows:
            if r['relation'] not in rels: continue
            ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
            o = vote(ta, tb, r['a'], r['b'], mark, k)
            if not o: continue
            v = 'R' if o == r['source'] else 'B'
            lg = lang(ta)
            for key in ('all', r['set'], lg): c[key, v] += 1
            if r['answer'] is None: c['unk', v] += 1
            elif r['answer'] != o: c['against', v] += 1
            if v == 'B': ex.append(f"{r['set']}:{r['a']}/{r['b']}:{r['category']}")
        sets = sorted({s for s, _ in c} - {'all', 'unk', 'against', 'de', 'en'})
        print(f"{mark:10} all {c['all','R']}/{c['all','B']}  de {c['de','R']}/{c['de','B']}  en {c['en','R']}/{c['en','B']}  "
              f"unknown {c['unk','R']}/{c['unk','B']}  against-judge {c['against','R']}/{c['against','B']} | "
              + ' '.join(f"{s}:{c[s,'R']}/{c[s,'B']}" for s in sets), ex[:8])


if __name__ == '__main__':
    main()
