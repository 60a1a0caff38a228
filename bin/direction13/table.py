#!/usr/bin/env python3
"""feat-direction13: direction right / backwards / unknown on one part of every written development set (not heldout-*),
rewrites-dev and reuse-dev, with each set's pairs parted by the language of the truth's source (German / English).
Counts as `eval-rewrites` does: found truth pairs whose source is set and whose category is not a sibling pair.

  python3 bin/direction13/table.py OUTDIR fit|validation [--rows]
  python3 bin/direction13/table.py BASE BRANCH --compare      # per set, both languages together: fit | validation, before -> after

OUTDIR holds scans as bin/reference-scans.sh writes them and split-SET.json files (see docs/quality.md).
--rows prints one JSON line per found truth pair (set, lang, a, b, source, answer, relation, category, detail).
"""
import json, os, re, sys
from collections import Counter

SHARED = '/work/shared/data'
SETS = ['rw', 'model-rewrites', 'model-rewrites2', 'manner-rewrites', 'restyle-rewrites', 'article-rewrites',
        'simplify-rewrites', 'heavy-revisions', 'written-revisions', 'short-revisions', 'german-rewrites',
        'german-articles', 'condense-rewrites', 'easy-rewrites', 'easy-rewrites2', 'easy-rewrites3', 'easy-rewrites4',
        'easy-rewrites5', 'easy-rewrites6', 'easy-rewrites7', 'reuse']
GERMAN = re.compile(r'\b(und|der|die|das|nicht|mit|sich|auch|ist|ein|eine|für|von|den|dem|zu|im|auf|wird|werden)\b', re.I)
ENGLISH = re.compile(r'\b(and|the|of|not|with|is|a|an|for|from|to|in|on|will|be|that|this|are)\b', re.I)


def set_dir(name):
    return {'rw': SHARED + '/rewrites-dev', 'reuse': SHARED + '/reuse-dev'}.get(name, 'data/' + name)


_texts = {}
def text(name, doc):
    if (name, doc) not in _texts:
        _texts[name, doc] = open(f'{set_dir(name)}/corpus/{doc}.txt', encoding='utf-8', errors='replace').read()
    return _texts[name, doc]


def lang(t):
    return 'de' if len(GERMAN.findall(t)) > len(ENGLISH.findall(t)) else 'en'


def rows(out, part):
    for name in SETS:
        pred, sp = os.path.join(out, name + '.jsonl'), os.path.join(out, 'split-' + name + '.json')
        if not os.path.exists(pred) or (name != 'reuse' and not os.path.exists(sp)):
            continue
        split = json.load(open(sp)) if name != 'reuse' else None   # reuse-dev has no split: it counts whole in both parts
        found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(pred))}
        for t in map(json.loads, open(set_dir(name) + '/truth.jsonl')):
            if not t.get('source') or 'sibling' in str(t.get('category', '')) or split is not None and split.get(t['a']) != part:
                continue
            p = found.get(frozenset((t['a'], t['b'])))
            if p is None:
                continue
            src = p.get('source')
            answer = 'unknown' if not src or src not in (t['a'], t['b']) else 'right' if src == t['source'] else 'back'
            yield dict(set=name, lang=lang(text(name, t['source'])), a=t['a'], b=t['b'], source=t['source'],
                       answer=answer, relation=p['relation'], category=t.get('category'),
                       detail=p.get('direction_detail') or '')


def compare(base, branch):
    cell = {}
    for name_dir, tag in ((base, 'b'), (branch, 'a')):
        for part in ('fit', 'validation'):
            for r in rows(name_dir, part):
                cell.setdefault((r['set'], part, tag), Counter())[r['answer']] += 1
    print('| set (judged fit \\| validation) | fit: before | fit: after | validation: before | validation: after |')
    print('|---|---:|---:|---:|---:|')
    for name in SETS:
        if name == 'reuse':
            continue
        out = []
        for part in ('fit', 'validation'):
            for tag in ('b', 'a'):
                c = cell.get((name, part, tag), Counter())
                n = sum(c.values())
                out.append(f"{c['right'] / n:.3f} / {c['back'] / n:.3f}" if n else '–')
        n_fit = sum(cell.get((name, 'fit', 'a'), Counter()).values())
        n_val = sum(cell.get((name, 'validation', 'a'), Counter()).values())
        print(f'| {name} ({n_fit} \\| {n_val}) | ' + ' | '.join(out) + ' |')


def main():
    if '--compare' in sys.argv:
        compare(sys.argv[1], sys.argv[2])
        return
    out, part = sys.argv[1], sys.argv[2]
    all_rows = list(rows(out, part))
    if '--rows' in sys.argv:
        for r in all_rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    for lg, title in (('de', 'German'), ('en', 'English')):
        print(f'\n{title} pairs, part {part}: judged, right / backwards / unknown')
        print('| set | judged | right | backwards | unknown |\n|---|---:|---:|---:|---:|')
        total = Counter()
        for name in SETS:
            if name == 'reuse':   # scored by `doppel eval` (with and without evidence), not here
                continue
            c = Counter(r['answer'] for r in all_rows if r['set'] == name and r['lang'] == lg)
            n = sum(c.values())
            if not n:
                continue
            total.update(c)
            print(f"| {name} | {n} | {c['right'] / n:.3f} | {c['back'] / n:.3f} | {c['unknown'] / n:.3f} |")
        n = sum(total.values())
        print(f"| all | {n} | {total['right'] / n:.3f} ({total['right']}) | {total['back'] / n:.3f} ({total['back']}) | "
              f"{total['unknown'] / n:.3f} |")


if __name__ == '__main__':
    main()
