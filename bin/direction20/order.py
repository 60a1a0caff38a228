#!/usr/bin/env python3
"""feat-direction20: a group's original decided as a whole, by style (issue 12). Of a reported pair (x, y) the scan
left unknown (and whose answer SiblingRewrites did not withdraw), a candidate root R in {x, y} is named the original
only when R leads EVERY other member of its group by the style cues that hold in both languages, and no member of the
group is named R's original by the judge. A sibling cannot lead its source and the source's other rewrites, so the
order keeps out the sibling answers that the same cues, read pair by pair, give (feat-direction19, tables 2 and 4).

Cues (bin/direction19/readers.py's features; R leads M on a cue when):
  paren     R has two parentheses or more and M none
  sentence  R has SENTENCE_RATIO times M's words a sentence (1.25 or 1.5)
  long      German only: R has two words of 16+ letters or more and M none
A member M is led when at least AGREE of the variant's cues have R leading and none has M leading R (AGREE 'first':
the variant's first cue has R leading, and no other cue has M leading R).
Group: 'nb' = R's neighbours (documents with a reported pair to R, y among them), 'comp' = R's whole connected
component of reported pairs. MIN_OTHERS: the group holds at least this many members besides y.

Scored as bin/direction18/carry.py scores (right / backwards / sibling answers per set, two copies of one original and
g20k-s7's pairs outside its truth counted as sibling answers) with its trade and leave-one-set-out fit.

  python3 bin/direction20/order.py OUTDIR PART [loso] [G20K_SCAN G20K_TRUTH G20K_CORPUS]
"""
import json
import sys
from collections import Counter, defaultdict
sys.path.insert(0, 'bin/direction19'); sys.path.insert(0, 'bin/direction18')
sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import carry, readers, screen  # noqa: E402
from table import lang, text  # noqa: E402

CUE_SETS = {'paren': ('paren',), 'sent': ('sentence',), 'paren+sent': ('paren', 'sentence'),
            'paren+sent+long': ('paren', 'sentence', 'long'), 'paren+long': ('paren', 'long'),
            'long+paren': ('long', 'paren'), 'long+sent': ('long', 'sentence'), 'long': ('long',)}
VARIANTS = [(cues, agree, ratio, group, min_others)
            for cues in CUE_SETS for agree in (1, 2, 'first') for ratio in (1.25, 1.5) for group in ('nb', 'comp')
            for min_others in (1, 2)
            if (agree == 1 or agree == 2 and len(CUE_SETS[cues]) > 1 or agree == 'first' and len(CUE_SETS[cues]) > 1)
            and (ratio == 1.25 or 'sentence' in CUE_SETS[cues])]


# GRID=small: the brief's three cues only, agreeing on one or all, ratio 1.25, either group, one member besides y
if __import__('os').environ.get('GRID') == 'small':
    VARIANTS = [(cues, agree, 1.25, group, 1) for cues in ('paren', 'paren+sent', 'paren+sent+long')
                for agree in sorted({1, len(CUE_SETS[cues])}) for group in ('nb', 'comp')]


def leads(fr, fm, cue, ratio, german):
    """+1 when R leads M on the cue, -1 when M leads R, 0 otherwise"""
    if cue == 'paren':
        a, b = fr['parenthesis'], fm['parenthesis']
        return 1 if a >= 2 and b == 0 else -1 if b >= 2 and a == 0 else 0
    if cue == 'long':
        if not german:
            return 0
        a, b = fr['long_word'], fm['long_word']
        return 1 if a >= 2 and b == 0 else -1 if b >= 2 and a == 0 else 0
    a, b = fr['sentence_words'], fm['sentence_words']
    return 1 if a >= ratio * b else -1 if b >= ratio * a else 0


def root_leads_all(r, members, feat, variant, german):
    cues, agree, ratio = CUE_SETS[variant[0]], variant[1], variant[2]
    for m in members:
        votes = [leads(feat(r), feat(m), c, ratio, german) for c in cues]
        if -1 in votes or (votes[0] != 1 if agree == 'first' else votes.count(1) < agree):
            return False
    return True


def components(neighbours):
    comp = {}
    for start in list(neighbours):
        if start in comp:
            continue
        seen, todo = {start}, [start]
        while todo:
            d = todo.pop()
            for n in neighbours[d]:
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        for d in seen:
            comp[d] = seen
    return comp


def answer(x, y, neighbours, comp, copyof, feat, variant, german):
    for r, other in ((x, y), (y, x)):
        group = (neighbours[r] if variant[3] == 'nb' else comp[r]) - {r}
        if len(group - {other}) < variant[4] or copyof[r] & group:
            continue
        if root_leads_all(r, group, feat, variant, german):
            return r
    return None


def score_set(found, truth_pairs, per, judged, name, doc_text):
    neighbours, named, copyof = carry.propagate.graph(found)
    comp = components(neighbours)
    cache = {}

    def feat(d):
        if d not in cache:
            cache[d] = readers.features(doc_text(d))
        return cache[d]
    per[name] = {v: Counter() for v in VARIANTS}
    for t, p in truth_pairs:
        if t.get('source') not in (t['a'], t['b']):
            t = {'a': t['a'], 'b': t['b']}
        judged[name] += bool(t.get('source'))
        if p.get('source') or carry.withdrawn(p):
            continue
        x, y = t['a'], t['b']
        german = lang(doc_text(x)) == 'de'
        for v in VARIANTS:
            a = answer(x, y, neighbours, comp, copyof, feat, v, german)
            if a is not None:
                kind = 'sib' if not t.get('source') else 'right' if a == t['source'] else 'back'
                per[name][v][kind] += 1
                per[name][v][kind + ('_de' if german else '_en')] += 1


def counts(out, part, g20k):
    per, judged = {}, Counter()
    for name in screen.SETS:
        loaded = screen.load(out, name, part)
        if loaded is not None:
            score_set(loaded[0], loaded[2], per, judged, name, lambda d, n=name: text(n, d))
    if g20k:
        scan, truth_file, corpus = g20k
        found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(scan))}
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(truth_file))}
        pairs = [(truth.get(k) or {'a': p['a'], 'b': p['b']}, p) for k, p in found.items()]
        score_set(found, pairs, per, judged, 'g20k-s7',
                  lambda d: open(f'{corpus}/{d}.txt', encoding='utf-8', errors='replace').read())
    return per, judged


def worth(per, judged, names, v):
    """carry.py's fit (admissible, right less backwards less sibling answers); ties go to the fewer cues, then to
    the larger group and more members (the stricter order)"""
    total = sum((per[n][v] for n in names), Counter())
    return (carry.admissible(per, judged, names, v), total['right'] - total['back'] - total['sib'],
            -len(CUE_SETS[v[0]]), v[3] == 'comp', v[4])


def main():
    carry.VARIANTS[:] = VARIANTS
    carry.main(counts, worth, label=str)


if __name__ == '__main__':
    main()
