#!/usr/bin/env python3
"""feat-direction13: the strong-condensation reading of the `condensed` clue, offline, on the rows of table.py --rows:
of a paraphrase pair, the text with at least R times the other's words (runs of letters), when the shorter text
states no number the longer lacks, is named the original. Prints right / backwards per set and language for a grid of
R, then the leave-one-set-out check: for each set, R is fitted on the other sets (the smallest R of the grid with no
backwards answer on them) and the set is scored at that R (all its pairs, and those the judge left unknown).

  python3 bin/direction13/condense_loso.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, 'bin/direction13')
from table import text

LETTERS = re.compile(r'[^\W\d_]+')
NUMBER = re.compile(r'\d+(?:[.,]\d+)*')
GRID = [1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0]


def vote(r):
    """(ratio of the longer text's words to the shorter's, verdict) or None when the shorter text has a number of its own."""
    copy = r['b'] if r['source'] == r['a'] else r['a']
    to, tc = text(r['set'], r['source']), text(r['set'], copy)
    wo, wc = len(LETTERS.findall(to)), len(LETTERS.findall(tc))
    longer, shorter, verdict = (to, tc, 'right') if wo >= wc else (tc, to, 'back')
    if not set(NUMBER.findall(shorter)) <= set(NUMBER.findall(longer)):
        return None
    return max(wo, wc) / max(1, min(wo, wc)), verdict


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)['relation'] == 'paraphrase']
    votes = [(r, vote(r)) for r in rows]
    votes = [(r, v) for r, v in votes if v]
    sets = sorted({r['set'] for r in rows})
    print('| R | ' + ' | '.join(sets) + ' | all | on unknown pairs |\n|---|' + '---:|' * (len(sets) + 2))
    for ratio in GRID:
        c = defaultdict(Counter)
        for r, (q, verdict) in votes:
            if q >= ratio:
                c[r['set']][verdict] += 1; c['all'][verdict] += 1
                if r['answer'] == 'unknown':
                    c['unknown'][verdict] += 1
        print(f'| {ratio} | ' + ' | '.join(f"{c[s]['right']} / {c[s]['back']}" for s in sets + ['all', 'unknown']) + ' |')
    print('\nleave one set out: R fitted on the other sets (no backwards answer there), the set scored at it')
    print('| set | R | right / backwards | on unknown pairs (right / backwards) |\n|---|---:|---:|---:|')
    total = Counter()
    for left in sets:
        ratio = next(q for q in GRID if not any(v[1] == 'back' and v[0] >= q for r, v in votes if r['set'] != left))
        c = Counter()
        for r, (q, verdict) in votes:
            if r['set'] == left and q >= ratio:
                c[verdict] += 1
                if r['answer'] == 'unknown':
                    c['u_' + verdict] += 1
        total.update(c)
        print(f"| {left} | {ratio} | {c['right']} / {c['back']} | {c['u_right']} / {c['u_back']} |")
    print(f"| all | | {total['right']} / {total['back']} | {total['u_right']} / {total['u_back']} |")


if __name__ == '__main__':
    main()
