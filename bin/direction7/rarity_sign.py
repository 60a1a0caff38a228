#!/usr/bin/env python3
"""feat-direction7: the rarity clue's sign on every found truth pair (not only where the clue spoke), by manner of
rewriting and by the pair's shape, from a scratch build that printed each near-duplicate and paraphrase pair's raw
rarity statistics to stderr ("D7RAW a b relation la= lb= oa= ob= ma= mb= t= sm= sla= slb= fa= fb=").

  python3 bin/direction7/rarity_sign.py OUTDIR [fit|validation]

"Right" means the side whose differing words are commoner (higher mean ln document frequency) is the truth's source.
"""
import os, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cuts'))
from raw_rows import raw_rows  # noqa: E402  (the scratch builds' per-pair lines, read one way for both passes)

out = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else 'fit'
S = '/work/shared/data'
sets = {'rw': S + '/rewrites-dev', 'reuse': S + '/reuse-dev', 'g20k': '/tmp/data/g20k-s7-meta'}
for d in ['model-rewrites', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
          'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites']:
    sets[d] = 'data/' + d
rows = []
for name, t, rel, a, v in raw_rows(out, part, 'D7RAW', sets, quiet=True):
    la, lb, oa, ob = (int(v[k]) for k in ('la', 'lb', 'oa', 'ob'))
    ma, mb, tt = float(v['ma']), float(v['mb']), float(v['t'])
    if oa == 0 or ob == 0 or abs(ma - mb) < 0.3:
        continue  # no clue possible at the margin
    named_a = ma > mb
    right = named_a == (t['source'] == a)
    sla, slb = float(v['sla']), float(v['slb'])
    slr = (sla / slb if named_a else slb / sla) if min(sla, slb) > 0 else 1
    rows.append(dict(set=name, cat=t.get('category', t.get('relation')), rel=rel, right=right, t=abs(tt),
                     lr=max(la, lb) / max(1, min(la, lb)), sm=v['sm'] == 'true', slr=slr,
                     lead=(int(v['fa']) - int(v['fb'])) * (1 if named_a else -1), minwords=min(oa, ob), share=(oa + ob) / max(1, la + lb)))


def show(title, key, filt=lambda r: True):
    c = defaultdict(Counter)
    for r in rows:
        if filt(r):
            c[key(r)][r['right']] += 1
    print(f"\n{title}")
    for k in sorted(c, key=str):
        n = c[k][True] + c[k][False]
        print(f"  {str(k):70} right {c[k][True]:5} wrong {c[k][False]:4}  ({c[k][True] / n:.2f})")


show('sign by set and manner, all pairs at the margin', lambda r: (r['set'], r['cat'], r['rel']))
spinner = lambda r: r['lr'] < 1.05 and not r['sm'] and r['slr'] >= 0.9
show('sign by set and manner, length kept (< 1.05)', lambda r: (r['set'], r['cat'], r['rel']), lambda r: r['lr'] < 1.05)
show('length kept: by sentences split/merged and named original\'s sentence ratio',
     lambda r: (r['rel'], 'sm' if r['sm'] else 'kept', 'slr<0.9' if r['slr'] < 0.9 else 'slr<0.95' if r['slr'] < 0.95 else 'slr<1.05' if r['slr'] < 1.05 else 'slr>=1.05'),
     lambda r: r['lr'] < 1.05 and r['set'] != 'g20k')
show('length kept, t >= 1.5 (paraphrase) / any (near-dup): by t band, without g20k',
     lambda r: (r['rel'], 'sm' if r['sm'] else 'kept', 't<1.5' if r['t'] < 1.5 else 't<2' if r['t'] < 2 else 't<3' if r['t'] < 3 else 't>=3'),
     lambda r: r['lr'] < 1.05 and r['set'] != 'g20k')


def eligible(r):
    """The clue as main gives it, able to decide alone (margin, length, t floors, word floor, sentence shortening, facts)."""
    if r['lr'] >= 1.05 or r['slr'] < 0.75:
        return False
    if r['rel'] == 'NEAR_DUPLICATE':
        return r['t'] >= 1.0 and r['minwords'] >= 4
    if r['t'] < 1.5:
        return False
    if r['lead'] < 0 and (r['sm'] or r['t'] < 3):
        return False
    return True


show('clues main lets decide alone, by set and manner', lambda r: (r['set'], r['cat'], r['rel']), eligible)
show('clues main lets decide alone, without g20k: by shape', lambda r: (r['rel'], 'sm' if r['sm'] else 'kept',
     't<2' if r['t'] < 2 else 't<3' if r['t'] < 3 else 't>=3', 'slr<0.95' if r['slr'] < 0.95 else 'slr>=0.95'),
     lambda r: eligible(r) and r['set'] != 'g20k')
show('clues main lets decide alone, g20k: by shape', lambda r: (r['rel'], 'sm' if r['sm'] else 'kept',
     't<2' if r['t'] < 2 else 't<3' if r['t'] < 3 else 't>=3', 'slr<0.95' if r['slr'] < 0.95 else 'slr>=0.95'),
     lambda r: eligible(r) and r['set'] == 'g20k')

if '--wrong' in sys.argv:
    print('\nwrong signs on length-kept pairs (not g20k), t >= 1 :')
    for r in rows:
        if r['lr'] < 1.05 and r['set'] != 'g20k' and not r['right'] and r['t'] >= 1:
            print('  ', {k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}, 'eligible' if eligible(r) else '')
