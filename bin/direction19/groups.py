#!/usr/bin/env python3
"""feat-direction19: why the group carrier (GroupAnswerCarrier: the scan names x the original of two thirds or more,
of every third, y of none) leaves the German pairs unknown: per unknown pair, its thirds (documents with a found pair
to both ends) and the scan's answers between each end and them.

  python3 bin/direction13/table.py OUTDIR PART --rows > ROWS
  python3 bin/direction19/groups.py OUTDIR ROWS de|en
"""
import json, sys
from collections import Counter, defaultdict


def main():
    out, rows_file, language = sys.argv[1:4]
    rows = [r for r in map(json.loads, open(rows_file)) if r['lang'] == language and r['answer'] == 'unknown']
    scans = {}
    c = Counter()
    for r in rows:
        if r['set'] not in scans:
            pairs, named = defaultdict(set), {}
            for p in map(json.loads, open(f"{out}/{r['set']}.jsonl")):
                pairs[p['a']].add(p['b']); pairs[p['b']].add(p['a'])
                named[frozenset((p['a'], p['b']))] = p.get('source')
            scans[r['set']] = pairs, named
        pairs, named = scans[r['set']]
        o, cp = r['source'], r['b'] if r['a'] == r['source'] else r['a']
        thirds = (pairs[o] & pairs[cp]) - {o, cp}
        c['pairs'] += 1
        if not thirds:
            c['no third'] += 1
            continue
        c['with a third'] += 1
        o_orig = sum(named[frozenset((o, z))] == o for z in thirds)
        answered = sum(named[frozenset((o, z))] in (o, z) for z in thirds) + sum(named[frozenset((cp, z))] in (cp, z) for z in thirds)
        c['the judge answers none of the ends\' pairs with the thirds'] += answered == 0
        c['original named the original of 1 third'] += o_orig == 1
        c['original named the original of 2+ thirds'] += o_orig >= 2
        if o_orig >= 2:
            why = []
            if o_orig < len(thirds):
                why.append('not of every third')
            if any(named[frozenset((cp, z))] == cp for z in thirds):
                why.append('the copy named the original of a third')
            if any(named[frozenset((o, z))] == z for z in thirds):
                why.append('a third named the original\'s original')
            c['  of them blocked: ' + (', '.join(why) or 'nothing (carried?)')] += 1
        c['thirds: ' + ('1' if len(thirds) == 1 else '2-3' if len(thirds) <= 3 else '4+')] += 1
    for k, v in c.items():
        print(f'| {k} | {v} |')


if __name__ == '__main__':
    main()
