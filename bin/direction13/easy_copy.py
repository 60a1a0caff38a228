#!/usr/bin/env python3
"""feat-direction13: an easy-language layout as a direction clue, offline: of a paraphrase (or partial) pair of which
exactly one text is laid out as easy language (EasyReadLayout: 12+ sentences of 9 words or fewer on average, one a
line), that text is named the copy. Right / backwards per set and language, and on the pairs the judge left unknown.

  python3 bin/direction13/easy_copy.py ROWS.jsonl LAYOUTS.txt

LAYOUTS.txt: "CORPUSDIR ID true|false" lines, as EasyLayouts.java (docs/quality.md, "Direction, a twelfth round") prints.
"""
import json, sys
from collections import Counter, defaultdict

CORPUS = {'rw': '../shared/data/rewrites-dev/corpus', 'reuse': '../shared/data/reuse-dev/corpus'}


def main():
    easy = {}
    for line in open(sys.argv[2]):
        d, doc, flag = line.split()
        easy[d, doc] = flag == 'true'
    c = defaultdict(Counter)
    for r in map(json.loads, open(sys.argv[1])):
        d = CORPUS.get(r['set'], 'data/' + r['set'] + '/corpus')
        ea, eb = easy[d, r['a']], easy[d, r['b']]
        if ea == eb:
            continue
        verdict = 'right' if (r['b'] if ea else r['a']) == r['source'] else 'back'
        for key in (f"{r['set']}/{r['lang']}/{r['relation']}", 'all/' + r['relation']):
            c[key][verdict] += 1
            if r['answer'] == 'unknown':
                c[key]['unknown_' + verdict] += 1
            if r['answer'] != 'unknown':
                c[key]['judge_' + r['answer']] += 1
    print('| set / language / relation | right / backwards | on unknown pairs | judge answered right / backwards there |')
    print('|---|---:|---:|---:|')
    for key in sorted(c):
        v = c[key]
        print(f"| {key} | {v['right']} / {v['back']} | {v['unknown_right']} / {v['unknown_back']} | "
              f"{v['judge_right']} / {v['judge_back']} |")


if __name__ == '__main__':
    main()
