#!/usr/bin/env python3
"""feat-direction11: what the judge would answer on one part's found truth pairs if a clue were silent, everywhere or
where its named original has under SHARE of the other text's words (runs of letters, whole texts): replays
DirectionJudge from each pair's direction_detail (bin/direction10/backwards.py) without it.

  python3 bin/direction11/drop.py OUTDIR fit|validation CLUE[<SHARE] [CLUE[<SHARE] ...]
"""
import sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction10')
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import backwards as bw
import clue_votes as cv
from candidates import text


def share(r, clue):
    copy = r['b'] if clue['orig'] == r['a'] else r['a']
    return len(bw.LETTERS.findall(text(r['set'], clue['orig']))) / max(1, len(bw.LETTERS.findall(text(r['set'], copy))))


def main():
    out, part = sys.argv[1], sys.argv[2]
    rules = {}
    for arg in sys.argv[3:]:
        name, _, bound = arg.partition('<')
        rules[name] = float(bound) if bound else None
    rows = bw.load(out, part)
    moves = Counter()

    def silenced(r, clue):
        if clue['sig'] not in rules:
            return False
        bound = rules[clue['sig']]
        return bound is None or (clue['orig'] is not None and share(r, clue) < bound)

    for r in rows:
        before = cv.verdict(r['answer'], r['source'])
        after = cv.verdict(bw.judge([c for c in r['clues'] if not silenced(r, c)]), r['source'])
        if before != after:
            moves[r['set'], before, after] += 1
            print(r['set'], r['category'], before, '->', after, r['detail'][:160])
    for k, v in sorted(moves.items()):
        print(*k, v)


if __name__ == '__main__':
    main()
