#!/usr/bin/env python3
"""feat-direction10: sibling pairs (two rewrites of one original, a truth pair whose source is neither text) that the judge
answers, by clue; and rules that would turn a pair's answer unknown when a third document z, reported with both, says the
pair are siblings: what each turns unknown among sibling answers, right and backwards truth answers (per set).

  python3 bin/direction10/siblings.py OUTDIR fit|validation

z is looked for over the whole scan; the pairs counted are those with both texts in the part (reuse-dev whole).
"""
import json, os, sys
from collections import Counter, defaultdict
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
import clue_votes as cv


def rules():
    def closer_to_both(p, z, sc, ans):
        return sc.get((z, p['a']), 0) > p['score'] and sc.get((z, p['b']), 0) > p['score']

    def original_of_both(p, z, sc, ans):
        return ans.get(frozenset((z, p['a']))) == z and ans.get(frozenset((z, p['b']))) == z

    def copy_side(p):
        return p['b'] if p['source'] == p['a'] else p['a']

    def original_of_copy(p, z, sc, ans):
        c = copy_side(p)
        return sc.get((z, c), 0) > p['score'] and ans.get(frozenset((z, c))) == z

    def original_of_original(p, z, sc, ans):
        return sc.get((z, copy_side(p)), 0) > p['score'] and ans.get(frozenset((z, p['source']))) == z
    return {
        'z more similar to both than they are to each other': closer_to_both,
        'z named the original of both': original_of_both,
        'the same, and more similar to both': lambda p, z, sc, ans: original_of_both(p, z, sc, ans) and closer_to_both(p, z, sc, ans),
        'z named the original of c, more similar to c than o is': original_of_copy,
        'z named the original of o, more similar to c than o is': original_of_original,
    }


def main():
    out, part = sys.argv[1], sys.argv[2]
    totals, by_clue = defaultdict(Counter), Counter()
    for name in cv.SETS:
        pred = os.path.join(out, name + '.jsonl')
        if not os.path.exists(pred) or (name != 'reuse' and not os.path.exists(os.path.join(out, f'split-{name}.json'))):
            continue
        split = json.load(open(os.path.join(out, f'split-{name}.json'))) if name != 'reuse' else None
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(cv.set_dir(name) + '/truth.jsonl'))}
        pairs = list(map(json.loads, open(pred)))
        near, sc, ans = defaultdict(set), {}, {}
        for p in pairs:
            near[p['a']].add(p['b'])
            near[p['b']].add(p['a'])
            sc[p['a'], p['b']] = sc[p['b'], p['a']] = p['score']
            ans[frozenset((p['a'], p['b']))] = p['source']
        for p in pairs:
            if split and (split.get(p['a']) != part or split.get(p['b']) != part):
                continue
            t = truth.get(frozenset((p['a'], p['b'])))
            if not t:
                continue
            if t.get('source') in (p['a'], p['b']):
                kind = 'unknown' if not p['source'] else 'right' if p['source'] == t['source'] else 'backwards'
            else:
                kind = 'sibling answered' if p['source'] else 'sibling unknown'
                if p['source']:
                    by_clue.update(p['direction_evidence'])
            totals['(all)'][name, kind] += 1
            if not p['source']:
                continue
            for label, rule in rules().items():
                if any(rule(p, z, sc, ans) for z in near[p['a']] & near[p['b']]):
                    totals[label][name, kind] += 1
    sets = sorted({s for c in totals.values() for s, _ in c})
    kinds = ('sibling answered', 'right', 'backwards')
    print('sibling pairs answered, by the clues of the answer:', dict(by_clue))
    for label, c in totals.items():
        sums = {k: sum(c[s, k] for s in sets) for k in kinds + ('sibling unknown', 'unknown')}
        print(f'{label}: ' + ', '.join(f'{k} {v}' for k, v in sums.items() if v or label == '(all)'))
        print('   ' + ' | '.join(f"{s} {c[s, 'sibling answered']}/{c[s, 'right']}/{c[s, 'backwards']}" for s in sets
                                 if any(c[s, k] for k in kinds)))


if __name__ == '__main__':
    main()
