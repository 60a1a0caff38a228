#!/usr/bin/env python3
"""feat-direction8: one row per found truth pair of a set's part, with the direction answer, the clues that decided it
and the shape of the pair (word counts, the facts and cohesion figures the clues' details print).

  python3 bin/direction8/answers.py OUTDIR fit|validation [SET ...]  > rows.jsonl

OUTDIR holds the scans (SET.jsonl) and split-SET.json files (`./doppel eval-rewrites DIR --write-split`), as for
bin/direction7/clue_table.py. Sets: the data/* sets by name, `rw` for rewrites-dev, `reuse` for reuse-dev's truth pairs, `g20k` for g20k-s7's planted
pairs (no split: reuse and g20k rows are every truth pair found).
"""
import json, os, re, sys

SHARED = '/work/shared/data'
ALL = ['model-rewrites', 'model-rewrites2', 'article-rewrites', 'heavy-revisions', 'written-revisions', 'german-rewrites',
       'simplify-rewrites', 'german-articles', 'short-revisions', 'manner-rewrites', 'rw', 'reuse']


def set_dir(name):
    return {'rw': SHARED + '/rewrites-dev', 'reuse': SHARED + '/reuse-dev', 'g20k': '/tmp/data/g20k-s7-meta'}.get(name, 'data/' + name)


def corpus_dir(name):
    return '/tmp/data/g20k-s7' if name == 'g20k' else set_dir(name) + '/corpus'


def words(path, cache={}):
    if path not in cache:
        try:
            cache[path] = len(open(path, encoding='utf-8', errors='replace').read().split())
        except OSError:
            cache[path] = None
    return cache[path]


FACTS = re.compile(r'facts: (\S+) states (\d+) facts .*? lacks; \S+ states (\d+) that')
COVER = re.compile(r'cover (\d+)% and (\d+)% of the documents')
COHESION = re.compile(r'cohesion: .*? rest of (\S+) \((\d+)%\) more than in the rest of \S+ \((\d+)%\)')


def rows(out, part, names):
    for name in names:
        pred = os.path.join(out, name + '.jsonl')
        sp = os.path.join(out, 'split-' + name + '.json')
        d = set_dir(name)
        if not (os.path.exists(pred) and os.path.exists(d + '/truth.jsonl')):
            continue
        split = json.load(open(sp)) if os.path.exists(sp) else None
        truth = {}
        for t in map(json.loads, open(d + '/truth.jsonl')):
            if t.get('source') in (t.get('a'), t.get('b')):
                truth[frozenset((t['a'], t['b']))] = t
        for line in open(pred):
            p = json.loads(line)
            t = truth.get(frozenset((p['a'], p['b'])))
            if not t:
                continue
            if split is not None and split.get(p['a']) != part:
                continue
            if split is None and name not in ('reuse', 'g20k'):
                continue
            src = t['source']
            copy = p['b'] if src == p['a'] else p['a']
            answer = 'unknown' if not p['source'] else ('right' if p['source'] == src else 'back')
            det = p.get('direction_detail', '')
            row = dict(set=name, a=p['a'], b=p['b'], category=t.get('category', t.get('relation')), relation=p['relation'],
                       answer=answer, evidence='+'.join(sorted(p['direction_evidence'])), detail=det)
            ws, wc = words(f'{corpus_dir(name)}/{src}.txt'), words(f'{corpus_dir(name)}/{copy}.txt')
            row['words_source'], row['words_copy'] = ws, wc
            m = FACTS.search(det)
            if m:
                row['facts_named'] = m.group(1)
                row['facts_hi'], row['facts_lo'] = int(m.group(2)), int(m.group(3))
                row['facts_says_source'] = m.group(1) == src
            m = COHESION.search(det)
            if m:
                row['coh_named'] = m.group(1)
                row['coh_hi'], row['coh_lo'] = int(m.group(2)), int(m.group(3))
            m = COVER.search(p.get('reason', ''))
            if m:  # the share of each document the passages cover: source's first
                ca, cb = int(m.group(1)), int(m.group(2))
                row['cover_source'], row['cover_copy'] = (ca, cb) if src == p['a'] else (cb, ca)
            yield row


if __name__ == '__main__':
    out, part = sys.argv[1], sys.argv[2]
    for r in rows(out, part, sys.argv[3:] or ALL):
        print(json.dumps(r))
