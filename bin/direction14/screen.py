#!/usr/bin/env python3
"""feat-direction14: what a rewrite does that its source does not, screened on the found truth pairs of one part
(rows of `bin/direction13/table.py OUTDIR PART --rows`), paraphrase pairs only.

  python3 bin/direction14/screen.py ROWS grid        # the lower-case clue: share x sentences grid, leave one set out
  python3 bin/direction14/screen.py ROWS marks       # typing marks and German quotation marks (measured, not built)

A clue names the text that has the mark the original; "right" when that is the truth's source, "back" otherwise;
"on unknown" counts the pairs the scan left unknown. The lower-case reading mirrors LowerCaseSignal's sentence
beginnings (the first cased letter of the text, of a line, or after . ! ? and white space).
"""
import json, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, 'bin/direction13')
from table import text  # noqa: E402  (the corpus texts, by set and id)

START = re.compile(r'(?:^|[.!?]["\u201d\u201c\u2019\u00bb\u00ab)]?\s+|\n\s*)["\'\u201e\u201c\u201a\u2018\u00ab\u00bb(*\u2022\u2013\u2014-]*([^\W\d_])', re.M)
MARKS = {
    'space before punctuation': re.compile(r'\w [,;:!?.](?=\s|$)'),
    'no space after a sentence': re.compile(r'[a-zäöüß][.!?][A-ZÄÖÜ][a-zäöüß]'),
    'three dots': re.compile(r'(?<!\.)\.\.\.(?!\.)'),
    'double hyphen': re.compile(r'(?<!-)--(?!-)'),
    'abbreviation before lower case': re.compile(r'(?<![\w.])(?:[A-Za-zÄÖÜäöü]{1,3}\.){2,3}(?= +[a-zäöü0-9])'),
}
GERMAN = re.compile(r'\b(und|der|die|das|nicht|mit|sich|auch|ist|ein|eine|für|von|den|dem|zu|im|auf|wird|werden)\b', re.I)
ENGLISH = re.compile(r'\b(and|the|of|not|with|is|a|an|for|from|to|in|on|will|be|that|this|are)\b', re.I)


def beginnings(t):
    letters = [m.group(1) for m in START.finditer(t)]
    return len(letters), sum(1 for ch in letters if ch.islower())


def pairs(path):
    for r in map(json.loads, open(path)):
        if r['relation'] == 'paraphrase':
            copy = r['b'] if r['source'] == r['a'] else r['a']
            yield r, text(r['set'], r['source']), text(r['set'], copy)


def lower_case(rows, share, minimum, keep=lambda r: True):
    c = Counter()
    for r, (ns, ls), (nc, lc) in rows:
        if not keep(r) or ns < minimum or nc < minimum:
            continue
        if ls / ns >= share and lc / nc <= 1 - share:
            c['right'] += 1
            c['right on unknown'] += r['answer'] == 'unknown'
        elif lc / nc >= share and ls / ns <= 1 - share:
            c['back'] += 1
    return c


def grid(path):
    rows = [(r, beginnings(s), beginnings(c)) for r, s, c in pairs(path)]
    cells = [(share, minimum) for share in (0.6, 0.67, 0.8, 0.9) for minimum in (2, 3, 4)]
    for share, minimum in cells:
        print(f'share {share} sentences {minimum}:', dict(lower_case(rows, share, minimum)))
    print('leave one set out (fitted on the others: most right answers with none backwards, ties to the stricter):')
    for name in sorted({r['set'] for r, _, _ in rows}):
        def fitted(cell):
            c = lower_case(rows, *cell, keep=lambda r: r['set'] != name)
            return c['back'] == 0, c['right'], cell
        best = max(cells, key=fitted)
        print(f'  {name}: fitted {best}, scored', dict(lower_case(rows, *best, keep=lambda r: r['set'] == name)))
    by_set = defaultdict(Counter)
    for r, (ns, ls), (nc, lc) in rows:
        if ns >= 3 and nc >= 3 and ls / ns >= 0.8 and lc / nc <= 0.2:
            by_set[r['set'] + ' ' + r['lang'] + ' ' + str(r['category'])][r['answer']] += 1
    print('built (0.8, 3): right answers by set, language, manner, and what the scan answered there:')
    for k, v in sorted(by_set.items()):
        print(f'  {k}: {sum(v.values())} ({dict(v)})')


def marks(path):
    rows = list(pairs(path))
    for least in (1, 2):
        c, by_set = Counter(), defaultdict(Counter)
        for r, s, cp in rows:
            ns, ls = beginnings(s)
            if ns and ls / ns >= 0.8:
                continue  # lower-cased sources: the lower-case clue reads them
            ms = sum(len(p.findall(s)) for p in MARKS.values())
            mc = sum(len(p.findall(cp)) for p in MARKS.values())
            if min(ms, mc) == 0 and max(ms, mc) >= least:
                answer = 'right' if ms > mc else 'back'
                c[answer] += 1
                c[answer + ' on unknown'] += r['answer'] == 'unknown'
                by_set[r['set']][answer] += 1
        print(f'typing marks, {least} or more against none (cased sources):', dict(c))
        print('   ', ' '.join(f"{k} {v['right']}/{v['back']}" for k, v in sorted(by_set.items())))
    c = Counter()
    for r, s, cp in rows:
        if len(GERMAN.findall(s)) <= len(ENGLISH.findall(s)) or len(GERMAN.findall(cp)) <= len(ENGLISH.findall(cp)):
            continue
        other_s, other_c = s.count('"') + s.count('\u201d'), cp.count('"') + cp.count('\u201d')
        german_s, german_c = s.count('\u201e'), cp.count('\u201e')
        if other_s >= 2 and german_s == 0 and german_c >= 1 and other_c == 0:
            c['right'] += 1
            c['right on unknown'] += r['answer'] == 'unknown'
        elif other_c >= 2 and german_c == 0 and german_s >= 1 and other_s == 0:
            c['back'] += 1
    print('German texts: plain or English quotation marks against German ones, the former the original:', dict(c))


if __name__ == '__main__':
    {'grid': grid, 'marks': marks}[sys.argv[2]](sys.argv[1])
