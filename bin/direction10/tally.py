"""feat-direction10: the offline replays' common part. Loads the fit rows (bin/direction9/clue_votes.py --rows) of
paraphrase pairs with their texts, optionally g20k-s7's planted pairs, and tallies a candidate clue's votes against the
truth and the judge's answers."""
import json, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/direction9')
from candidates import text
from condense_rule import g20k_rows, G20K


def paraphrases(rows_path, g20k_pairs=None, g20k_truth=None):
    """(rows, texts): the paraphrase rows and each pair's two texts."""
    rows = [r for r in map(json.loads, open(rows_path)) if r['relation'] == 'paraphrase']
    if g20k_pairs:
        rows += [r for r in g20k_rows(g20k_pairs, g20k_truth) if r['relation'] == 'paraphrase']
    texts = []
    for r in rows:
        if r['set'] == 'g20k':
            texts.append(tuple(open(f'{G20K}/{d}.txt', encoding='utf-8', errors='replace').read() for d in (r['a'], r['b'])))
        else:
            texts.append((text(r['set'], r['a']), text(r['set'], r['b'])))
    return rows, texts


def tally(rows, texts, vote):
    """Counter of a clue's votes: vote(ta, tb) gives 'a', 'b' or None. Keys: 'R'/'B' (right/backwards), (set, 'R'/'B'),
    ('R'/'B', 'new') on pairs the judge left unknown, 'against' where it contradicts the judge's answer."""
    c = Counter()
    for r, (ta, tb) in zip(rows, texts):
        v = vote(ta, tb)
        if v is None:
            continue
        named = r['a'] if v == 'a' else r['b']
        k = 'R' if named == r['source'] else 'B'
        c[k] += 1
        c[(r['set'], k)] += 1
        if not r['answer']:
            c[(k, 'new')] += 1
        elif r['answer'] != named:
            c['against'] += 1
    return c


def line(label, c):
    """One summary line and one per-set line."""
    sets = sorted({k[0] for k in c if isinstance(k, tuple) and k[0] not in ('R', 'B')})
    return (f"{label}: {c['R']}/{c['B']} new {c[('R', 'new')]}/{c[('B', 'new')]} against {c['against']}\n   "
            + ' | '.join(f"{s} {c[(s, 'R')]}/{c[(s, 'B')]}" for s in sets))
