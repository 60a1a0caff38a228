#!/usr/bin/env python3
"""feat-direction10: the condensation clue with dates (month and weekday names) as kept facts besides numbers and names,
measured offline on the fit rows (bin/direction9/names_rule.py's replay of the built clue, "union", plus one more reading).

  python3 bin/direction10/dates_rule.py ROWS.jsonl G20K_PAIRS.jsonl G20K_TRUTH.jsonl

A date word is a capitalised English or German month or weekday name ("May"/"Mai" only beside a number); it counts as
kept when the other text has it in any case. Tried: numbers and dates (no names), and numbers, names and dates.
"""
import re, sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from tally import paraphrases, tally, line
import names_rule as nr

MONTHS = ('January February March April June July August September October November December '
          'Januar Februar März Juni Juli Oktober Dezember').split()
DAYS = ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday '
        'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag').split()
DATE = re.compile(r'\b(?:' + '|'.join(MONTHS + DAYS) + r')\b|\b(?:May|Mai)\b(?=\s+\d)|(?<=\d\s)(?:May|Mai)\b|(?<=\d\.\s)Mai\b')


def facts(t, names, dates):
    f = nr.facts(t, names)
    if dates:
        f |= {('m', x.lower()) for x in DATE.findall(t)}
    return f


def rule(ta, tb, names, dates, ratio=1.5, more=2):
    side = nr.longer(ta, tb, ratio)
    if side is None:
        return None
    L, tl, ts = side
    if names == 'runs' and (nr.caseless(ta) or nr.caseless(tb) or nr.german(ta) or nr.german(tb)):
        names = False
    if dates and (nr.caseless(ta) or nr.caseless(tb)):
        dates = False
    return L if nr.keeps(tl, ts, facts(tl, names, dates), facts(ts, names, dates), more) else None


VARIANTS = {
    'built (numbers, or numbers and names)': lambda a, b: rule(a, b, False, False) or rule(a, b, 'runs', False),
    'built, or numbers and dates': lambda a, b: rule(a, b, False, False) or rule(a, b, 'runs', False) or rule(a, b, False, True),
    'built, or numbers, names and dates': lambda a, b: rule(a, b, False, False) or rule(a, b, 'runs', False) or rule(a, b, 'runs', True),
    'built, or either with dates': lambda a, b: (rule(a, b, False, False) or rule(a, b, 'runs', False) or rule(a, b, False, True)
                                                 or rule(a, b, 'runs', True)),
}


def main():
    rows, texts = paraphrases(*sys.argv[1:4])
    for label, fn in VARIANTS.items():
        print(line(label, tally(rows, texts, fn)))


if __name__ == '__main__':
    main()
