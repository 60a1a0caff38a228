#!/usr/bin/env python3
"""feat-direction12: double quotation marks as a second reading of the typography clue, on the rows of
bin/direction9/clue_votes.py --rows (paraphrase pairs unless --relations). English form only: “ ” (U+201C/U+201D)
against " (U+0022), in texts that hold no German or French quotation mark („ ‚ « » ‹ ›) and do not read as German.
Variants: 'quotes' (the double quotes alone), 'either' (apostrophes, else double quotes; silent when they disagree),
'all-marks' (a text's apostrophes and double quotes together all typographic against all plain).

  python3 bin/direction12/quotes.py ROWS.jsonl [--relations paraphrase,near_duplicate] [--k 2]
"""
import json, re, sys
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import lang, summary, tally

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
        vote = lambda r, ta, tb, name=name: (lambda o: r[o] if o else None)(variant(name, ta, tb, k))
        print(summary(name, tally(rows, vote, rels)))

if __name__ == '__main__':
    main()
