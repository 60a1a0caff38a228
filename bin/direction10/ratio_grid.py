#!/usr/bin/env python3
"""feat-direction10: the condensation clue (numbers, or numbers and names: the built reading, bin/direction9/names_rule.py)
at other length ratios and fact margins, on the fit rows, the seeds and g20k-s7's planted pairs.

  python3 bin/direction10/ratio_grid.py ROWS.jsonl G20K_PAIRS.jsonl G20K_TRUTH.jsonl SEEDS_PAIRS.jsonl

Per setting: right / backwards votes over all sets, right / backwards on pairs the judge leaves unknown, votes against
the judge's answer, and every answer on the seeds' reported paraphrase pairs (which have no truth here: listed to read).
"""
import json, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import names_rule as nr
from candidates import text
from condense_rule import g20k_rows, G20K

SEEDS = '/work/shared/data/seeds'


def built(ta, tb, ratio, more):
    return nr.rule(ta, tb, 'none', ratio, more) or nr.rule(ta, tb, 'runs', ratio, more)


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)['relation'] == 'paraphrase']
    rows += [r for r in g20k_rows(sys.argv[2], sys.argv[3]) if r['relation'] == 'paraphrase']
    texts = []
    for r in rows:
        if r['set'] == 'g20k':
            texts.append(tuple(open(f'{G20K}/{d}.txt', encoding='utf-8', errors='replace').read() for d in (r['a'], r['b'])))
        else:
            texts.append((text(r['set'], r['a']), text(r['set'], r['b'])))
    import glob, os
    seeds = [json.loads(l) for l in open(sys.argv[4])]
    def seed_text(d):
        f = glob.glob(f'{SEEDS}/**/{d}*', recursive=True)
        return open(f[0], encoding='utf-8', errors='replace').read() if f else ''
    for ratio in (1.2, 1.3, 1.4, 1.5):
        for more in (2, 3, 4):
            c = Counter()
            for r, (ta, tb) in zip(rows, texts):
                n = built(ta, tb, ratio, more)
                if n is None:
                    continue
                n = r['a'] if n == 'a' else r['b']
                v = 'R' if n == r['source'] else 'B'
                c[v] += 1
                c[r['set'], v] += 1
                if not r['answer']:
                    c[v, 'new'] += 1
                elif r['answer'] != n:
                    c['against'] += 1
            s = []
            for p in seeds:
                if p['relation'] != 'paraphrase':
                    continue
                n = built(seed_text(p['a']), seed_text(p['b']), ratio, more)
                if n:
                    s.append(f"{p['a'] if n == 'a' else p['b']}>{p['b'] if n == 'a' else p['a']}")
            print(f"ratio {ratio} more {more}: {c['R']}/{c['B']} new {c[('R','new')]}/{c[('B','new')]} against {c['against']}"
                  f" g20k {c[('g20k','R')]}/{c[('g20k','B')]} seeds {s}")
            back = sorted({k[0] for k in c if isinstance(k, tuple) and k[1] == 'B' and k[0] not in ('R',)})
            if back:
                print('   backwards in', back)


if __name__ == '__main__':
    main()
