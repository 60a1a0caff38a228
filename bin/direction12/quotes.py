#!/usr/bin/env python3
"""feat-direction12: double quotation marks as a second reading of the typography clue, on the rows of
bin/direction9/clue_votes.py --rows (paraphrase pairs unless --relations). English form only: “ ” (U+201C/U+201D)
against " (U+0022), in texts that hold no German or French quotation mark („ ‚ « » ‹ ›) and do not read as German.
Variants: 'quotes' (the double quotes alone), 'either' (apostrophes, else double quotes; silent when they disagree),
'all-marks' (a text's apostrophes and double quotes together all typographic against all plain).

  python3 bin/direction12/quotes.py ROWS.jsonl [--relations paraphrase,near_duplicate] [--k 2]
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import lang

CURLY = re.compile('[\u201c\u201d]'); FOREIGN = re.compile('[\u201e\u201a\u00ab\u00bb\u2039\u203a]'); STRAIGHT = re.compile('"')
CA = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])"); SA = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def quotes(t):
    if FOREIGN.search(t) or lang(t) == 'de':
        return 0, 0
    return len(CURLY.findall(t)), len(STRAIGHT.findall(t))


def apos(t):
    return len(CA.findall(t)), len(SA.findall(t))


def strict(x, y, k):
    (ca, pa), (cb, pb) = x, y
    if ca >= k and pa == 0 and pb >= k and cb == 0: return 'a'
    if cb >= k and pb == 0 and pa >= k and ca == 0: return 'b'
    return None


def variant(name, ta, tb, k):
    if name == 'apostrophes': return strict(apos(ta), apos(tb), 1)
    if name == 'quotes': return strict(quotes(ta), quotes(tb), k)
    if name == 'either':
        x, y = strict(apos(ta), apos(tb), 1), strict(quotes(ta), quotes(tb), k)
        return None if x and y and x != y else x or y
    if name == 'all-marks':
        (qa, sa), (qb, sb) = quotes(ta), quotes(tb)
        (aa, pa), (ab, pb) = apos(ta), apos(tb)
        return strict((qa + aa, sa + pa), (qb + ab, sb + pb), 1)


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    rels = sys.argv[sys.argv.index('--relations') + 1].split(',') if '--relations' in sys.argv else ['paraphrase']
    k = int(sys.argv[sys.argv.index('--k') + 1]) if '--k' in sys.argv else 2
    for name in ('apostrophes', 'quotes', 'either', 'all-marks'):
        c = Counter(); ex = []
        for r in rows:
            if r['relation'] not in rels: continue
            o = variant(name, text(r['set'], r['a']), text(r['set'], r['b']), k)
            if not o: continue
            o = r[o]; v = 'R' if o == r['source'] else 'B'
            c['all', v] += 1; c[r['set'], v] += 1
            if r['answer'] is None: c['unknown', v] += 1
            elif r['answer'] != o: c['against the judge', v] += 1
            if v == 'B': ex.append(f"{r['set']}:{r['a']}/{r['b']}:{r['category']}")
        sets = sorted({s for s, _ in c} - {'all', 'unknown', 'against the judge'})
        print(f"{name:12} all {c['all','R']} / {c['all','B']}; on unknown pairs {c['unknown','R']} / {c['unknown','B']}; "
              f"against the judge {c['against the judge','R']} / {c['against the judge','B']} | "
              + ', '.join(f"{s} {c[s,'R']} / {c[s,'B']}" for s in sets), ex[:6])


if __name__ == '__main__':
    main()
