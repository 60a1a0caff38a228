#!/usr/bin/env python3
"""feat-direction16: screens of what an English (or German) rewrite does that its source does not, on the found truth
pairs of one part (rows of `bin/direction13/table.py OUTDIR PART --rows`), paraphrase pairs unless said otherwise.

  python3 bin/direction16/screen.py ROWS style              # per-text marks: the text with more is the original?
  python3 bin/direction16/screen.py ROWS cv                 # sentence-length spread (coefficient of variation)
  python3 bin/direction16/screen.py ROWS longest SIZES      # the longest sentence, 1.5-2.5 times the other's
  python3 bin/direction16/screen.py ROWS coverage           # asymmetric coverage of content words
  python3 bin/direction16/screen.py ROWS said               # "said" kept against a rewrite's "stated", "according to"
  python3 bin/direction16/screen.py ROWS ending [RELATIONS] # an unfinished last line against a finished one (built)
  python3 bin/direction16/screen.py G20K-SCAN ending-g20k   # the same on g20k-s7's paraphrase pairs (its truth)

SIZES is `bin/direction16/SentenceSizes.java`'s output (each document's sentence lengths as the scan splits them).
A clue names one text the original; "right" when that is the truth's source, "back" otherwise; "unk" counts the right
answers on pairs the scan left unknown; sets are split by the language of the source (":en", ":de").
"""
import importlib.util
import json
import re
import statistics
import sys
from collections import Counter, defaultdict

sys.path.insert(0, 'bin/direction13')
from table import text  # noqa: E402

_spec = importlib.util.spec_from_file_location('screen15', 'bin/direction15/screen.py')
_screen15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_screen15)
total, vote, leave_one_set_out = _screen15.total, _screen15.vote, _screen15.leave_one_set_out

WORD = re.compile(r"[^\W_][\w'’-]*")


def pairs(path, relations=('paraphrase',)):
    """(row, source text, copy text) of the rows of the given relations; the row's set gains its language"""
    for r in map(json.loads, open(path)):
        if r['relation'] in relations:
            copy = r['b'] if r['source'] == r['a'] else r['a']
            r['set'] = r['set'] + ':' + r['lang']
            name = r['set'].split(':')[0]
            yield r, text(name, r['source']), text(name, copy)


def cells_votes(rows, cells, says):
    """votes per cell and set: says(cell, source, copy) is +1 (the source named), -1 (the copy named) or 0"""
    votes = {}
    for cell in cells:
        per = defaultdict(Counter)
        for r, s, c in rows:
            v = says(cell, s, c)
            if v:
                vote(per[r['set']], r, v > 0)
                per[r['set']]['back_on_unknown'] += v < 0 and r['answer'] == 'unknown'
        votes[cell] = per
    return votes


def report(rows, cells, says, loso=True):
    votes = cells_votes(rows, cells, says)
    for cell in cells:
        t = total(votes[cell])
        print(f"{cell}: {t['right']} / {t['back']} on unknown {t['unk']}, backwards on unknown {t['back_on_unknown']}",
              {k: (v['right'], v['back']) for k, v in sorted(votes[cell].items()) if v['back']})
    if loso:
        leave_one_set_out(rows, votes)


STYLE = {
    'said': r'\b(said|says|told|sagte|sagt)\b', 'digits': r'\b\d+\b',
    'number words': r'\b(one|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\b',
    'British spellings': r'\b\w+(our|ise|ised|ising|isation|yse|ysed|tre)\b', 'per cent': r'\bper cent\b|\bProzent\b',
    'contractions': r"\b\w+(n't|'s|'re|'ll|'ve|'d|’s|n’t|’re|’ll|’ve)\b", 'serial commas': r', (and|or) ',
    'sentence-initial conjunctions': r'(?:^|[.!?]\s+)(And|But|So|Aber|Und|Doch)\b',
}


def style(path):
    rows = list(pairs(path))
    for name, pattern in STYLE.items():
        p = re.compile(pattern, re.I if name != 'sentence-initial conjunctions' else 0)
        print('--', name)
        report(rows, [1, 2, 3, 4], lambda n, s, c: (len(p.findall(s)) - len(p.findall(c)) >= n)
               - (len(p.findall(c)) - len(p.findall(s)) >= n), loso=False)


END = re.compile(r'[.!?]["”’»“\')]*$')
SPLIT = re.compile(r'(?<=[.!?])["”’»“\')]*\s+(?=["“„»«‘\'(]?[A-ZÄÖÜ0-9])')


def prose_sentence_lengths(t):
    """sentence lengths in words, read only on lines that end as prose does (no headline, credit or list item)"""
    out = []
    for line in t.split('\n'):
        line = line.strip()
        if END.search(line):
            out += [n for n in (len(WORD.findall(s)) for s in SPLIT.split(line)) if n >= 3]
    return out


def cv(path):
    rows = list(pairs(path))
    spread = {}
    for r, s, c in rows:
        spread[id(s)], spread[id(c)] = prose_sentence_lengths(s), prose_sentence_lengths(c)

    def says(cell, s, c):
        d, least = cell
        a, b = spread[id(s)], spread[id(c)]
        if len(a) < least or len(b) < least:
            return 0
        a, b = statistics.pstdev(a) / statistics.mean(a), statistics.pstdev(b) / statistics.mean(b)
        return (a - b >= d) - (b - a >= d)
    report(rows, [(d, n) for d in (0.15, 0.2, 0.25, 0.3, 0.4, 0.5) for n in (3, 4, 5)], says)


