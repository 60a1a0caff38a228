#!/usr/bin/env python3
"""feat-direction12: German abbreviations (and other marks of an edited page) as a direction clue, on the rows of
bin/direction9/clue_votes.py --rows (paraphrase pairs, both texts German): the text that writes such marks where the
other writes none is named the original (a model rewriting German writes "zum Beispiel" for "z. B."). Variants
combine abbreviations with parentheses, slashes between words and gender forms. Prints right / backwards, on unknown
pairs, against the judge, per set, and the number of distinct sources behind the right votes.

  python3 bin/direction12/abbrev.py ROWS.jsonl [--english]
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import lang

ABBR = re.compile(r'(?<!\w)(?:z\. ?B\.|u\. ?a\.|bzw\.|ca\.|usw\.|d\. ?h\.|etc\.|Nr\.|Mio\.|Mrd\.|Dr\.|Prof\.|St\.|inkl\.|'
                  r'ggf\.|evtl\.|vgl\.|sog\.|Str\.|bspw\.|v\. ?a\.|u\. ?U\.|o\. ?ä\.|Tel\.|geb\.|Abs\.)', re.I)
EN_ABBR = re.compile(r'(?<!\w)(?:e\. ?g\.|i\. ?e\.|etc\.|approx\.|vs\.|incl\.|No\.|Nos\.|est\.|Jr\.|Sr\.|Gov\.|Sen\.|Rep\.|Gen\.|Lt\.|Col\.|Sgt\.|Capt\.|Prof\.|Dr\.|St\.|Ave\.|Mt\.)')
TRAITS = {
    'abbr': lambda t: len(ABBR.findall(t)),
    'paren': lambda t: t.count('('),
    'slash': lambda t: len(re.findall(r'[^\W\d_]/[^\W\d_]', t)),
    'gender': lambda t: len(re.findall(r'\w(?:[*:_]innen|Innen)\b', t)),
}
VARIANTS = {'abbr': ['abbr'], 'abbr+slash+gender': ['abbr', 'slash', 'gender'], 'abbr+paren': ['abbr', 'paren'],
            'abbr+paren+slash+gender': ['abbr', 'paren', 'slash', 'gender']}


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    english = '--english' in sys.argv
    if english:
        TRAITS['abbr'] = lambda t: len(EN_ABBR.findall(t))
    for name, traits in VARIANTS.items():
        c = Counter(); sources = set(); ex = []
        for r in rows:
            if r['relation'] != 'paraphrase': continue
            ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
            if (lang(ta) == 'de') == english or (lang(tb) == 'de') == english: continue
            fa, fb = sum(TRAITS[t](ta) for t in traits), sum(TRAITS[t](tb) for t in traits)
            if (fa > 0) == (fb > 0): continue
            o = r['a'] if fa > 0 else r['b']
            v = 'R' if o == r['source'] else 'B'
            c['all', v] += 1; c[r['set'], v] += 1
            if v == 'R': sources.add((r['set'], r['source']))
            else: ex.append(f"{r['set']}:{r['a']}/{r['b']}:{r['category']}")
            if r['answer'] is None: c['unknown', v] += 1
            elif r['answer'] != o: c['against', v] += 1
        sets = sorted({s for s, _ in c} - {'all', 'unknown', 'against'})
        print(f"{name:24} {c['all','R']} / {c['all','B']} (right from {len(sources)} sources); unknown {c['unknown','R']} / "
              f"{c['unknown','B']}; against the judge {c['against','R']} / {c['against','B']} | "
              + ', '.join(f"{s} {c[s,'R']} / {c[s,'B']}" for s in sets), ex[:5])


if __name__ == '__main__':
    main()
