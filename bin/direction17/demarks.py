#!/usr/bin/env python3
"""feat-direction17: marks of German texts screened as direction clues on German paraphrase pairs of the fit part
(siblings included): the text with at least N marks is named the original when the other has none. Gender forms with
a mark (Leser*innen, Leser:innen, Leser_innen, LeserInnen), hyphenated digit ranges, parentheses, persons addressed,
exclamations, spaced dashes and more.

  python3 bin/direction17/demarks.py OUTDIR PART
"""
import re, sys
from collections import Counter, defaultdict
sys.path.insert(0,'bin/direction17'); sys.path.insert(0,'bin/direction13')
import screen
from table import lang, text
MARKS = {
 'gender': re.compile(r'\w[*:_/]innen\b|\w[a-zäöü]Innen\b'),
 'hyphen_range': re.compile(r'\d-\d'),
 'ellipsis_word': re.compile(r'\w\.\.\.|\w…'),
 'exclaim': re.compile(r'!'),
 'question': re.compile(r'\?'),
 'first_person': re.compile(r'\b(ich|wir|mein|meine|unser|unsere|uns|mir|mich)\b', re.I),
 'second_person': re.compile(r'\b(du|dein|deine|dich|dir|ihr|euch|euer|eure)\b'),
 'Sie_address': re.compile(r'(?<![.!?]\s)\b(Sie|Ihnen|Ihr|Ihre)\b'),
 'colon_list': re.compile(r':\s*\n'),
 'bullet': re.compile(r'^\s*[-•*]\s', re.M),
 'anglicism_ing': re.compile(r'\b[A-ZÄÖÜ]?[a-zäöü]+ing\b'),
 'parenthesis': re.compile(r'\('),
 'dash_spaced': re.compile(r' [–-] '),
 'semicolon': re.compile(r';'),
}
screen.RELATIONS[:] = ['paraphrase']
rows = [r for r in screen.judged(sys.argv[1], sys.argv[2]) if lang(text(r['set'], r['source'] or r['x'])) == 'de']
for name, p in MARKS.items():
    for n in (1, 2, 3):
        c = Counter(); per = Counter()
        for r in rows:
            mx, my = len(p.findall(text(r['set'], r['x']))), len(p.findall(text(r['set'], r['y'])))
            ans = r['x'] if mx >= n and my == 0 else r['y'] if my >= n and mx == 0 else None
            if ans is None: continue
            k = 'sib' if r['kind'] == 'sibling' else 'right' if ans == r['source'] else 'back'
            c[k] += 1
            if k != 'sib': per[r['set'] + ':' + k] += 1
            if k == 'right' and r['scan'] is None: c['on_unknown'] += 1
        print(name, n, dict(c), dict(per))
