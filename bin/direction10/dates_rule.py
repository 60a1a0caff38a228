#!/usr/bin/env python3
"""feat-direction10: the condensation clue with dates (month and weekday names) as kept facts besides numbers and names,
measured offline on the fit rows (bin/direction9/names_rule.py's replay of the built clue, "union", plus one more reading).

  python3 bin/direction10/dates_rule.py ROWS.jsonl G20K_PAIRS.jsonl G20K_TRUTH.jsonl

A date word is a capitalised English or German month or weekday name ("May"/"Mai" only beside a number); it counts as
kept when the other text has it in any case. Tried: numbers and dates (no names), and numbers, names and dates.
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import names_rule as nr
from candidates import text, WORD, NUMBER
from condense_rule import g20k_rows, G20K

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
    wa, wb = len(WORD.findall(ta)), len(WORD.findall(tb))
    if wa >= ratio * wb:
        L, tl, ts = 'a', ta, tb
    elif wb >= ratio * wa:
        L, tl, ts = 'b', tb, ta
    else:
        return None
    if names == 'runs' and (nr.caseless(ta) or nr.caseless(tb) or nr.german(ta) or nr.german(tb)):
        names = False
    if dates and (nr.caseless(ta) or nr.caseless(tb)):
        dates = False
    fs, fl = facts(ts, names, dates), facts(tl, names, dates)
    if any(not nr.kept(f, tl, tl.lower()) for f in fs):
        return None
    if sum(not nr.kept(f, ts, ts.lower()) for f in fl) < more:
        return None
    return L


VARIANTS = {
    'built (numbers, or numbers and names)': lambda a, b: rule(a, b, False, False) or rule(a, b, 'runs', False),
    'built, or numbers and dates': lambda a, b: rule(a, b, False, False) or rule(a, b, 'runs', False) or rule(a, b, False, True),
    'built, or numbers, names and dates': lambda a, b: rule(a, b, False, False) or rule(a, b, 'runs', False) or rule(a, b, 'runs', True),
    'built, or either with dates': lambda a, b: (rule(a, b, False, False) or rule(a, b, 'runs', False) or rule(a, b, False, True)
                                                 or rule(a, b, 'runs', True)),
}


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)['relation'] == 'paraphrase']
    if len(sys.argv) > 3:
        rows += [r for r in g20k_rows(sys.argv[2], sys.argv[3]) if r['relation'] == 'paraphrase']
    texts = []
    for r in rows:
        if r['set'] == 'g20k':
            texts.append(tuple(open(f'{G20K}/{d}.txt', encoding='utf-8', errors='replace').read() for d in (r['a'], r['b'])))
        else:
            texts.append((text(r['set'], r['a']), text(r['set'], r['b'])))
    for label, fn in VARIANTS.items():
        c = Counter()
        for r, (ta, tb) in zip(rows, texts):
            n = fn(ta, tb)
            if n is None:
                continue
            n = r['a'] if n == 'a' else r['b']
            v = 'R' if n == r['source'] else 'B'
            c[(r['set'], v)] += 1
            if not r['answer']:
                c[(r['set'], v, 'new')] += 1
            elif r['answer'] != n:
                c[(r['set'], 'against')] += 1
        sets = sorted({k[0] for k in c})
        tot = Counter()
        for k, v in c.items():
            tot[k[1:]] += v
        print(f"{label}: all {tot[('R',)]}/{tot[('B',)]} new {tot[('R','new')]}/{tot[('B','new')]} against {tot[('against',)]}")
        print('   ' + ' | '.join(f"{s} {c[(s,'R')]}/{c[(s,'B')]} new {c[(s,'R','new')]}/{c[(s,'B','new')]}"
                                 + (f" against {c[(s,'against')]}" if c[(s,'against')] else '') for s in sets))


if __name__ == '__main__':
    main()
