#!/usr/bin/env python3
"""feat-direction19: the German reader's cues of readers.py again, with SiblingRewrites' step applied to each new
answer: an answer u -> v is withdrawn when the scan names some third z the original of u and z's pair with v scores
higher than u's (z is as likely v's original). Only pairs the scan left unknown are counted (the answers a cue would
add); right / backwards / sibling answers kept after the step, and how many sibling answers the step withdrew.

  python3 bin/direction19/withdrawn.py OUTDIR PART [de|en]
"""
import json, sys
from collections import Counter
sys.path.insert(0, 'bin/direction19'); sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import readers, screen, propagate
from table import lang, text

CUES = [('parenthesis', 1, 2), ('parenthesis', 1, 1), ('long_word', 1, 2), ('long_word', 1, 1), ('quote', 1, 1),
        ('reported_speech', 1, 2), ('word_chars', 1, 1.25), ('word_chars', 1, 1.1), ('sentence_words', 1, 1.5),
        ('words', 1, 1.5), ('colon', -1, 2)]


def main():
    out, part = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else 'de'
    graphs, rows = {}, []
    for r in screen.judged(out, part):
        if lang(text(r['set'], r['source'] or r['x'])) != language or r['scan'] in (r['x'], r['y']):
            continue
        if r['set'] not in graphs:
            found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(f"{out}/{r['set']}.jsonl"))}
            graphs[r['set']] = propagate.graph(found)
        r['fx'], r['fy'] = readers.features(text(r['set'], r['x'])), readers.features(text(r['set'], r['y']))
        rows.append(r)
    print(f'{language} {part}: {len(rows)} found pairs the scan left unknown (siblings included)')
    print('| cue, sign, margin | right / backwards / sibling, before the step | after it | sibling answers withdrawn |'
          '\n|---|---:|---:|---:|')
    for k, sign, margin in CUES:
        before, after = Counter(), Counter()
        for r in rows:
            v = readers.vote(r['fx'], r['fy'], k, margin, sign)
            if v is None:
                continue
            u, c = r[v], r['y' if v == 'x' else 'x']
            kind = 'sib' if r['kind'] == 'sibling' else 'right' if u == r['source'] else 'back'
            before[kind] += 1
            _, _, copyof = graphs[r['set']]
            scores = propagate.SCORES
            if any(scores.get((z, c), 0) > scores.get((u, c), 0) for z in copyof[u]):
                after['withdrawn_' + kind] += 1
            else:
                after[kind] += 1
        print(f"| {k}, {sign:+d}, {margin} | {before['right']} / {before['back']} / {before['sib']} | "
              f"{after['right']} / {after['back']} / {after['sib']} | {after['withdrawn_sib']} "
              f"(and {after['withdrawn_right']} right) |")


if __name__ == '__main__':
    main()
