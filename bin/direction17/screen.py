#!/usr/bin/env python3
"""feat-direction17: does a third text of the group tell which of a found pair is the original?

In a group where X, Y and Z are all related (found pairs X-Y, X-Z, Y-Z), the original is the text the others drew
on: words that two rewrites share and the original lacks are coincidences, words that the original shares with one
rewrite and the other rewrite lacks are what one rewrite kept and the other changed. So in each triangle, of the
three "shared outside the third" counts e(XY) = |X & Y - Z|, e(XZ), e(YZ), the smallest should be the edge between
the two rewrites, and the vertex opposite it the original.

  python3 bin/direction17/screen.py OUTDIR PART grid         # right / backwards / sibling answers by margin, per set
  python3 bin/direction17/screen.py OUTDIR PART loso         # leave one set out: margin fitted on the others
  python3 bin/direction17/screen.py OUTDIR PART rows [SET]   # one line per judged pair with its votes
  python3 bin/direction17/screen.py OUTDIR PART cell MARGIN SHARE   # one cell: right / backwards / sibling answers per set
  python3 bin/direction17/screen.py OUTDIR PART triangles    # the brief's comparison, triangle by triangle, per set
  python3 bin/direction17/screen.py OUTDIR PART shared SET [CATEGORY]  # the words behind it: most frequent on each side

Environment: WORDS=content|rare|names|bigrams|trigrams (RARE=N documents for rare), MODEL_WORDS=out (leave out the
words of ModelVocabulary's list), RELATIONS=paraphrase,... (judged pairs of these relations only).

OUTDIR holds scans as bin/reference-scans.sh writes them and split-SET.json files. Pairs: every truth pair (siblings
included) found by the scan in part PART; a "third" is a document with a found pair to both.
"""
import json, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, 'bin/direction13')
from table import SETS, set_dir, text  # noqa: E402

WORD = re.compile(r"[^\W_]+")
STOP = set(open('doppel-core/src/main/java/org/doppel/document/StopWords.java').read()
           .split('"""')[1].split()) | set('''der die das und oder nicht mit sich auch ist ein eine einen einem einer
    eines für von den dem des zu im auf wird werden wurde wurden hat haben sein sind war waren es er sie wir ihr ich
    als an am aus bei bis durch nach über um vor zum zur noch nur so wie was wenn dass daß aber doch schon sehr mehr
    man kann können soll sollen muss müssen will wollen diese dieser dieses diesen hier dort dann denn da ob sowie
    ins vom beim gegen ohne unter zwischen seit seine seiner seinen seinem ihre ihren ihrem ihrer alle allem allen'''.split())


FILTER = os.environ.get('WORDS', 'content')   # content | rare | names | bigrams | trigrams
RARE = int(os.environ.get('RARE', '10'))       # rare: at most this many documents of the corpus hold the word
RELATIONS = [r for r in os.environ.get('RELATIONS', '').split(',') if r]   # judged pairs of these relations only
_df = {}


def frequencies(name):
    """document frequency of every lower-cased word in the set's corpus"""
    if name not in _df:
        df = Counter()
        folder = set_dir(name) + '/corpus'
        for f in os.listdir(folder):
            if f.endswith('.txt'):
                df.update(set(WORD.findall(open(os.path.join(folder, f), encoding='utf-8', errors='replace').read().lower())))
        _df[name] = df
    return _df[name]


MODEL_WORDS = set(re.sub(r'#.*', '', open(
    'doppel-core/src/main/resources/org/doppel/provenance/model-vocabulary.txt', encoding='utf-8').read()).split())
WITHOUT_MODEL_WORDS = os.environ.get('MODEL_WORDS') == 'out'   # leave out the words models over-use (ModelVocabulary)


def words(name, doc):
    return _words(name, doc) - MODEL_WORDS if WITHOUT_MODEL_WORDS else _words(name, doc)


def _words(name, doc):
    t = text(name, doc)
    if FILTER == 'names':   # capitalised not after a sentence end, or holding a digit: names and figures
        out = set()
        for m in re.finditer(r"[^\W_]+", t):
            w = m.group()
            before = t[max(0, m.start() - 2):m.start()]
            if any(ch.isdigit() for ch in w) or w[0].isupper() and not re.search(r'[.!?"\n]\s?$|^$', before):
                out.add(w.lower())
        return out - STOP
    if FILTER in ('bigrams', 'trigrams'):   # runs of words, at least one of them no stop word
        tokens = WORD.findall(t.lower())
        n = 2 if FILTER == 'bigrams' else 3
        return {' '.join(g) for g in zip(*(tokens[i:] for i in range(n))) if any(w not in STOP for w in g)}
    ws = {w for w in WORD.findall(t.lower()) if w not in STOP and len(w) > 1}
    if FILTER == 'rare':
        df = frequencies(name)
        ws = {w for w in ws if df[w] <= RARE}
    return ws


