#!/usr/bin/env python3
"""feat-direction10: the condensation clue (numbers, or numbers and names: the built reading, bin/direction9/names_rule.py)
at other length ratios and fact margins, on the fit rows, the seeds and g20k-s7's planted pairs.

  python3 bin/direction10/ratio_grid.py ROWS.jsonl G20K_PAIRS.jsonl G20K_TRUTH.jsonl SEEDS_PAIRS.jsonl

Per setting: right / backwards votes over all sets, right / backwards on pairs the judge leaves unknown, votes against
the judge's answer, and every answer on the seeds' reported paraphrase pairs (which have no truth here: listed to read).
"""
import glob, json, sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from tally import paraphrases, tally, line
import names_rule as nr

SEEDS = '/work/shared/data/seeds'


def built(ta, tb, ratio, more):
    return nr.rule(ta, tb, 'none', ratio, more) or nr.rule(ta, tb, 'runs', ratio, more)


def main():
    rows, texts = paraphrases(*sys.argv[1:4])
    seeds = [json.loads(l) for l in open(sys.argv[4])]

    def seed_text(d):
        f = glob.glob(f'{SEEDS}/**/{d}*', recursive=True)
        return open(f[0], encoding='utf-8', errors='replace').read() if f else ''
    for ratio in (1.2, 1.3, 1.4, 1.5):
        for more in (2, 3, 4):
            c = tally(rows, texts, lambda ta, tb: built(ta, tb, ratio, more))
            s = []
            for p in seeds:
                n = built(seed_text(p['a']), seed_text(p['b']), ratio, more) if p['relation'] == 'paraphrase' else None
                if n:
                    s.append(f"{p['a'] if n == 'a' else p['b']}>{p['b'] if n == 'a' else p['a']}")
            print(line(f"ratio {ratio} more {more} (g20k {c[('g20k', 'R')]}/{c[('g20k', 'B')]}, seeds {s})", c))


if __name__ == '__main__':
    main()
