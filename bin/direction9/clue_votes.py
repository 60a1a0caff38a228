#!/usr/bin/env python3
"""feat-direction4 (second round): every direction clue's vote on every found truth pair whose source is one of the two
texts, against the truth: right / backwards / silent per clue and per set, and the judge's answer.

  python3 bin/direction9/clue_votes.py OUTDIR fit|validation [--rows]

OUTDIR holds the scans (SET.jsonl, `rw.jsonl` for rewrites-dev, `reuse.jsonl` for reuse-dev, as bin/reference-scans.sh
writes them) and split-SET.json files (`./doppel eval-rewrites DIR --write-split OUTDIR/split-SET.json`). A clue's vote is
read from the pair's `direction_detail`, which lists every clue that spoke, whether it decided, supported, was outweighed or
was withheld ("alone it decides nothing"). reuse-dev has no split: its truth pairs count whole, in both parts.
--rows prints one JSON line per pair (set, truth source, each clue's named original, withheld flags) instead of tables.
"""
import json, os, re, sys
from collections import Counter, defaultdict

SHARED = '/work/shared/data'
SETS = ['article-rewrites', 'condense-rewrites', 'easy-rewrites', 'easy-rewrites2', 'easy-rewrites3', 'easy-rewrites4', 'easy-rewrites5', 'easy-rewrites6', 'easy-rewrites7', 'german-articles', 'german-rewrites', 'heavy-revisions', 'manner-rewrites',
        'model-rewrites', 'model-rewrites2', 'restyle-rewrites', 'short-revisions', 'simplify-rewrites', 'written-revisions',
        'rw', 'reuse']
SIGNALS = ['date', 'attribution', 'canonical_url', 'photo_credit', 'site_credit', 'rewrite', 'facts', 'cohesion', 'model_style', 'condensed', 'generalised', 'typography', 'easy_language']
SEGMENT = re.compile(r'(?:^|; )(?:outweighed: |evidence disagrees: |only weak evidence that does not decide alone: )*'
                     r'(' + '|'.join(SIGNALS) + r'): ')


def set_dir(name):
    return {'rw': SHARED + '/rewrites-dev', 'reuse': SHARED + '/reuse-dev'}.get(name, 'data/' + name)


def named_original(signal, text, a, b):
    """The document a clue names the original, from its detail's wording."""
    def first(pattern):
        m = re.match(pattern, text)
        return m.group(1) if m else None
    other = lambda x: None if x is None else (b if x == a else a if x == b else None)
    if signal == 'rewrite':        # "X's N differing words are rarer ... than Y's": X is the copy
        return other(first(r"(\S+?)'s \d+ differing words"))
    if signal == 'model_style':    # "X uses N words language models over-use": X is the copy
        return other(first(r'(\S+) uses \d+ words?'))
    if signal == 'facts':          # "X states N facts ... that its rewrite Y lacks": X is the original
        return first(r'(\S+) states \d+ facts?')
    if signal == 'condensed':      # "X (N words) states every number its condensation Y ...": X is the original
        return first(r'(\S+) \(\d+ words\) (?:states every number|is [\d.]+ times as long)')
    if signal == 'generalised':    # "X states N numbers its rewrite Y lacks ...": X is the original
        return first(r'(\S+) states \d+ numbers its rewrite')
    if signal == 'typography':     # "X writes its N apostrophes [and M double quotation marks] typographic ...": X is the original
        return first(r'(\S+) writes its \d+ (?:apostrophes|double quotation marks)')
    if signal == 'easy_language':  # "X is laid out as easy language (...) and Y is not": Y is the original
        return first(r'\S+ is laid out as easy language \(\d+ short statements, one a line\) and (\S+) is not')
    if signal == 'cohesion':       # "recur in the rest of X (..) more than in the rest of Y": X is the original
        return first(r"the shared passage's rare words recur in the rest of (\S+) \(")
    if signal == 'date':           # "X published D1, Y D2": X is the earlier
        return first(r'(\S+) published')
    if signal in ('attribution', 'photo_credit', 'site_credit', 'canonical_url'):
        m = re.search(r"naming (\S+?)'s", text)
        if m:
            return m.group(1)
        m = re.search(r'\b(' + re.escape(a) + '|' + re.escape(b) + r')\b', text)
        return None if not m else m.group(1)   # best effort: strong clues are rare on these sets
    return None


def clues(detail, a, b):
    """(signal, named original, withheld) for each clue a detail lists."""
    marks = list(SEGMENT.finditer(detail))
    out = []
    for i, m in enumerate(marks):
        text = detail[m.end(): marks[i + 1].start() if i + 1 < len(marks) else len(detail)]
        out.append((m.group(1), named_original(m.group(1), text, a, b), 'alone it decides nothing' in text))
    return out


def rows(out, part):
    for name in SETS:
        pred, d = os.path.join(out, name + '.jsonl'), set_dir(name)
        sp = os.path.join(out, 'split-' + name + '.json')
        if not os.path.exists(pred):
            continue
        split = json.load(open(sp)) if os.path.exists(sp) else None
        if split is None and name != 'reuse':
            continue
        truth = {frozenset((t['a'], t['b'])): t for t in map(json.loads, open(d + '/truth.jsonl'))
                 if t.get('source') in (t.get('a'), t.get('b'))}
        for line in open(pred):
            p = json.loads(line)
            t = truth.get(frozenset((p.get('a'), p.get('b'))))
            if not t or (split is not None and (split.get(p['a']) != part or split.get(p['b']) != part)):
                continue
            votes = {}
            for signal, original, withheld in clues(p.get('direction_detail') or '', p['a'], p['b']):
                votes.setdefault(signal, (original, withheld))
            yield dict(set=name, a=p['a'], b=p['b'], source=t['source'], relation=p['relation'],
                       category=t.get('category', t.get('relation')), answer=p['source'],
                       votes={s: v[0] for s, v in votes.items()}, withheld=[s for s, v in votes.items() if v[1]])


def verdict(named, source):
    return 'silent' if named is None else ('right' if named == source else 'back')


def main():
    out, part = sys.argv[1], sys.argv[2]
    all_rows = list(rows(out, part))
    if '--rows' in sys.argv:
        for r in all_rows:
            print(json.dumps(r))
        return
    names = [s for s in SETS if any(r['set'] == s for r in all_rows)]
    table = defaultdict(Counter)   # (clue, set) -> Counter(right/back/silent)
    for r in all_rows:
        for clue in ['judge'] + SIGNALS:
            named = r['answer'] if clue == 'judge' else r['votes'].get(clue)
            v = verdict(named, r['source'])
            table[(clue, r['set'])][v] += 1
            table[(clue, 'all')][v] += 1
            if clue in r['withheld']:
                table[(clue + ' (withheld)', r['set'])][v] += 1
                table[(clue + ' (withheld)', 'all')][v] += 1
    print(f'part {part}: right / backwards / silent of the found truth pairs (pairs per set in the judge row)')
    print('| clue | ' + ' | '.join(names) + ' | all |')
    print('|---|' + '---:|' * (len(names) + 1))
    for clue in ['judge'] + [s for s in SIGNALS for s in (s, s + ' (withheld)')]:
        if not any(table[(clue, 'all')][k] for k in ('right', 'back')) and clue != 'judge':
            continue
        cells = []
        for s in names + ['all']:
            c = table[(clue, s)]
            cells.append(f"{c['right']} / {c['back']} / {c['silent']}" if '(withheld)' not in clue else f"{c['right']} / {c['back']}")
        print(f'| {clue} | ' + ' | '.join(cells) + ' |')


if __name__ == '__main__':
    main()
