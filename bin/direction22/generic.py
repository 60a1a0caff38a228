#!/usr/bin/env python3
"""feat-direction22: does the original's wording lead its group by being less generic (issue 12)? Group orders
screened as bin/direction21/group_orders.py screens them: of a reported pair (x, y) the scan left unknown (and whose
answer SiblingRewrites did not withdraw), an end R is named the original when R leads EVERY member of its group (its
related documents, y among them, at least one member besides y; 'comp': its connected component), the scan names no
member R's original, and the other end does not lead its own group too. Word frequencies are the set's own corpus's
document frequencies (every text of the set, as the scan's DocumentFrequencies counts them), never one item's.

Content words: lower-cased letter runs of two letters or more, stop words (bin/direction17/screen.py's list) left out.

  rarity MARGIN OUT   R's content words are rarer on average: mean ln(df) at least MARGIN below every member's.
                      OUT 'out': df counted outside the group (R and its members left out), so the words the group
                      shares do not count as rare because the group is small
  differ MARGIN T     R's words that M lacks are rarer than M's words that R lacks (RewriteSignal's reading, over the
                      group): mean ln(df) at least MARGIN lower, Welch's t at least T, both sides two words or more
  rare N K            R has K more words than every member that occur in at most N documents outside the group
  model K             R writes fewer words of the shipped ModelVocabulary list than every member, every member K at least
  names FEWER         (English) R writes every name (a capitalised word not after a sentence end, as KeptNames reads)
                      any member writes, one at least, and FEWER 'two' members / 'all' members write fewer
  common MARGIN       the other way round: R's content words are commoner, mean ln(df) MARGIN above every member's
  short RATIO LANG GUARD  R writes the shortest words of its group: every member's mean letters a word (letter runs)
                      RATIO times R's at least; LANG 'en': English groups only; GUARD 'len': and every member has at
                      least two thirds of R's words (a condensation is no member); 'sentN': and no member writes N
                      times R's words a sentence (a simplification shortens words and sentences alike, a model's
                      polish lengthens its words and keeps its sentences)
  longest RATIO GUARD (German) R writes the longest words of its group: RATIO times every member's mean letters a
                      word; GUARD 'sent1.25': and R's words a sentence under 1.25 times every member's
  generic MARGIN      R's share of the set's common words (df in the top 1,000 of the corpus) is MARGIN below every
                      member's: the rewrite's wording is more generic

Scored as order.py scores (right / backwards / sibling answers per set, g20k-s7 included; carry.py's trade and
leave-one-set-out fit).

A group of more than 50 documents is read as no group. GRID=short: the 'short' readings only; GRID=small: one reading
of each of the issue's orders, no word length.

  python3 bin/direction22/generic.py OUTDIR PART [loso] [G20K_SCAN G20K_TRUTH G20K_CORPUS]
"""
import math
import os
import re
import sys
from collections import Counter
sys.path.insert(0, 'bin/direction21'); sys.path.insert(0, 'bin/direction20'); sys.path.insert(0, 'bin/direction19')
sys.path.insert(0, 'bin/direction18'); sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import carry, order, readers, screen  # noqa: E402
import group_orders  # noqa: E402
from table import set_dir  # noqa: E402

WORD = re.compile(r'[^\W\d_]{2,}')
LETTERS = re.compile(r'[^\W\d_]+')
NAME = re.compile(r"[^\W\d_][\w'’-]*")
STOP = screen.STOP
MODEL = screen.MODEL_WORDS

