#!/usr/bin/env python3
"""feat-direction19: CondensationSignal's names, read in German too. KeptNames reads names by their capitals and so
skips German texts (every noun is capitalised). Screened here on the German paraphrase pairs of one part (siblings
included): the condensation clue's rule (the longer text, at least RATIO times the other's words, states every number
of the shorter and every name of it, and at least 2 numbers and names more), with a name read as KeptNames reads it
(a run of two or more capitalised words inside a sentence, one space apart, a sentence's first word dropped) under one
of these readings of German:
  runs      every such run (as in English)
  noun-free runs in which no word is one the corpus's texts also use right after an article (der, die, das, ein, …,
            read as a noun); so "Millionen Euro", "Ende Januar" are no names, "Shanghai Electric" is

  python3 bin/direction19/denames.py OUTDIR PART [RATIO]
"""
import re, sys, os
from collections import Counter
sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import screen
from table import lang, text, set_dir

WORD = re.compile(r'[^\W\d_]+|\d+(?:[.,]\d+)*')
LETTERS = re.compile(r'[^\W\d_]+')
NUMBER = re.compile(r'\d+(?:[.,]\d+)*')
SENT = re.compile(r'[^.!?:\n]+')
STOP = set('der die das den dem des ein eine einer eines einem einen und oder aber im in am an auf mit von zu für bei '
           'nach aus über unter vor sie er es wir ihr ich du man sich nicht auch als wie so wenn dass the a an of'.split())
ARTICLE_NOUN = re.compile(r'\b(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\s+([A-ZÄÖÜ][^\W\d_]+)')
_nouns = {}


def nouns(name):
    """capitalised words the set's corpus writes right after an article: German nouns, not names"""
    if name not in _nouns:
        d = set_dir(name) + '/corpus'
        found = Counter()
        for f in os.listdir(d):
            found.update(set(ARTICLE_NOUN.findall(open(os.path.join(d, f), encoding='utf-8', errors='replace').read())))
        _nouns[name] = {w for w, n in found.items() if n >= 2}
    return _nouns[name]


def names(t, skip=frozenset()):
    out = set()
    for s in SENT.findall(t):
        toks = list(re.finditer(r'\S+', s))
        words = [m.group().strip(',;()„“"»«\'’') for m in toks]
        i = 0
        while i < len(words):
            w = words[i]
            if not (w[:1].isupper() and w.isalpha() and w.lower() not in STOP):
                i += 1
                continue
            end = i + 1
            while end < len(words) and words[end][:1].isupper() and words[end].isalpha() \
                    and words[end].lower() not in STOP and toks[end - 1].group() == words[end - 1]:
                end += 1
            first = i + 1 if i == 0 else i
            run = words[first:end]
            if len(run) >= 2 and not (set(run) & skip):
                out.add(' '.join(run).lower())
            i = end
    return out


def clue(tx, ty, reading, noun_words, ratio):
    wx, wy = len(LETTERS.findall(tx)), len(LETTERS.findall(ty))
    if wx >= ratio * wy:
        long_t, short_t, who = tx, ty, 'x'
    elif wy >= ratio * wx:
        long_t, short_t, who = ty, tx, 'y'
    else:
        return None, 0
    nl, ns = set(NUMBER.findall(long_t)), set(NUMBER.findall(short_t))
    if not nl >= ns:
        return None, 0
    more_numbers = len(nl - ns)
    if more_numbers >= 2:
        return None, 0   # the clue already answers on numbers alone
    skip = noun_words if reading == 'noun-free' else frozenset()
    sl = names(short_t, skip)
    if any(n not in long_t.lower() for n in sl):
        return None, 0
    more_names = sum(n not in short_t.lower() for n in names(long_t, skip))
    return (who, more_names) if more_numbers + more_names >= 2 else (None, 0)


def main():
    out, part = sys.argv[1], sys.argv[2]
    ratio = float(sys.argv[3]) if len(sys.argv) > 3 else 1.5
    screen.RELATIONS[:] = ['paraphrase']
    rows = [r for r in screen.judged(out, part) if lang(text(r['set'], r['source'] or r['x'])) == 'de']
    for reading in ('runs', 'noun-free'):
        c, sources, examples = Counter(), set(), []
        for r in rows:
            who, more = clue(text(r['set'], r['x']), text(r['set'], r['y']), reading, nouns(r['set']), ratio)
            if who is None:
                continue
            named = r[who]
            unknown = r['scan'] not in (r['x'], r['y'])
            kind = 'sib' if r['kind'] == 'sibling' else 'right' if named == r['source'] else 'back'
            c[kind] += 1
            c[kind + '_unk'] += unknown
            if kind == 'right':
                sources.add(r['source'])
            if kind != 'right' or unknown:
                examples.append((kind, r['set'], r['x'], r['y'], more))
        print(f"{reading}, ratio {ratio}: right {c['right']} ({c['right_unk']} on unknown pairs) / backwards {c['back']} "
              f"({c['back_unk']}) / sibling {c['sib']} ({c['sib_unk']}); {len(sources)} sources")
        for e in examples:
            print('   ', *e)


if __name__ == '__main__':
    main()
