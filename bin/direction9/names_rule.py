#!/usr/bin/env python3
"""feat-direction5: the condensation clue with multi-word names as kept facts besides numbers, measured offline per set.
Of a paraphrase pair, the text with at least 1.5 times the other's words is the original when every fact (number, or
name when names are read) of the shorter text is in it and it states at least 2 the shorter lacks. Names are runs of
two or more capitalised words not starting a sentence, kept when the other text holds them in any case; they are read
only when GUARD allows (neither text caseless, neither German), else numbers alone decide, as the built clue does.

  python3 bin/direction9/names_rule.py ROWS.jsonl G20K_PAIRS.jsonl G20K_TRUTH.jsonl [GUARD...]

GUARD: none (numbers only), all (the lead's pattern, any text), case / case+de (the lead's pattern, not in caseless /
German text), runs (the Java clue's reader, KeptNames), union (built: numbers alone, or numbers and runs).
ROWS from clue_votes.py --rows of main's scans; stop_words.txt is org.doppel.document.StopWords' list.
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from candidates import WORD, NUMBER
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction10')
from tally import paraphrases

NAME = re.compile(r"(?<![.!?:\"“]\s)(?<!^)(?<![.!?]\n)\b([A-Z][a-z]+(?:[ ][A-Z][a-z]+)+)", re.M)
GERMAN = set(("der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren wird werden"
              " wurde wurden hat haben hatte hatten sein seine seiner seinen ihre ihr ihren ihrem sich mit von zu zum zur auf"
              " aus bei für im in an am als auch noch nur so wie wenn dass daß es er sie wir man kann können muss soll sollen"
              " diese dieser dieses diesem sehr mehr nach über unter vor durch gegen um bis schon dann doch etwa immer alle"
              " viele").split())


def caseless(t):
    letters = sum(c.isalpha() for c in t)
    caps = sum(c.isupper() for c in t)
    return letters > 0 and caps < 0.01 * letters


def german(t):
    w = [x.lower() for x in WORD.findall(t)]
    return bool(w) and sum(x in GERMAN for x in w) >= 0.15 * len(w)


STOP = set(open(__file__.rsplit('/', 1)[0] + '/stop_words.txt').read().split())
TOKEN = re.compile(r"[^\W_]+")
SENTENCE_END = re.compile(r'[.!?]["”’\')]*\s|\n')


def runs(t):
    """Names as the Java clue reads them: runs of 2+ capitalised non-stop words, one space apart, in one sentence."""
    out, run, prev_end, first = set(), [], None, True
    def close():
        r = run[1:] if run and run[0][1] else run
        if len(r) >= 2:
            out.add(' '.join(w.lower() for w, _ in r))
    for m in TOKEN.finditer(t):
        gap = t[prev_end:m.start()] if prev_end is not None else ''
        starts = prev_end is None or bool(SENTENCE_END.search(gap + ' '))
        w = m.group()
        name = w[0].isupper() and w.lower() not in STOP
        if run and (not name or gap != ' ' or starts):
            close(); run = []
        if name:
            run.append((w, starts and not run))
        prev_end = m.end()
    close()
    return out


def facts(t, names):
    f = {('n', x) for x in NUMBER.findall(t)}
    if names == 'runs':
        f |= {('m', x) for x in runs(t)}
    elif names:
        f |= {('m', x.lower()) for x in NAME.findall(t)}
    return f


def kept(f, other, other_low):
    return f[1] in other if f[0] == 'n' else f[1] in other_low


def longer(ta, tb, ratio):
    """('a' or 'b', the longer text, the shorter text) when one text has ratio times the other's words, else None."""
    wa, wb = len(WORD.findall(ta)), len(WORD.findall(tb))
    if wa >= ratio * wb:
        return 'a', ta, tb
    if wb >= ratio * wa:
        return 'b', tb, ta
    return None


def keeps(tl, ts, fl, fs, more):
    """The longer text tl states every fact fs of the shorter ts and at least `more` of its own facts fl."""
    return all(kept(f, tl, tl.lower()) for f in fs) and sum(not kept(f, ts, ts.lower()) for f in fl) >= more


def rule(ta, tb, guard, ratio=1.5, more=2):
    side = longer(ta, tb, ratio)
    if side is None:
        return None
    L, tl, ts = side
    names = {'none': False, 'all': True,
             'case': not caseless(ta) and not caseless(tb),
             'case+de': not caseless(ta) and not caseless(tb) and not german(ta) and not german(tb),
             'runs': 'runs' if not caseless(ta) and not caseless(tb) and not german(ta) and not german(tb) else False,
             'union': 'union'}[guard]
    if names == 'union':
        return rule(ta, tb, 'none', ratio, more) or rule(ta, tb, 'runs', ratio, more)
    return L if keeps(tl, ts, facts(tl, names), facts(ts, names), more) else None


def main():
    rows, texts = paraphrases(*sys.argv[1:4])
    for guard in sys.argv[4:] or ('none', 'all', 'case+de', 'runs', 'union'):
        for ratio, more in ((1.5, 2), (1.3, 2), (1.5, 1)):
            c = Counter()
            for r, (ta, tb) in zip(rows, texts):
                n = rule(ta, tb, guard, ratio, more)
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
            print(f"names {guard:8s} ratio {ratio} more {more}: all {tot[('R',)]}/{tot[('B',)]} new {tot[('R','new')]}/{tot[('B','new')]} against {tot[('against',)]}")
            print('   ' + ' | '.join(f"{s} {c[(s,'R')]}/{c[(s,'B')]} new {c[(s,'R','new')]}/{c[(s,'B','new')]}" + (f" against {c[(s,'against')]}" if c[(s,'against')] else '') for s in sets))


if __name__ == '__main__':
    main()
