#!/usr/bin/env python3
"""feat-direction21: group orders feat-direction20 did not screen, aimed at the German four-manner groups (issue 12).
Of a reported pair (x, y) the scan left unknown (and whose answer SiblingRewrites did not withdraw), an end R is named
the original when R leads its whole group (its related documents, 'nb', or its connected component, 'comp', y among
them, at least one member besides y) by one of these orders, and the scan names no member R's original:

  long  (German only) R writes MIN long words (16+ letters) or more and more than every member: by MARGIN more
        ('+1', '+2') or 1.5 times ('x1.5'), or 1.5 times every member's share of long words ('rate').
  facts R states every number (FACTS 'num'; 'num10': every number of two digits or more, since whether one to nine
        are written in figures or words is the writer's style, not a fact) or every number and every all-capitals
        abbreviation ('num+abbr': EU,
        NATO, SPD, read the same in both languages) that any member states, MIN of them at least, and at least two
        members (FEWER 'two') or every member (FEWER 'all') state fewer: a rewrite rarely adds a fact its source lacks.
        FEWER 'two-tie': two state fewer, and R leads every member that states the same facts by the vote's cues
        (below: ahead on one at least, behind on none), since a tie is as often the source as a faithful rewrite.
  vote  R leads every member on NEED of the cues that hold in both languages and trails it on none: two parentheses or
        more against none; quotation marks against none; 1.25 times the words; 1.25 times the words a sentence; the
        facts (R states every number M states, and more); a cut last line against a finished one. NEED 'majority':
        more than half of the cues that vote either way and at least two; NEED 2 or 3: at least that many.
  centre R is every member's nearest document in the group (content words, Jaccard): each member shares more with R
        than with any other member. A group shows it, a pair does not: in a star of independent rewrites each rewrite
        drew on the source alone. 'centre+facts': and R states every number any member states.

RELATIONS 'para' (facts and centre): every reported pair in the group and R is one the scan judged a paraphrase; a
partial copy or an edited near-duplicate may add a story of its own, with its own numbers. 'whole': none is a
partial copy (each pair is a whole text's copy, near-duplicate or rewrite). 'wholedoc': R and its group have no
partial pair at all, with any document (a flag of each document, as a join computes it).

Scored as bin/direction20/order.py scores (its score_set and counts, with these variants and this answer; right /
backwards / sibling answers per set, g20k-s7 included, carry.py's trade and leave-one-set-out fit).

  python3 bin/direction21/group_orders.py OUTDIR PART [loso] [G20K_SCAN G20K_TRUTH G20K_CORPUS]
"""
import re
import sys
from collections import Counter
sys.path.insert(0, 'bin/direction20'); sys.path.insert(0, 'bin/direction19'); sys.path.insert(0, 'bin/direction18')
sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import carry, order, readers  # noqa: E402

NUMBER = re.compile(r'\d+(?:[.,]\d+)*')
ABBREVIATION = re.compile(r'\b[A-ZÄÖÜ]{2,}\b')
CONTENT = re.compile(r'[^\W\d_]{4,}')

VARIANTS = ([('long', m, 2, g, 1) for m in ('+1', '+2', 'x1.5', 'rate') for g in ('nb', 'comp')]
            + [('facts', f, n, fewer, rel, g, 1) for f in ('num', 'num10', 'num+abbr') for n in (1, 2)
               for fewer in ('two', 'two-tie', 'all') for rel in ('any', 'para', 'whole', 'wholedoc') for g in ('nb', 'comp')]
            + [('vote', need, g, 1) for need in ('majority', 2, 3) for g in ('nb', 'comp')]
            + [(kind, rel, g, 1) for kind in ('centre', 'centre+facts') for rel in ('any', 'para', 'whole') for g in ('nb', 'comp')])
RELATION = {}   # the scan's relation of every reported pair of the set being scored
IN_PARTIAL = set()   # the documents with a partial pair, of that set

# GRID=small: the fixed grid of the leave-one-set-out check, one or two readings of each order over R's related
# documents
SMALL = [('long', '+1', 2, 'nb', 1), ('long', 'x1.5', 2, 'nb', 1),
         ('facts', 'num', 1, 'two', 'any', 'nb', 1), ('facts', 'num10', 1, 'two', 'any', 'nb', 1),
         ('facts', 'num10', 1, 'two', 'whole', 'nb', 1), ('facts', 'num10', 1, 'two-tie', 'whole', 'nb', 1),
         ('facts', 'num10', 1, 'all', 'whole', 'nb', 1), ('facts', 'num10', 1, 'all', 'wholedoc', 'nb', 1), ('facts', 'num+abbr', 1, 'two', 'any', 'nb', 1),
         ('vote', 'majority', 'nb', 1), ('centre', 'any', 'nb', 1), ('centre', 'whole', 'nb', 1),
         ('centre+facts', 'whole', 'nb', 1)]
if __import__('os').environ.get('GRID') == 'small':
    VARIANTS = SMALL
# GRID=built: the small grid without the tie vote (the readings the build takes: one reading of each document)
if __import__('os').environ.get('GRID') == 'built':
    VARIANTS = [v for v in SMALL if 'two-tie' not in v]

_plain = readers.features
_graph = carry.propagate.graph


def features(t):
    """bin/direction19/readers.py's features, with the facts and content words the orders read"""
    f = _plain(t)
    f['numbers'] = {re.sub(r'[.,]', '', n) for n in NUMBER.findall(t)}
    f['abbreviations'] = set(ABBREVIATION.findall(t))
    f['content'] = {w.lower() for w in CONTENT.findall(t)}
    return f


