#!/usr/bin/env python3
"""feat-direction8: the facts clue's answers by how long the document it names as the original is against the other
(words of the named original / words of the named copy), per corpus, and leave-one-corpus-out for a floor on that ratio
under which the clue may not decide alone.

  python3 bin/direction8/facts_length.py ROWS.jsonl        # rows of bin/direction8/answers.py (one part)
"""
import json, sys
from collections import Counter, defaultdict

rows = [json.loads(l) for l in open(sys.argv[1])]
answered = [r for r in rows if r['answer'] != 'unknown']


def named_ratio(r):
    ws, wc = r['words_source'], r['words_copy']
    return ws / wc if r['answer'] == 'right' else wc / ws


def decided_by_facts_alone(r):
    return r['evidence'] == 'facts'


facts = [r for r in answered if decided_by_facts_alone(r)]
sets = sorted({r['set'] for r in facts})
floors = [0.5, 0.8, 0.9, 0.95, 1.0, 1.02, 1.05, 1.1, 1.2]
print('facts alone: answers turned unknown (right / backwards) under each floor, per corpus')
print('%-18s' % 'set' + ''.join('%10s' % f for f in floors) + '   all answers')
for s in sets + ['ALL']:
    rs = [r for r in facts if s in ('ALL', r['set'])]
    cells = []
    for f in floors:
        c = Counter(r['answer'] for r in rs if named_ratio(r) < f)
        cells.append('%4d/%-3d' % (c['right'], c['back']))
    c = Counter(r['answer'] for r in rs)
    print('%-18s' % s + ''.join('%10s' % x for x in cells) + '   %d/%d' % (c['right'], c['back']))

# the three bands: the named original clearly the shorter text, within 5%, clearly the longer
def band(r):
    x = named_ratio(r)
    return 'shorter' if x < 0.95 else ('within 5%' if x < 1.05 else 'longer')


BANDS = ['shorter', 'within 5%', 'longer']
print('\nfacts alone by band of the named original\'s length over the other\'s (right / backwards)')
print('%-18s' % 'set' + ''.join('%14s' % b for b in BANDS))
for s in sets + ['ALL']:
    rs = [r for r in facts if s in ('ALL', r['set'])]
    print('%-18s' % s + ''.join('%14s' % ('%d / %d' % (sum(1 for r in rs if band(r) == b and r['answer'] == 'right'),
                                                        sum(1 for r in rs if band(r) == b and r['answer'] == 'back')))
                                 for b in BANDS))

# leave one corpus out: each band's backwards share on the other corpora against the one left out
print('\nleave-one-corpus-out: backwards share of the facts answers in each band, the other corpora | the one left out')
for s in sets:
    cells = []
    for b in BANDS:
        def share(rs):
            n = sum(1 for r in rs if band(r) == b)
            k = sum(1 for r in rs if band(r) == b and r['answer'] == 'back')
            return '%.2f (%d)' % (k / n, n) if n else '  -     '
        cells.append('%s | %s' % (share([r for r in facts if r['set'] != s]), share([r for r in facts if r['set'] == s])))
    print('%-18s' % s + '   '.join('%-24s' % c for c in cells))
