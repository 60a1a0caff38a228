#!/usr/bin/env python3
"""feat-direction10: "a fact the longer text states that the other generalises" as a direction clue, measured offline on
the fit rows (clue_votes.py --rows). X is named the original of Y when X states at least N numbers that Y lacks, Y states
no number X lacks, and Y uses more vague quantities than X ("many", "several", "dozens", "hundreds", "some", "a few";
German "viele", "mehrere", "einige", "Dutzende", "Hunderte"). Years (1800-2099) are not counted as numbers (built).

  python3 bin/direction10/generalise.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
from candidates import text, NUMBER

VAGUE = re.compile(r"\b(?:many|several|dozens|hundreds|thousands|millions|numerous|some|few|a number of|a lot of|lots of|"
                   r"viele|vielen|mehrere|einige|einigen|dutzende|hunderte|tausende|zahlreiche)\b", re.I)


YEAR = re.compile(r'(?:1[89]|20)\d\d')


def quantities(t, years=False):
    """The distinct numbers of a text, less its years (unless years): GeneralisationSignal.quantities."""
    return {x for x in NUMBER.findall(t) if years or not YEAR.fullmatch(x)}


def vote(ta, tb, n, years=False):
    na, nb = quantities(ta, years), quantities(tb, years)
    va, vb = len(VAGUE.findall(ta)), len(VAGUE.findall(tb))
    if len(na - nb) >= n and not (nb - na) and vb > va:
        return 'a'
    if len(nb - na) >= n and not (na - nb) and va > vb:
        return 'b'
    return None


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)['relation'] == 'paraphrase']
    texts = [(text(r['set'], r['a']), text(r['set'], r['b'])) for r in rows]
    for n, years in ((1, False), (2, True), (2, False), (3, False)):
        c = Counter()
        for r, (ta, tb) in zip(rows, texts):
            v = vote(ta, tb, n, years)
            if v is None:
                continue
            named = r['a'] if v == 'a' else r['b']
            k = 'R' if named == r['source'] else 'B'
            c[k] += 1
            c[r['set'], k] += 1
            if not r['answer']:
                c[k, 'new'] += 1
            elif r['answer'] != named:
                c['against'] += 1
        sets = sorted({k[0] for k in c if isinstance(k, tuple) and k[0] not in ('R', 'B')})
        print(f"numbers dropped >= {n}{' (years counted)' if years else ''}: {c['R']}/{c['B']} new {c[('R','new')]}/{c[('B','new')]} against {c['against']}")
        print('   ' + ' | '.join(f"{s} {c[(s,'R')]}/{c[(s,'B')]}" for s in sets))


if __name__ == '__main__':
    main()