def group_of(variant):
    return variant[-2]


def facts(f, what):
    if what == 'num10':
        return {n for n in f['numbers'] if len(n) > 1}
    return f['numbers'] | f['abbreviations'] if what == 'num+abbr' else f['numbers']


def long_leads(fr, fm, margin):
    a, b = fr['long_word'], fm['long_word']
    if margin == 'rate':
        return a >= 2 and a / max(1, fr['words']) >= 1.5 * b / max(1, fm['words'])
    return a >= 2 and (a >= 1.5 * b and a > b if margin == 'x1.5' else a >= b + int(margin[1:]))


def vote(fr, fm):
    """(R leads, M leads) over the cues that hold in both languages"""
    cues = [(fr['parenthesis'] >= 2 and fm['parenthesis'] == 0, fm['parenthesis'] >= 2 and fr['parenthesis'] == 0),
            (fr['quote'] > 0 and fm['quote'] == 0, fm['quote'] > 0 and fr['quote'] == 0),
            (fr['words'] >= 1.25 * fm['words'], fm['words'] >= 1.25 * fr['words']),
            (fr['sentence_words'] >= 1.25 * fm['sentence_words'], fm['sentence_words'] >= 1.25 * fr['sentence_words']),
            (fr['numbers'] > fm['numbers'], fm['numbers'] > fr['numbers']),
            (fr['cut'] > fm['cut'], fm['cut'] > fr['cut'])]
    return sum(a for a, _ in cues), sum(b for _, b in cues)


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def graph(found):
    """bin/direction17/propagate.py's graph, the pairs' relations kept for the RELATIONS reading"""
    RELATION.clear()
    IN_PARTIAL.clear()
    for p in found.values():
        RELATION[p['a'], p['b']] = RELATION[p['b'], p['a']] = p['relation']
        if p['relation'] == 'partial':
            IN_PARTIAL.update((p['a'], p['b']))
    return _graph(found)


WHOLE = ('paraphrase', 'near_duplicate', 'exact')


def all_related_as(members, relations):
    """every reported pair among the members is of these relations (a group of more than 50 is read as mixed)"""
    return len(members) <= 50 and all(RELATION.get((a, b), relations[0]) in relations for a in members for b in members)


def leads_group(r, group, feat, variant, german):
    kind = variant[0]
    fr = feat(r)
    if kind in ('facts', 'centre', 'centre+facts') and variant[-3] == 'wholedoc':
        if IN_PARTIAL & (group | {r}):
            return False
    elif kind in ('facts', 'centre', 'centre+facts') and variant[-3] != 'any' \
            and not all_related_as(group | {r}, ('paraphrase',) if variant[-3] == 'para' else WHOLE):
        return False
    if kind == 'long':
        return german and all(long_leads(fr, feat(m), variant[1]) for m in group)
    if kind == 'facts':
        what, least, fewer = variant[1], variant[2], variant[3]
        mine = facts(fr, what)
        theirs = [facts(feat(m), what) for m in group]
        fewer_members = sum(len(t) < len(mine) for t in theirs)
        if not (len(mine) >= least and all(t <= mine for t in theirs)
                and fewer_members >= (len(group) if fewer == 'all' else 2)):
            return False
        ties = [vote(fr, feat(m)) for m, t in zip(group, theirs) if t == mine]
        return fewer != 'two-tie' or all(ahead > 0 and behind == 0 for ahead, behind in ties)
    if kind == 'vote':
        for m in group:
            ahead, behind = vote(fr, feat(m))
            need = max(2, (ahead + behind) // 2 + 1) if variant[1] == 'majority' else variant[1]
            if behind or ahead < need:
                return False
        return True
    # centre: every member shares more content words with R than with any other member
    for m in group:
        near = jaccard(fr['content'], feat(m)['content'])
        if any(jaccard(feat(n)['content'], feat(m)['content']) >= near for n in group if n != m):
            return False
    if kind == 'centre+facts':
        return all(facts(feat(m), 'num') <= facts(fr, 'num') for m in group)
    return True


def answer(x, y, neighbours, comp, copyof, feat, variant, german):
    """the end that leads its group, or None; when both ends do (two texts that state the same facts), neither:
    the truth files list the source first, so taking the first end that leads would favour the source"""
    roots = []
    for r, other in ((x, y), (y, x)):
        group = (neighbours[r] if group_of(variant) == 'nb' else comp[r]) - {r}
        if len(group - {other}) < variant[-1] or copyof[r] & group:
            continue
        if leads_group(r, group, feat, variant, german):
            roots.append(r)
    return roots[0] if len(roots) == 1 else None


def worth(per, judged, names, v):
    """carry.py's fit: admissible, then right less backwards less sibling answers; ties to the related documents"""
    total = sum((per[n][v] for n in names), Counter())
    return carry.admissible(per, judged, names, v), total['right'] - total['back'] - total['sib'], group_of(v) == 'nb'


def main():
    # order.py's scoring with this screen's variants and answer (its score_set reads both from its module)
    readers.features = features
    carry.propagate.graph = graph
    order.VARIANTS, order.answer = VARIANTS, answer
    carry.VARIANTS[:] = VARIANTS
    carry.main(order.counts, worth, label=lambda v: ' '.join(map(str, v)))


if __name__ == '__main__':
    main()
