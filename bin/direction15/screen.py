#!/usr/bin/env python3
"""feat-direction15: screens of what a restyle or polish does that its source does not, on the found truth pairs of one
part (rows of `bin/direction13/table.py OUTDIR PART --rows`), paraphrase pairs only.

  python3 bin/direction15/screen.py ROWS konj        # German: quotations dropped and Konjunktiv I gained (too rare)
  python3 bin/direction15/screen.py ROWS dropped     # quotations on one side only, any quotation on the other (first screen)
  python3 bin/direction15/screen.py ROWS loso        # the reported-speech clue as built: grid and leave one set out
  python3 bin/direction15/screen.py ROWS shorthand   # the shorthand clue: marks 1-4, leave one set out, marks and unknowns

A clue names one text the original; "right" when that is the truth's source, "back" otherwise; "unk" counts the right
answers on pairs the scan left unknown.
"""
import json, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, 'bin/direction13')
from table import text  # noqa: E402

# a quoted passage of at least three words: „…“ “…” "…" »…« «…»
QUOTE = re.compile(r'[„“"»«]([^„“”"»«\n]{1,400}?)[“”"«»]')
# German Konjunktiv I of reported speech: third-person forms that differ from the indicative
KONJ = re.compile(r'\b(sei|seien|habe|könne|müsse|solle|wolle|dürfe|werde|gebe|wisse|möge|liege|stehe|gehe|komme|'
                  r'bleibe|brauche|plane|wolle|fehle|gelte|handle|handele|lasse|sehe|trage|zeige|biete|arbeite)\b')
GERMAN = re.compile(r'\b(und|der|die|das|nicht|mit|sich|auch|ist|ein|eine|für|von|den|dem|zu|im|auf|wird|werden)\b', re.I)
ENGLISH = re.compile(r'\b(and|the|of|not|with|is|a|an|for|from|to|in|on|will|be|that|this|are)\b', re.I)


def quotes(t):
    return [q for q in QUOTE.findall(t) if len(q.split()) >= 3]


def outside(t):
    return QUOTE.sub(' ', t)


def konj(t):
    return len(KONJ.findall(outside(t)))


def is_german(t):
    return len(GERMAN.findall(t)) > len(ENGLISH.findall(t))


def pairs(path):
    for r in map(json.loads, open(path)):
        if r['relation'] == 'paraphrase':
            copy = r['b'] if r['source'] == r['a'] else r['a']
            yield r, text(r['set'], r['source']), text(r['set'], copy)


def vote(c, r, right):
    c['right' if right else 'back'] += 1
    c['unk'] += right and r['answer'] == 'unknown'


def reported(rows, q_min, k_min):
    """the text that quotes q_min+ passages where the other quotes none and states k_min+ more Konjunktiv I forms outside
    quotations is the original"""
    per = defaultdict(Counter)
    for r, s, c in rows:
        qs, qc, ks, kc = len(quotes(s)), len(quotes(c)), konj(s), konj(c)
        if qs >= q_min and qc == 0 and kc - ks >= k_min:
            vote(per[r['set']], r, True)
        elif qc >= q_min and qs == 0 and ks - kc >= k_min:
            vote(per[r['set']], r, False)
    return per


def total(per, skip=None):
    c = Counter()
    for s, v in per.items():
        if s != skip:
            c.update(v)
    return c


def leave_one_set_out(rows, votes):
    """each set scored at the cell fitted on the other sets: most right answers with none backwards, ties to the
    stricter (larger) cell"""
    print('leave one set out (fitted on the others: most right answers with none backwards, ties to the stricter):')
    for s in sorted({r['set'] for r, _, _ in rows}):
        ok = [cell for cell in votes if total(votes[cell], skip=s)['back'] == 0]
        best = max(ok, key=lambda cell: (total(votes[cell], skip=s)['right'], cell)) if ok else None
        got = votes[best].get(s, Counter()) if best else Counter()
        print(f'  {s}: fitted {best}, scored {got["right"]} / {got["back"]} (on unknown {got["unk"]})')


def screen_quotes(path):
    rows = list(pairs(path))
    de = [x for x in rows if is_german(x[1])]
    en = [x for x in rows if not is_german(x[1])]
    print('German paraphrase pairs', len(de), 'English', len(en))
    c = Counter()
    for r, s, cp in de:
        qs, qc, ks, kc = len(quotes(s)), len(quotes(cp)), konj(s), konj(cp)
        c[('src quotes' if qs else 'src none', 'copy quotes' if qc else 'copy none', 'konj copy>src' if kc > ks else 'konj copy<src' if kc < ks else 'konj =')] += 1
    for k, v in sorted(c.items()):
        print(k, v)
    for q_min in (1, 2):
        for k_min in (1, 2, 3):
            per = reported(rows, q_min, k_min)
            t = total(per)
            print(f'quotes {q_min} konj {k_min}:', dict(t), {s: (v["right"], v["back"]) for s, v in per.items()})