VARIANTS = ([('rarity', m, o, g) for m in (0.1, 0.2, 0.3, 0.5) for o in ('in', 'out') for g in ('nb', 'comp')]
            + [('differ', m, t, g) for m in (0.2, 0.3, 0.5) for t in (0, 1, 1.5) for g in ('nb', 'comp')]
            + [('rare', n, k, g) for n in (0, 1, 2) for k in (1, 2, 3) for g in ('nb', 'comp')]
            + [('model', k, g) for k in (1, 2) for g in ('nb', 'comp')]
            + [('names', f, g) for f in ('two', 'all') for g in ('nb', 'comp')]
            + [('generic', m, g) for m in (0.03, 0.05, 0.1) for g in ('nb', 'comp')]
            + [('common', m, g) for m in (0.1, 0.2, 0.3) for g in ('nb', 'comp')]
            + [('short', r, lang_, guard, g) for r in (1.03, 1.05, 1.08, 1.12) for lang_ in ('en', 'any')
               for guard in ('none', 'len', 'sent1.15', 'sent1.25', 'sent1.5') for g in ('nb', 'comp')])
if os.environ.get('GRID') == 'small':
    VARIANTS = [('rarity', 0.2, 'out', 'nb'), ('rarity', 0.3, 'in', 'nb'), ('differ', 0.3, 1, 'nb'),
                ('rare', 1, 2, 'nb'), ('model', 1, 'nb'), ('names', 'two', 'nb'), ('generic', 0.05, 'nb')]

VARIANTS += [('longest', r, guard, g) for r in (1.03, 1.05, 1.08, 1.12) for guard in ('none', 'sent1.25')
             for g in ('nb', 'comp')]
if os.environ.get('GRID') in ('short', 'longest'):
    VARIANTS = [v for v in VARIANTS if v[0] == os.environ['GRID']]

CURRENT = {'set': None, 'corpus': None}
_df = {}
_common = {}


def frequencies():
    """document frequency of every content word in the current set's corpus, and the corpus's 1,000 commonest"""
    name = CURRENT['set']
    if name not in _df:
        df = Counter()
        folder = CURRENT['corpus'] or set_dir(name) + '/corpus'
        for f in os.listdir(folder):
            if f.endswith('.txt'):
                df.update(content(open(os.path.join(folder, f), encoding='utf-8', errors='replace').read()))
        _df[name] = df
        _common[name] = {w for w, _ in df.most_common(1000)}
    return _df[name], _common[name]


def content(t):
    return {w for w in WORD.findall(t.lower()) if w not in STOP}


def names(t):
    out = set()
    for m in NAME.finditer(t):
        w = m.group()
        before = t[max(0, m.start() - 3):m.start()]
        if w[0].isupper() and not re.search(r'(^|[.!?:"“”\n]\s*)$', before) and w.lower() not in STOP:
            out.add(w.lower())
    return out


def features(t):
    df, common = frequencies()
    f = readers.features(t)
    cw = content(t)
    f['cw'] = cw
    f['lndf'] = {w: math.log(max(1, df[w])) for w in cw}
    f['mean'] = sum(f['lndf'].values()) / max(1, len(cw))
    f['common_share'] = len(cw & common) / max(1, len(cw))
    f['model'] = sum(1 for w in WORD.findall(t.lower()) if w in MODEL)
    f['names'] = names(t)
    letters = [len(w) for w in LETTERS.findall(t)]
    f['letters'] = sum(letters) / max(1, len(letters))
    f['n_words'] = len(letters)
    return f


def mean_var(xs):
    m = sum(xs) / len(xs)
    return m, sum((x - m) ** 2 for x in xs) / max(1, len(xs) - 1)


def differ_leads(fr, fm, margin, t_min):
    a = [fr['lndf'][w] for w in fr['cw'] - fm['cw']]
    b = [fm['lndf'][w] for w in fm['cw'] - fr['cw']]
    if len(a) < 2 or len(b) < 2:
        return False
    (ma, va), (mb, vb) = mean_var(a), mean_var(b)
    se = math.sqrt(va / len(a) + vb / len(b)) or 1e-9
    return mb - ma >= margin and (mb - ma) / se >= t_min


def outside_mean(f, inside):
    """mean ln(1 + df) of f's content words, the group's own texts not counted"""
    vals = [math.log(1 + max(0, round(math.exp(v)) - inside[w])) for w, v in f['lndf'].items()]
    return sum(vals) / max(1, len(vals))


