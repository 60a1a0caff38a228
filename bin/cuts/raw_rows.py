"""feat-cuts: the scratch builds' per-pair lines on found truth pairs, shared by bin/cuts/*.py.

raw_rows(OUTDIR, part, prefix[, sets]) yields (set name, truth row, relation, a, fields) for each first line starting with
prefix ("CUTRAW" from bin/cuts/scratch-hunks.patch, "D7RAW" from bin/direction7/scratch-features.patch) whose pair has its
truth source in the pair and lies in the part, from OUTDIR/NAME.err and OUTDIR/split-NAME.json (also read by
bin/direction7/rarity_sign.py, with its own sets).
"""
import json, os, re, sys
from collections import Counter, defaultdict

S = '/work/shared/data'
SETS = {'reuse': S + '/reuse-dev', 'g20k': '/tmp/data/g20k-s7-meta'}
for d in ['short-revisions', 'written-revisions', 'heavy-revisions', 'simplify-rewrites', 'model-rewrites', 'manner-rewrites']:
    SETS[d] = 'data/' + d


def raw_rows(out, part, prefix, sets=None, quiet=False):
    for name, d in (sets or SETS).items():
        err = os.path.join(out, name + '.err')
        if not os.path.exists(err):
            if not quiet:
                print('no scan for', name, file=sys.stderr)
            continue
        sp = os.path.join(out, 'split-' + name + '.json')
        split = json.load(open(sp)) if os.path.exists(sp) else None
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl'))
                 if t.get('source') in (t['a'], t['b'])}
        seen = set()
        for line in open(err):
            if not line.startswith(prefix):
                continue
            f = line.split()
            a, b, rel = f[1], f[2], f[3]
            t = truth.get(frozenset((a, b)))
            if not t or (split is not None and split.get(a) != part) or (a, b) in seen:
                continue
            seen.add((a, b))
            yield name, t, rel, a, dict(re.findall(r'(\w+)=(\S+)', line))


def hunks(fields):
    """The diff's hunks (words of side A, words of side B) of a CUTRAW line."""
    return [tuple(map(int, h.split(':'))) for h in fields['h'].split(',') if h and h != '-']


def cut_share(hs, k):
    """The unmatched words in one-sided runs of at least k words over all unmatched words."""
    return sum(x + y for x, y in hs if min(x, y) == 0 and max(x, y) >= k) / max(1, sum(x + y for x, y in hs))


def band(x, edges):
    for e in edges:
        if x < e:
            return f'<{e}'
    return f'>={edges[-1]}'


def show(rows, title, key, filt=lambda r: True):
    """Right / backwards answers of rows, by key."""
    c = defaultdict(Counter)
    for r in rows:
        if filt(r):
            c[key(r)][r['right']] += 1
    print(f"\n{title}")
    for k in sorted(c, key=str):
        print(f"  {str(k):64} right {c[k][True]:5} backwards {c[k][False]:4}")
