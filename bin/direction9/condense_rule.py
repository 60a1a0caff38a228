#!/usr/bin/env python3
"""feat-direction4 (second round): the condensation clue measured offline. The longer text (at least RATIO times the
other's words) is named the original when it states every number the shorter text states and at least LACK more.

  python3 bin/direction9/condense_rule.py ROWS.jsonl [G20K_PAIRS.jsonl G20K_TRUTH.jsonl]

ROWS from clue_votes.py --rows. Prints right / backwards per set group and relation, all answers and those on pairs the
judge leaves unknown, for a grid of RATIO and LACK; with g20k-s7's scan and truth, its planted pairs too.
"""
import json, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from candidates import text, WORD, NUMBER

G20K = '/tmp/data/g20k-s7'


def shape(ta, tb):
    return (len(WORD.findall(ta)), set(NUMBER.findall(ta))), (len(WORD.findall(tb)), set(NUMBER.findall(tb)))


def named(a, b, sa, sb, ratio, lack, min_short=0):
    (wa, na), (wb, nb) = sa, sb
    if wa >= ratio * wb and nb <= na and len(na - nb) >= lack and len(nb) >= min_short:
        return a
    if wb >= ratio * wa and na <= nb and len(nb - na) >= lack and len(na) >= min_short:
        return b
    return None


def g20k_rows(pairs, truth_path):
    truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(truth_path))}
    for l in open(pairs):
        p = json.loads(l)
        t = truth.get(frozenset((p.get('a'), p.get('b'))))
        if t and t.get('source') in (p['a'], p['b']):
            yield dict(set='g20k', a=p['a'], b=p['b'], source=t['source'], relation=p['relation'], answer=p['source'])


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    if len(sys.argv) > 3:
        rows += list(g20k_rows(sys.argv[2], sys.argv[3]))
    shapes = []
    for r in rows:
        if r['set'] == 'g20k':
            ta, tb = (open(f'{G20K}/{d}.txt', encoding='utf-8', errors='replace').read() for d in (r['a'], r['b']))
        else:
            ta, tb = text(r['set'], r['a']), text(r['set'], r['b'])
        shapes.append(shape(ta, tb))
    groups = lambda r: r['set'] if r['set'] in ('rw', 'reuse', 'g20k') else 'written'
    for relation_filter in ('any', 'paraphrase'):
        for ratio in (1.2, 1.3, 1.5, 2.0):
            for lack in (1, 2, 3):
                for min_short in (0, 1):
                    c = Counter()
                    for r, (sa, sb) in zip(rows, shapes):
                        if relation_filter != 'any' and r['relation'] != relation_filter:
                            continue
                        n = named(r['a'], r['b'], sa, sb, ratio, lack, min_short)
                        if n is None:
                            continue
                        v = 'R' if n == r['source'] else 'B'
                        c[(groups(r), v)] += 1
                        if not r['answer']:
                            c[(groups(r), v, 'unknown')] += 1
                        elif r['answer'] != n:
                            c[(groups(r), 'against')] += 1
                    print(f'{relation_filter:10s} ratio {ratio} lack {lack} short>={min_short}: ' + ' | '.join(
                        f"{g} {c[(g, 'R')]}/{c[(g, 'B')]} new {c[(g, 'R', 'unknown')]}/{c[(g, 'B', 'unknown')]} against {c[(g, 'against')]}"
                        for g in ('written', 'rw', 'reuse', 'g20k')))


if __name__ == '__main__':
    main()
