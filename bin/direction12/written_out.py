#!/usr/bin/env python3
"""feat-direction12: German abbreviations written out: of a paraphrase pair of German texts, the text that writes an
abbreviation ("z. B.", "bzw.", "Mio.") where the other writes none of its abbreviations but the word it stands for
("zum Beispiel", "beziehungsweise", "Millionen") is named the original. Rows of bin/direction9/clue_votes.py --rows.

  python3 bin/direction12/written_out.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import lang

EXPANSIONS = {
    r'z\. ?B\.': r'zum Beispiel', r'u\. ?a\.': r'unter anderem', r'bzw\.': r'beziehungsweise', r'ca\.': r'circa|zirka|etwa|rund|ungefähr',
    r'usw\.': r'und so weiter', r'd\. ?h\.': r'das heißt', r'etc\.': r'und so weiter', r'Nr\.': r'Nummer', r'Mio\.': r'Million(?:en)?',
    r'Mrd\.': r'Milliarden?', r'Dr\.': r'Doktor', r'Prof\.': r'Professor(?:in)?', r'St\.': r'Sankt', r'inkl\.': r'inklusive|einschließlich',
    r'ggf\.': r'gegebenenfalls', r'evtl\.': r'eventuell', r'vgl\.': r'vergleiche', r'sog\.': r'so ?genannte?[nmrs]?', r'Str\.': r'Straße',
    r'bspw\.': r'beispielsweise', r'v\. ?a\.': r'vor allem', r'u\. ?U\.': r'unter Umständen', r'o\. ?ä\.': r'oder ähnlich', r'Tel\.': r'Telefon',
    r'geb\.': r'geboren', r'Abs\.': r'Absatz',
}
PATTERNS = [(re.compile(r'(?<!\w)' + a, re.I), re.compile(r'\b(?:' + e + r')\b', re.I)) for a, e in EXPANSIONS.items()]


def written_out(x, y):
    """How many of x's abbreviations y writes out, when y writes no abbreviation x writes."""
    n = 0
    for abbr, full in PATTERNS:
        if abbr.search(x):
            if abbr.search(y): return 0
            if full.search(y): n += 1
    return n


rows = [json.loads(l) for l in open(sys.argv[1])]
c = Counter(); srcs = set(); ex = []
for r in rows:
    if r['relation'] != 'paraphrase': continue
    ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
    if lang(ta) != 'de' or lang(tb) != 'de': continue
    na, nb = written_out(ta, tb), written_out(tb, ta)
    if bool(na) == bool(nb): continue
    o = r['a'] if na else r['b']
    v = 'R' if o == r['source'] else 'B'
    c['all', v] += 1; c[r['set'], v] += 1
    if v == 'R': srcs.add((r['set'], r['source']))
    else: ex.append(f"{r['set']}:{r['a']}/{r['b']}")
    if r['answer'] is None: c['unknown', v] += 1
sets = sorted({s for s, _ in c} - {'all', 'unknown'})
print(f"written out: {c['all','R']} / {c['all','B']} (right from {len(srcs)} sources); unknown {c['unknown','R']} / {c['unknown','B']} | "
      + ', '.join(f"{s} {c[s,'R']} / {c[s,'B']}" for s in sets), ex)