def leads_group(r, group, feat, variant, german):
    kind = variant[0]
    fr = feat(r)
    members = [feat(m) for m in group]
    if kind == 'rarity':
        margin, where = variant[1], variant[2]
        if where == 'out':
            inside = Counter()
            for f in members + [fr]:
                inside.update(f['cw'])
            mine = outside_mean(fr, inside)
            return all(outside_mean(f, inside) - mine >= margin for f in members)
        return all(f['mean'] - fr['mean'] >= margin for f in members)
    if kind == 'differ':
        return all(differ_leads(fr, f, variant[1], variant[2]) for f in members)
    if kind == 'rare':
        n, k = variant[1], variant[2]
        inside = Counter()
        for f in members + [fr]:
            inside.update(f['cw'])

        def rare(f):
            return sum(1 for w, v in f['lndf'].items() if round(math.exp(v)) - inside[w] <= n)
        mine = rare(fr)
        return all(mine - rare(f) >= k for f in members)
    if kind == 'model':
        return all(f['model'] >= variant[1] and f['model'] > fr['model'] for f in members)
    if kind == 'names':
        if german:
            return False
        mine = fr['names']
        fewer = sum(len(f['names']) < len(mine) for f in members)
        return bool(mine) and all(f['names'] <= mine for f in members) \
            and fewer >= (len(members) if variant[1] == 'all' else 2)
    if kind == 'common':
        return all(fr['mean'] - f['mean'] >= variant[1] for f in members)
    if kind == 'short':
        ratio, language, guard = variant[1], variant[2], variant[3]
        if language == 'en' and german:
            return False
        if guard == 'len' and any(3 * f['n_words'] < 2 * fr['n_words'] for f in members):
            return False
        if guard.startswith('sent') and any(f['sentence_words'] >= float(guard[4:]) * fr['sentence_words'] for f in members):
            return False
        return fr['letters'] > 0 and all(f['letters'] >= ratio * fr['letters'] for f in members)
    if kind == 'longest':
        ratio, guard = variant[1], variant[2]
        if not german:
            return False
        if guard.startswith('sent') and any(fr['sentence_words'] >= float(guard[4:]) * f['sentence_words'] for f in members):
            return False
        return all(fr['letters'] >= ratio * f['letters'] for f in members)
    if kind == 'generic':
        return all(f['common_share'] - fr['common_share'] >= variant[1] for f in members)
    raise ValueError(kind)


def answer(x, y, neighbours, comp, copyof, feat, variant, german):
    """the end that leads its group (one member at least besides the other end), or None when neither or both do"""
    roots = []
    for r, other in ((x, y), (y, x)):
        group = (neighbours[r] if variant[-1] == 'nb' else comp[r]) - {r}
        if len(group - {other}) < 1 or len(group) > 50 or copyof[r] & group:
            continue
        if leads_group(r, group, feat, variant, german):
            roots.append(r)
    return roots[0] if len(roots) == 1 else None


_score_set = order.score_set


def score_set(found, truth_pairs, per, judged, name, doc_text):
    CURRENT['set'] = name
    CURRENT['corpus'] = G20K_CORPUS if name == 'g20k-s7' else None
    _score_set(found, truth_pairs, per, judged, name, doc_text)


def worth(per, judged, names_, v):
    total = sum((per[n][v] for n in names_), Counter())
    return carry.admissible(per, judged, names_, v), total['right'] - total['back'] - total['sib'], v[-1] == 'nb'


G20K_CORPUS = sys.argv[-1] if len(sys.argv) > 4 else None


def main():
    readers_features = features
    order.readers = type('R', (), {'features': staticmethod(readers_features)})
    order.score_set = score_set
    carry.propagate.graph = group_orders.graph
    order.VARIANTS, order.answer = VARIANTS, answer
    carry.VARIANTS[:] = VARIANTS
    carry.main(order.counts, worth, label=lambda v: ' '.join(map(str, v)))


if __name__ == '__main__':
    main()
