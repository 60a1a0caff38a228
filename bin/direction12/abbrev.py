#!/usr/bin/env python3
"""feat-direction12: German abbreviations (and other marks of an edited page) as a direction clue, on the rows of
bin/direction9/clue_votes.py --rows (paraphrase pairs, both texts German): the text that writes such marks where the
other writes none is named the original (a model rewriting German writes "zum Beispiel" for "z. B."). Variants
combine abbreviations with parentheses, slashes between words and gender forms. Prints right / backwards, on unknown
pairs, against the judge, per set, and the number of distinct sources behind the right votes.

  python3 bin/direction12/abbrev.py ROWS.jsonl [--english] [--floor N]   (N: marks the original must have, 1 by default)
"""
import json, re, sys
sys.path.insert(0, 'bin/direction9'); sys.path.insert(0, 'bin/direction12')
from candidates import text
from screen import lang, summary, tally

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
    floor = int(sys.argv[sys.argv.index('--floor') + 1]) if '--floor' in sys.argv else 1
    if english:
        TRAITS['abbr'] = lambda t: len(EN_ABBR.findall(t))
    for name, traits in VARIANTS.items():
        def vote(r, ta, tb, traits=traits):
            if (lang(ta) == 'de') == english or (lang(tb) == 'de') == english: return None
            fa, fb = sum(TRAITS[t](ta) for t in traits), sum(TRAITS[t](tb) for t in traits)
            if fa >= floor and fb == 0: return r['a']
            return r['b'] if fb >= floor and fa == 0 else None
        print(summary(name, tally(rows, vote)))

if __name__ == '__main__':
    main()
