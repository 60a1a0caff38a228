#!/usr/bin/env python3
"""feat-direction17: slips of typing that a rewrite corrects and nobody adds: a space before a comma or full stop, two
spaces inside a line, no space after a sentence's end, a word written twice. Of a found pair, the text with at least N
slips is named the original when the other has none.

  python3 bin/direction17/slips.py OUTDIR PART [RELATION,...]   # right / backwards / sibling answers by N, per set, kinds
"""
import re, sys
from collections import Counter, defaultdict

sys.path.insert(0, 'bin/direction17')
sys.path.insert(0, 'bin/direction13')
import screen  # noqa: E402
from table import lang, text  # noqa: E402

SLIPS = {
    'space_before_mark': re.compile(r'[^\W\d_] [,.;:](?=\s|$)', re.M),
    'double_space': re.compile(r'\S  +\S'),
    'no_space_after_end': re.compile(r'\b[^\W\d_]{3,}[.!?;,][A-ZÄÖÜ][^\W\d_]{2,}'),
    'word_twice': re.compile(r'\b([^\W\d_]{2,}) \1\b', re.I),
}


def slips(t):
    t = re.sub(r'https?://\S+|www\.\S+|\S+@\S+', ' ', t)
    return Counter({k: len(p.findall(t)) for k, p in SLIPS.items()})


def main():
    out, part = sys.argv[1], sys.argv[2]
    relations = sys.argv[3].split(',') if len(sys.argv) > 3 else ['paraphrase']
    screen.RELATIONS[:] = relations
    rows = list(screen.judged(out, part))
    for n in (1, 2, 3):
        per = defaultdict(Counter)
        kinds = Counter()
        for r in rows:
            sx, sy = slips(text(r['set'], r['x'])), slips(text(r['set'], r['y']))
            tx, ty = sum(sx.values()), sum(sy.values())
            ans = r['x'] if tx >= n and ty == 0 else r['y'] if ty >= n and tx == 0 else None
            if ans is None:
                continue
            key = 'sib' if r['kind'] == 'sibling' else 'right' if ans == r['source'] else 'back'
            tag = r['set'] + ('/de' if lang(text(r['set'], ans)) == 'de' else '')
            per[tag][key] += 1
            if key == 'right' and r['scan'] is None:
                per[tag]['on_unknown'] += 1
            if key != 'sib':
                kinds.update({f'{k}:{key}': 1 for k, v in (sx if ans == r['x'] else sy).items() if v})
        total = sum(per.values(), Counter())
        print(f"at least {n}: {dict(total)}")
        print('   ', ', '.join(f"{s} {dict(c)}" for s, c in sorted(per.items())))
        print('    kinds:', dict(sorted(kinds.items())))


if __name__ == '__main__':
    main()
