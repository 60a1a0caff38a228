#!/usr/bin/env python3
"""feat-direction10: every backwards answer on one part, the clue(s) that decided it, and the facts clue's votes by the
named original's share of the other text's words (runs of letters, whole texts). Replays the judge from each pair's
direction_detail (weak clues decide when they all agree and one may decide alone; strong ones first) and checks that
the replay gives the scan's answer on every pair.

  python3 bin/direction10/backwards.py OUTDIR fit|validation

OUTDIR as for bin/direction9/clue_votes.py (scans and split-SET.json files).
"""
import json, re, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import clue_votes as cv
from candidates import text

STRONG = {'date', 'attribution', 'canonical_url', 'photo_credit', 'site_credit'}
LETTERS = re.compile(r'[^\W\d_]+')


def load(out, part):
    """The found truth pairs of a part (clue_votes.rows), each with its pair's detail and its clues."""
    rows, preds = list(cv.rows(out, part)), {}
    for r in rows:
        if r['set'] not in preds:
            preds[r['set']] = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(f"{out}/{r['set']}.jsonl"))}
        p = preds[r['set']][frozenset((r['a'], r['b']))]
        r['detail'] = p.get('direction_detail') or ''
        marks = list(cv.SEGMENT.finditer(r['detail']))
        r['clues'] = []
        for i, m in enumerate(marks):
            t = r['detail'][m.end(): marks[i + 1].start() if i + 1 < len(marks) else len(r['detail'])]
            r['clues'].append(dict(sig=m.group(1), orig=cv.named_original(m.group(1), t, p['a'], p['b']),
                                   alone='alone it decides nothing' not in t, text=t))
    return rows


def judge(clues):
    """DirectionJudge's rule on the clues a detail lists."""
    clues = [c for c in clues if c['orig']]
    strong = [c for c in clues if c['sig'] in STRONG]
    weak = [c for c in clues if c['sig'] not in STRONG]
    deciding = strong or (weak if any(c['alone'] for c in weak) else [])
    originals = {c['orig'] for c in deciding}
    return originals.pop() if len(originals) == 1 else None


def main():
    out, part = sys.argv[1], sys.argv[2]
    rows = load(out, part)
    mismatch = sum(judge(r['clues']) != r['answer'] for r in rows)
    print(f'{len(rows)} found truth pairs; the replay differs from the scan on {mismatch}')
    for r in rows:
        if r['answer'] and r['answer'] != r['source']:
            print(f"backwards {r['set']} {r['category']} {r['relation']}: {r['detail'][:240]}")
    bands = ((0, 0.5), (0.5, 0.9), (0.9, 1.0), (1.0, 1.1), (1.1, 1.3), (1.3, 99))
    c = Counter()
    for r in rows:
        for clue in r['clues']:
            if clue['sig'] != 'facts' or not clue['orig']:
                continue
            copy = r['b'] if clue['orig'] == r['a'] else r['a']
            share = len(LETTERS.findall(text(r['set'], clue['orig']))) / max(1, len(LETTERS.findall(text(r['set'], copy))))
            band = next(b for b in bands if b[0] <= share < b[1])
            c[band, cv.verdict(clue['orig'], r['source'])] += 1
    print('facts votes by the named original\'s words / the other\'s: right / backwards')
    for b in bands:
        print(f'  {b[0]}-{b[1]}: {c[b, "right"]} / {c[b, "back"]}')


if __name__ == '__main__':
    main()