def dropped(path, q_min=2, words=3):
    rows = list(pairs(path))
    per = defaultdict(Counter)
    back = []
    for r, s, c in rows:
        qs = [q for q in QUOTE.findall(s) if len(q.split()) >= words]
        qc = [q for q in QUOTE.findall(c) if len(q.split()) >= words]
        if len(qs) >= q_min and not qc:
            vote(per[r['set']], r, True)
        elif len(qc) >= q_min and not qs:
            vote(per[r['set']], r, False)
            back.append((r['set'], r['category'], r['answer'], qc[:3]))
    print(dict(total(per)), {s: (v['right'], v['back'], v['unk']) for s, v in per.items()})
    for b in back:
        print('  back:', b)


def spoken(q, words):
    """a quoted passage read as speech: at least `words` words, not a title (most of its words capitalised)"""
    ws = q.split()
    return len(ws) >= words and sum(1 for w in ws if w[:1].isupper()) * 2 <= len(ws)


def dropped_votes(rows, q_min, words):
    per = defaultdict(Counter)
    for r, s, c in rows:
        qs = sum(1 for q in QUOTE.findall(s) if spoken(q, words))
        qc = sum(1 for q in QUOTE.findall(c) if spoken(q, words))
        anys, anyc = QUOTE.search(s), QUOTE.search(c)
        if qs >= q_min and not anyc:
            vote(per[r['set']], r, True)
        elif qc >= q_min and not anys:
            vote(per[r['set']], r, False)
    return per


def loso(path):
    rows = list(pairs(path))
    cells = [(q, w) for q in (1, 2, 3) for w in (3, 4, 5, 6, 8)]
    votes = {cell: dropped_votes(rows, *cell) for cell in cells}
    for cell in cells:
        t = total(votes[cell])
        print(f'quotations {cell[0]}, words {cell[1]}:', t['right'], '/', t['back'], 'on unknown', t['unk'],
              {s: (v['right'], v['back']) for s, v in votes[cell].items() if v['back']})
    leave_one_set_out(rows, votes)



# marks of shorthand, as ShorthandSignal reads them: abbreviations, a slash between lower-case letters, " & ", ellipses
SHORTHAND = re.compile(r'\b(?:z\.\s?B\.|bzw\.|u\.\s?a\.|ca\.|usw\.|etc\.|d\.\s?h\.|v\.\s?a\.|ggf\.|inkl\.|evtl\.|sog\.|bspw\.'
                       r'|u\.\s?U\.|o\.\s?ä\.|z\.\s?T\.|e\.g\.|i\.e\.|approx\.|vs\.|incl\.)|[a-zäöüß]/[a-zäöüß]|\s&\s|\.\.\.|…')
WEB_ADDRESS = re.compile(r'(?:https?://|www\.)\S+')


def shorthand_marks(t):
    return SHORTHAND.findall(WEB_ADDRESS.sub(' ', t))


def shorthand(path):
    rows = list(pairs(path))
    votes = {}
    for n in (1, 2, 3, 4):
        per = defaultdict(Counter)
        for r, s, c in rows:
            a, b = len(shorthand_marks(s)), len(shorthand_marks(c))
            if a >= n and b == 0:
                vote(per[r['set']], r, True)
            elif b >= n and a == 0:
                vote(per[r['set']], r, False)
        votes[n] = per
        t = total(per)
        print(f"marks {n}: {t['right']} / {t['back']} on unknown {t['unk']}",
              {k: (v['right'], v['back']) for k, v in per.items() if v['back']})
    leave_one_set_out(rows, votes)
    kinds, unknown = Counter(), []
    for r, s, c in rows:
        a, b = shorthand_marks(s), shorthand_marks(c)
        if len(a) >= 2 and not b:
            kinds.update('ellipsis' if m in ('...', '…') else 'slash' if '/' in m else 'ampersand' if '&' in m
                         else 'abbreviation' for m in a)
            if r['answer'] == 'unknown':
                unknown.append((r['set'], r['category'], r['lang'], a[:4]))
    print('marks of the right answers at 2:', dict(kinds))
    for u in unknown:
        print('  on unknown:', u)


if __name__ == '__main__':
    {'konj': screen_quotes, 'dropped': lambda p: [dropped(p, q, w) for q in (1, 2, 3) for w in (3, 5)],
     'loso': loso, 'shorthand': shorthand}[sys.argv[2]](sys.argv[1])
