#!/usr/bin/env python3
"""feat-factnames: how the judge's answer and the facts clue's vote moved, pair by pair, on the found truth pairs of one
part between two scans (OUTDIRs as for bin/direction9/clue_votes.py, each with its split-SET.json files), with the
named original's share of the other text's words (runs of letters, whole texts).

  python3 bin/factnames/moves.py BASE BRANCH fit|validation
"""
import re, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import clue_votes as cv
from candidates import text

LETTERS = re.compile(r'[^\W\d_]+')


def main():
    base, branch, part = sys.argv[1:4]
    before = {(r['set'], r['a'], r['b']): r for r in cv.rows(base, part)}
    after = {(r['set'], r['a'], r['b']): r for r in cv.rows(branch, part)}
    moves = Counter()
    for k, b in before.items():
        a = after[k]
        for clue in ('judge', 'facts'):
            nb = b['answer'] if clue == 'judge' else b['votes'].get(clue)
            na = a['answer'] if clue == 'judge' else a['votes'].get(clue)
            vb, va = cv.verdict(nb, b['source']), cv.verdict(na, b['source'])
            if vb == va:
                continue
            moves[clue, vb, va] += 1
            if clue == 'facts':
                orig = nb or na
                copy = k[2] if orig == k[1] else k[1]
                share = len(LETTERS.findall(text(k[0], orig))) / max(1, len(LETTERS.findall(text(k[0], copy))))
                print(f'{k[0]} {k[1]} {k[2]}: facts {vb} -> {va}, named original\'s words / the other\'s {share:.2f}')
    for (clue, vb, va), n in sorted(moves.items()):
        print(f'{clue}: {vb} -> {va} {n}')


if __name__ == '__main__':
    main()
