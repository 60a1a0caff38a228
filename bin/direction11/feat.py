#!/usr/bin/env python3
"""feat-direction11 (docs/quality.md, "Direction, a tenth round"): every typographic and wording feature of the first screen: the text that has it where the other has none, named the original; right/backwards per set and on unknown pairs.
Run from the repository root:  python3 bin/direction11/feat.py ROWS.jsonl   (ROWS: bin/direction9/clue_votes.py OUTDIR fit --rows)
"""
import json, re, sys
from collections import Counter, defaultdict
sys.path.insert(0,'bin/direction9')
from candidates import text
rows=[json.loads(l) for l in open(sys.argv[1])]
F = {
 'curly_q': lambda t: len(re.findall('[“”„]', t)),
 'straight_q': lambda t: t.count('"'),
 'curly_apos': lambda t: len(re.findall('[’‘]', t)),
 'straight_apos': lambda t: len(re.findall(r"[A-Za-z]'[A-Za-z]", t)),
 'emdash': lambda t: t.count('—'),
 'endash': lambda t: t.count('–'),
 'hyphen_sp': lambda t: t.count(' - '),
 'ellipsis': lambda t: t.count('…'),
 'nbsp': lambda t: t.count('\u00a0'),
 'dblspace': lambda t: len(re.findall(r'\S  \S', t)),
 'contraction': lambda t: len(re.findall(r"\b\w+(?:n['’]t|['’](?:s|re|ve|ll|d|m))\b", t)),
 'hedge': lambda t: len(re.findall(r'\b(reportedly|according to|allegedly|it is said|apparently|laut|angeblich|demnach|zufolge)\b', t, re.I)),
 'generic_close': lambda t: len(re.findall(r'\b(in conclusion|overall|in summary|ultimately|all in all|in short|insgesamt|zusammenfassend|letztlich)\b', t, re.I)),
 'colon_list': lambda t: len(re.findall(r'^\s*[-*•]\s', t, re.M)),
 'paren': lambda t: t.count('('),
 'semicolon': lambda t: t.count(';'),
 'exclaim': lambda t: t.count('!'),
 'question': lambda t: t.count('?'),
 'digits_comma': lambda t: len(re.findall(r'\d,\d{3}\b', t)),
 'percent_sign': lambda t: t.count('%'),
 'per_cent_word': lambda t: len(re.findall(r'\b(percent|per cent|prozent)\b', t, re.I)),
 'url': lambda t: len(re.findall(r'https?://|www\.', t)),
 'at_hash': lambda t: len(re.findall(r'[@#]\w', t)),
 'allcaps': lambda t: len(re.findall(r'\b[A-Z]{4,}\b', t)),
 'lower_start': lambda t: len(re.findall(r'[.!?]\s+[a-z]', t)),
}
# rule: doc with feature>0 where other ==0 is ORIGINAL (orig) ; report both orientations
votes = defaultdict(Counter)
for r in rows:
    ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
    for name, f in F.items():
        fa, fb = f(ta), f(tb)
        if (fa > 0) == (fb > 0): continue
        has = r['a'] if fa > 0 else r['b']
        v = 'R' if has == r['source'] else 'B'
        votes[name][r['set'], v] += 1; votes[name]['all', v] += 1
        if r['answer'] is None: votes[name]['unk', v] += 1
sets = sorted({r['set'] for r in rows})
for name in F:
    c = votes[name]
    print(f"{name:14} all {c['all','R']}/{c['all','B']} unk {c['unk','R']}/{c['unk','B']} | " + ' '.join(f"{s[:8]}:{c[s,'R']}/{c[s,'B']}" for s in sets if c[s,'R'] or c[s,'B']))