def longest(path, sizes_path):
    sizes = {}
    for line in open(sizes_path):
        d, doc, lens = (line.rstrip('\n').split(' ') + [''])[:3]
        name = {'../shared/data/rewrites-dev/corpus': 'rw', '../shared/data/reuse-dev/corpus': 'reuse'}.get(
            d, d.split('/')[1] if d.startswith('data/') else d)
        sizes[name, doc] = [int(x) for x in lens.split(',') if x]
    rows = []
    for r in map(json.loads, open(path)):
        if r['relation'] == 'paraphrase':
            copy = r['b'] if r['source'] == r['a'] else r['a']
            rows.append((dict(r, set=r['set'] + ':' + r['lang']), sizes[r['set'], r['source']], sizes[r['set'], copy]))

    def says(cell, s, c):
        ratio, cap, least = cell   # longest sentence ratio, at most cap times the other's words, the other's sentences
        def names(x, y):
            return max(x) >= ratio * max(y) and sum(x) <= cap * sum(y) and len(y) >= least
        return names(s, c) - names(c, s)
    report(rows, [(r, q, n) for r in (1.5, 1.75, 2.0, 2.5) for q in (1.0, 1.5, 99) for n in (1, 3)], says)


def coverage(path):
    stems = {}
    def stem_set(t):
        if id(t) not in stems:
            stems[id(t)] = {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", t)}
        return stems[id(t)]

    def says(cell, s, c):
        kept, other = cell   # the text whose stems the other keeps (>= kept) while it keeps <= other of the other's
        a, b = stem_set(s), stem_set(c)
        ks, kc = len(a & b) / max(1, len(a)), len(a & b) / max(1, len(b))
        return (ks >= kept and kc <= other) - (kc >= kept and ks <= other)
    report(list(pairs(path)), [(k, o) for k in (0.7, 0.8, 0.9) for o in (0.4, 0.5, 0.6)], says, loso=False)


SAID = re.compile(r'\b(said|says|sagte|sagt|sagten)\b')
FANCY = re.compile(r'\b(stated|states|according to|noted|notes|asserted|asserts|remarked|emphasi[sz]ed|expressed|'
                   r'explained|revealed|mentioned|claimed|highlighted|stressed|affirmed|indicated|pointed out|conveyed|'
                   r'acknowledged|voiced|erklärte|betonte|laut|zufolge|äußerte|meinte|unterstrich)\b', re.I)


def said(path):
    def says(cell, s, c):
        k, fancy = cell   # k+ "said" against none, the other with fancy+ other verbs of saying
        return ((len(SAID.findall(s)) >= k and not SAID.search(c) and len(FANCY.findall(c)) >= fancy)
                - (len(SAID.findall(c)) >= k and not SAID.search(s) and len(FANCY.findall(s)) >= fancy))
    report(list(pairs(path)), [(k, f) for k in (1, 2, 3) for f in (0, 1)], says)


def last_line(t):
    lines = [line.strip() for line in t.strip().split('\n') if line.strip()]
    return lines[-1] if lines else ''


def unfinished(t, words):
    """the last line stops mid-sentence: on a letter, a digit, a comma, semicolon, colon or dash, with `words` words or
    more and no hashtag or handle as its last word"""
    line = last_line(t)
    last = line.split()[-1] if line else ''
    return (bool(line) and (line[-1].isalnum() or line[-1] in ',;:-–') and not last.startswith(('#', '@'))
            and len(WORD.findall(line)) >= words)


def finished(t):
    return END.search(last_line(t).replace('…', '.')) is not None


def shared_words(cut, other):
    """the share of the cut last line's words that the other text's last line holds too (UnfinishedEndingSignal)"""
    a = [w.lower() for w in re.findall(r'[^\W_]+', last_line(cut))]
    b = {w.lower() for w in re.findall(r'[^\W_]+', last_line(other))}
    return sum(w in b for w in a) / max(1, len(a))


def ending_says(cell, s, c):
    words, most = cell   # the cut line's words, the largest share of them the other's last line may hold
    return ((unfinished(s, words) and finished(c) and shared_words(s, c) <= most)
            - (unfinished(c, words) and finished(s) and shared_words(c, s) <= most))


def ending(path, relations='paraphrase'):
    rows = list(pairs(path, relations.split(',')))
    report(rows, [(w, m) for w in (0, 3, 5, 8, 12, 20) for m in (0.5, 0.6, 0.7, 1.0)], ending_says)


def ending_g20k(scan, corpus='/tmp/data/g20k-s7', truth='/tmp/data/g20k-s7-meta/truth.jsonl'):
    """the same cells on g20k-s7's paraphrase pairs (the scan's relation), against the generator's truth"""
    sources = {frozenset((t['a'], t['b'])): t['source'] for t in map(json.loads, open(truth)) if t.get('source')}
    rows = []
    for p in map(json.loads, open(scan)):
        src = sources.get(frozenset((p['a'], p['b'])))
        if p['relation'] == 'paraphrase' and src:
            copy = p['b'] if src == p['a'] else p['a']
            r = dict(p, set='g20k', source=src, answer='unknown' if not p.get('source') else 'other')
            rows.append((r, open(f'{corpus}/{src}.txt').read(), open(f'{corpus}/{copy}.txt').read()))
    report(rows, [(5, m) for m in (0.5, 0.6, 0.65, 0.7, 1.0)], ending_says, loso=False)


if __name__ == '__main__':
    mode = sys.argv[2]
    {'style': style, 'cv': cv, 'coverage': coverage, 'said': said}.get(mode, lambda p: None)(sys.argv[1])
    if mode == 'longest':
        longest(sys.argv[1], sys.argv[3])
    if mode == 'ending':
        ending(sys.argv[1], *sys.argv[3:4])
    if mode == 'ending-g20k':
        ending_g20k(sys.argv[1])
