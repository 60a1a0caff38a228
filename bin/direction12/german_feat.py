#!/usr/bin/env python3
"""feat-direction12: what else tells a German original from its rewrite, on the German truth pairs of a part
(paraphrases): for each trait, the text that has it where the other has none is named the original (presence), and
for each measure the text with the higher value by a margin (ratio). right / backwards, and on pairs the judge
leaves unknown.

  python3 bin/direction12/german_feat.py ROWS.jsonl
"""
import json, re, statistics, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import lang

ABBR = re.compile(r'(?<!\w)(?:z\. ?B\.|u\. ?a\.|bzw\.|ca\.|usw\.|d\. ?h\.|etc\.|Nr\.|Mio\.|Mrd\.|Dr\.|Prof\.|St\.|inkl\.|'
                  r'ggf\.|evtl\.|vgl\.|sog\.|Str\.|bspw\.|v\. ?a\.|u\. ?U\.|o\. ?ä\.|Tel\.|geb\.|Abs\.)', re.I)
PRESENCE = {
    'abbreviation': lambda t: len(ABBR.findall(t)),
    'parenthesis': lambda t: t.count('('),
    'slash': lambda t: len(re.findall(r'\w/\w', t)),
    'gender_form': lambda t: len(re.findall(r'\w(?:[*:_]innen|Innen)\b', t)),
    'semicolon': lambda t: t.count(';'),
    'colon': lambda t: len(re.findall(r'\w:\s', t)),
    'question': lambda t: t.count('?'),
    'exclamation': lambda t: t.count('!'),
    'first_person': lambda t: len(re.findall(r'\b(ich|wir|mein|meine|unser|unsere|uns)\b', t, re.I)),
    'second_person': lambda t: len(re.findall(r'\b(du|dich|dir|dein|ihr|euch)\b', t)),
    'euro_sign': lambda t: len(re.findall(r'€', t)),
    'unit_abbrev': lambda t: len(re.findall(r'\d\s?(?:km|m|kg|t|ha|l|cm|mm|h|min|Mio|Mrd)\b', t)),
    'ordinal_date': lambda t: len(re.findall(r'\b\d{1,2}\.\s?(?:\d{1,2}\.|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)', t)),
    'digit': lambda t: len(re.findall(r'\d', t)),
    'dash': lambda t: len(re.findall(r'\s[–—-]\s', t)),
    'capital_word_run': lambda t: len(re.findall(r'\b[A-ZÄÖÜ]{3,}\b', t)),
    'hyphen_compound': lambda t: len(re.findall(r'[A-Za-zÄÖÜäöüß]-[A-ZÄÖÜ]', t)),
}
WORD = re.compile(r'[^\W\d_]+')
SENT = re.compile(r'(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])')


def sent_cv(t):
    lens = [len(WORD.findall(s)) for s in SENT.split(t) if WORD.findall(s)]
    return statistics.pstdev(lens) / statistics.mean(lens) if len(lens) > 2 else None


MEASURE = {
    'sentence_length_cv': sent_cv,
    'mean_word_length': lambda t: statistics.mean(len(w) for w in WORD.findall(t)),
    'long_word_share': lambda t: sum(len(w) >= 13 for w in WORD.findall(t)) / len(WORD.findall(t)),
    'type_token': lambda t: len({w.lower() for w in WORD.findall(t)[:100]}) / min(100, len(WORD.findall(t))),
}

rows = [json.loads(l) for l in open(sys.argv[1])]
c = Counter()
for r in rows:
    if r['relation'] != 'paraphrase': continue
    ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
    if lang(text(r['set'], r['source'])) != 'de': continue
    unk = r['answer'] is None
    c['pairs'] += 1; c['unknown'] += unk
    for name, f in PRESENCE.items():
        fa, fb = f(ta), f(tb)
        if (fa > 0) == (fb > 0): continue
        v = 'R' if (r['a'] if fa > 0 else r['b']) == r['source'] else 'B'
        c[name, v] += 1; c[name, 'unk', v] += unk
    for name, f in MEASURE.items():
        fa, fb = f(ta), f(tb)
        if fa is None or fb is None: continue
        for margin in (1.1, 1.25):
            if max(fa, fb) < margin * min(fa, fb): continue
            v = 'R' if (r['a'] if fa > fb else r['b']) == r['source'] else 'B'
            c[name, margin, v] += 1; c[name, margin, 'unk', v] += unk
print(f"German paraphrase truth pairs {c['pairs']}, unknown {c['unknown']}")
print('| trait: the text that has it where the other has none is the original | right / backwards | on unknown pairs |')
print('|---|---:|---:|')
for name in PRESENCE:
    print(f"| {name} | {c[name,'R']} / {c[name,'B']} | {c[name,'unk','R']} / {c[name,'unk','B']} |")
print('| measure: the text with the higher value (margin) is the original | right / backwards | on unknown pairs |')
for name in MEASURE:
    for m in (1.1, 1.25):
        print(f"| {name} ×{m} | {c[name,m,'R']} / {c[name,m,'B']} | {c[name,m,'unk','R']} / {c[name,m,'unk','B']} |")