def load(out, name, part):
    pred = os.path.join(out, name + '.jsonl')
    sp = os.path.join(out, 'split-' + name + '.json')
    if not os.path.exists(pred) or (name != 'reuse' and not os.path.exists(sp)):
        return None
    split = json.load(open(sp)) if name != 'reuse' else None
    found = {frozenset((p['a'], p['b'])): p for p in map(json.loads, open(pred))}
    neighbours = defaultdict(set)
    for k in found:
        a, b = tuple(k)
        neighbours[a].add(b)
        neighbours[b].add(a)
    truth = []
    for t in map(json.loads, open(set_dir(name) + '/truth.jsonl')):
        if split is not None and split.get(t['a']) != part:
            continue
        p = found.get(frozenset((t['a'], t['b'])))
        if p is not None and (not RELATIONS or p['relation'] in RELATIONS):
            truth.append((t, p))
    return found, neighbours, truth


def votes(name, x, y, neighbours, cache):
    """per third z: which vertex of the triangle x, y, z is opposite the smallest shared-outside-the-third edge"""
    def w(d):
        if d not in cache:
            cache[d] = words(name, d)
        return cache[d]
    v = Counter()
    edges = []
    for z in sorted(neighbours[x] & neighbours[y]):
        X, Y, Z = w(x), w(y), w(z)
        exy, exz, eyz = len(X & Y - Z), len(X & Z - Y), len(Y & Z - X)
        edges.append((z, exy, exz, eyz))
        m = min(exy, exz, eyz)
        if [exy, exz, eyz].count(m) > 1:
            v['tie'] += 1
        elif eyz == m:
            v['x'] += 1
        elif exz == m:
            v['y'] += 1
        else:
            v['z'] += 1
    return v, edges


def judged(out, part, names=None):
    """(set, kind, answer-if-x, v) per found truth pair: kind 'source' (x or y the truth's source) or 'sibling'"""
    for name in names or SETS:
        loaded = load(out, name, part)
        if loaded is None:
            continue
        found, neighbours, truth = loaded
        cache = {}
        for t, p in truth:
            x, y = t['a'], t['b']
            v, edges = votes(name, x, y, neighbours, cache)
            kind = 'sibling' if 'sibling' in str(t.get('category')) or not t.get('source') else 'source'
            yield dict(set=name, kind=kind, x=x, y=y, source=t.get('source'), category=t.get('category'),
                       relation=p['relation'], scan=p.get('source'), votes=dict(v), edges=edges)


def answer(r, margin, share):
    """the clue's answer: x or y when its votes lead the other's by margin and are at least share of the thirds"""
    v = r['votes']
    n = sum(v.values())
    vx, vy = v.get('x', 0), v.get('y', 0)
    if n == 0:
        return None
    if vx - vy >= margin and vx >= share * n:
        return r['x']
    if vy - vx >= margin and vy >= share * n:
        return r['y']
    return None


def score(rows, margin, share):
    c = Counter()
    for r in rows:
        a = answer(r, margin, share)
        if a is None:
            continue
        if r['kind'] == 'sibling':
            c['sib'] += 1
        elif a == r['source']:
            c['right'] += 1
            c['unk'] += r['scan'] is None or r['scan'] not in (r['x'], r['y'])
        else:
            c['back'] += 1
            c['scanright'] += r['scan'] == r['source']
    return c


