#!/usr/bin/env python3
"""feat-direction10: "a fact the longer text states that the other generalises" as a direction clue, measured offline on
the fit rows (clue_votes.py --rows). X is named the original of Y when X states at least N numbers that Y lacks, Y states
no number X lacks, and Y uses more vague quantities than X ("many", "several", "dozens", "hundreds", "some", "a few";
German "viele", "mehrere", "einige", "Dutzende", "Hunderte"). Years (1800-2099) are not counted as numbers (built).

  python3 bin/direction10/generalise.py ROWS.jsonl
"""
import re, sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from tally import paraphrases, tally, line
from candidates import NUMBER

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
    rows, texts = paraphrases(sys.argv[1])
    for n, years in ((1, False), (2, True), (2, False), (3, False)):
        c = tally(rows, texts, lambda ta, tb: vote(ta, tb, n, years))
        print(line(f"numbers dropped >= {n}{' (years counted)' if years else ''}", c))


if __name__ == '__main__':
    main()
