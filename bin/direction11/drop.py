#!/usr/bin/env python3
"""feat-direction11: what the judge would answer on one part's found truth pairs if one clue (or a clue in one context)
were silent: replays DirectionJudge from each pair's direction_detail (bin/direction10/backwards.py) without it.

  python3 bin/direction11/drop.py OUTDIR fit|validation CLUE [CLUE ...]
"""
import sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction10')
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import backwards as bw
import clue_votes as cv


def main():
    out, part, drop = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    rows = bw.load(out, part)
    moves = Counter()
    for r in rows:
        before = cv.verdict(r['answer'], r['source'])
        after = cv.verdict(bw.judge([c for c in r['clues'] if c['sig'] not in drop]), r['source'])
        if before != after:
            moves[r['set'], before, after] += 1
            if before == 'back' or after == 'back':
                print(r['set'], r['category'], before, '->', after, r['detail'][:200])
    for k, v in sorted(moves.items()):
        print(*k, v)


if __name__ == '__main__':
    main()