def triangles(rows, mode, category):
    """for a found truth pair (source O, copy C) and each third Z: e(C, Z) = |C & Z - O| (two copies' words outside
    the source) against e(O, Z) = |O & Z - C| (the source's words a third kept and the copy did not)"""
    agg = defaultdict(Counter)
    copies_share, source_shares = Counter(), Counter()
    for r in rows:
        if r['kind'] != 'source' or not str(r['category']).startswith(category):
            continue
        tag = r['set'] + (':' + str(r['category']).split(':')[0] if r['set'] == 'rw' else '')
        o = r['source']
        c = r['y'] if o == r['x'] else r['x']
        for z, exy, exz, eyz in r['edges']:
            eoz, ecz = (exz, eyz) if o == r['x'] else (eyz, exz)
            a = agg[tag]
            a['n'] += 1
            a['ecz'] += ecz
            a['eoz'] += eoz
            a['source_wins'] += ecz < eoz
            a['copy_wins'] += ecz > eoz
            if mode == 'shared':
                O, C, Z = words(r['set'], o), words(r['set'], c), words(r['set'], z)
                copies_share.update(C & Z - O)
                source_shares.update(O & Z - C)
    if mode == 'shared':
        print('two copies share, outside the source:', copies_share.most_common(25))
        print('the source shares with a third, outside the copy:', source_shares.most_common(25))
        return
    print('| set | triangles | mean e(copy, third) | mean e(source, third) | source fewer / more |')
    print('|---|---:|---:|---:|---:|')
    for tag, a in sorted(agg.items()):
        n = a['n']
        print(f"| {tag} | {n} | {a['ecz'] / n:.2f} | {a['eoz'] / n:.2f} | {a['source_wins'] / n:.2f} / {a['copy_wins'] / n:.2f} |")


MARGINS = [1, 2, 3, 4, 5]
SHARES = [0.0, 0.5, 0.6, 0.75, 1.0]


def main():
    out, part, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    names = sys.argv[4:] if mode in ('grid', 'loso', 'rows') and len(sys.argv) > 4 else None
    rows = list(judged(out, part, names))
    if mode == 'rows':
        for r in rows:
            print(json.dumps(r))
        return
    if mode == 'cell':
        margin, share = int(sys.argv[4]), float(sys.argv[5])
        per = {n: score([r for r in rows if r['set'] == n], margin, share) for n in dict.fromkeys(r['set'] for r in rows)}
        total = score(rows, margin, share)
        print(' | '.join(f"{n} {c['right']} ({c['unk']}) / {c['back']} / {c['sib']}" for n, c in per.items() if c))
        print(f"all: right {total['right']} (on unknown pairs {total['unk']}) / backwards {total['back']} / sibling answers {total['sib']}")
        return
    if mode in ('triangles', 'shared'):
        if mode == 'shared':
            rows = [r for r in rows if r['set'] == sys.argv[4]]
        triangles(rows, mode, sys.argv[5] if len(sys.argv) > 5 else '')
        return
    by_set = defaultdict(list)
    for r in rows:
        by_set[r['set']].append(r)
    with_third = Counter((r['set'], r['kind'], bool(r['votes'])) for r in rows)
    print('pairs with a third / all found (source pairs; sibling pairs):')
    for name in by_set:
        print(f"  {name}: {with_third[name, 'source', True]} / {with_third[name, 'source', True] + with_third[name, 'source', False]}; "
              f"{with_third[name, 'sibling', True]} / {with_third[name, 'sibling', True] + with_third[name, 'sibling', False]}")
    if mode == 'grid':
        for share in SHARES:
            for margin in MARGINS:
                total = score(rows, margin, share)
                per = {n: score(rs, margin, share) for n, rs in by_set.items()}
                cells = ', '.join(f"{n} {c['right']}/{c['back']}/{c['sib']}" for n, c in per.items() if c)
                print(f"share {share} margin {margin}: right {total['right']} (unknown before {total['unk']}) back "
                      f"{total['back']} (scan right {total['scanright']}) sibling {total['sib']} | {cells}")
    elif mode == 'loso':
        for held in by_set:
            others = [r for r in rows if r['set'] != held]
            best = None
            for share in SHARES:
                for margin in MARGINS:
                    c = score(others, margin, share)
                    n_all = sum(1 for r in others if r['kind'] == 'source')
                    ok = c['back'] <= 0.05 * max(n_all, 1) and all(
                        score([r for r in others if r['set'] == n], margin, share)['back']
                        <= 0.05 * max(1, sum(1 for r in others if r['set'] == n and r['kind'] == 'source'))
                        for n in by_set if n != held)
                    key = (ok, c['right'] - c['back'] - c['sib'], margin, share)
                    if best is None or key > best[0]:
                        best = (key, margin, share)
            _, margin, share = best
            c = score(by_set[held], margin, share)
            n = sum(1 for r in by_set[held] if r['kind'] == 'source')
            print(f"{held}: fitted margin {margin} share {share} -> right {c['right']} (unknown before {c['unk']}) "
                  f"back {c['back']} of {n}, sibling answers {c['sib']}")


if __name__ == '__main__':
    main()
