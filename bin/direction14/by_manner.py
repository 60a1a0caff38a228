#!/usr/bin/env python3
"""feat-direction14: direction per language, set and manner (the truth's category) on one part, before -> after:
judged, right, backwards (found truth pairs whose source is one of the two, siblings left out, as `eval-rewrites`).

  python3 bin/direction14/by_manner.py BASE BRANCH fit|validation [--moved] [--by-set]
  --moved: only the rows that changed; --by-set: one row a set and language, the manners together
"""
import sys
from collections import Counter
sys.path.insert(0, 'bin/direction13')
from table import rows  # noqa: E402


def cells(out, part, by_set):
    c = {}
    for r in rows(out, part):
        c.setdefault((r['lang'], r['set'], 'all' if by_set else str(r['category'])), Counter())[r['answer']] += 1
    return c


def main():
    base, branch, part = sys.argv[1:4]
    moved_only = '--moved' in sys.argv
    by_set = '--by-set' in sys.argv
    before, after = cells(base, part, by_set), cells(branch, part, by_set)
    for lang in ('de', 'en'):
        print(f'\n{"German" if lang == "de" else "English"}, part {part}: judged, right before -> after, backwards before -> after')
        print('| set | manner | judged | right | backwards |')
        print('|---|---|---:|---:|---:|')
        for key in sorted(k for k in after if k[0] == lang):
            b, a = before.get(key, Counter()), after[key]
            n = sum(a.values())
            if moved_only and b == a:
                continue
            print(f"| {key[1]} | {key[2]} | {n} | {b['right'] / n:.2f} → {a['right'] / n:.2f} | "
                  f"{b['back'] / n:.2f} → {a['back'] / n:.2f} |")


if __name__ == '__main__':
    main()
