#!/usr/bin/env python3
"""feat-direction13: the condensation reading offline with numbers as written and with dates and number words read
as numbers (norm), and length alone (len); right / backwards.

  python3 bin/direction13/cond.py ROWS.jsonl
"""
import json, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, 'bin/direction13')
from table import text
L = re.compile(r'[^\W\d_]+')
NUM = re.compile(r'\d+(?:[.,]\d+)*')
MONTHS = {m: i + 1 for i, ms in enumerate([('januar', 'january', 'jan'), ('februar', 'february', 'feb'), ('märz', 'march', 'mär', 'mar'), ('april', 'apr'), ('mai', 'may'), ('juni', 'june', 'jun'), ('juli', 'july', 'jul'), ('august', 'aug'), ('september', 'sept', 'sep'), ('oktober', 'october', 'okt', 'oct'), ('november', 'nov'), ('dezember', 'december', 'dez', 'dec')]) for m in ms}
WORDS = {w: i for i, ws in enumerate([(), (), ('zwei', 'two'), ('drei', 'three'), ('vier', 'four'), ('fünf', 'five'), ('sechs', 'six'), ('sieben', 'seven'), ('acht', 'eight'), ('neun', 'nine'), ('zehn', 'ten'), ('elf', 'eleven'), ('zwölf', 'twelve')]) for w in ws}
def nums(t): return set(NUM.findall(t))
def parts(t):
    out = set()
    for n in NUM.findall(t):
        out.add(n)
        for p in re.split(r'[.,]', n):
            if p: out.add(p.lstrip('0') or '0')
    for w in L.findall(t.lower()):
        if w in MONTHS: out.add(str(MONTHS[w]))
        if w in WORDS: out.add(str(WORDS[w]))
    return out
def kept(short, long_t, mode):
    s, l = nums(short), nums(long_t)
    if mode == 'asis': return s <= l, len(l) - len(s)
    lp = parts(long_t)
    ok = all(n in l or n in lp or (n.lstrip('0') or '0') in lp for n in s)
    # "more": numbers of the long one the short one lacks (as written or by part)
    sp = parts(short)
    more = sum(1 for n in l if n not in s and not all(p in sp for p in re.split(r'[.,]', n) if p and (p.lstrip('0') or '0') in sp) )
    more = len([n for n in l if n not in s and not ((n.lstrip('0') or '0') in sp)])
    return ok, more
rows = [json.loads(l) for l in open(sys.argv[1])]
variants = [('asis', 1.5, 2), ('norm', 1.5, 2), ('asis', 2.0, 0), ('norm', 2.0, 0), ('norm', 2.5, 0), ('len', 2.5, 0), ('len', 3.0, 0), ('norm', 2.0, 1)]
for mode, ratio, k in variants:
    res = defaultdict(Counter)
    for r in rows:
        if r['relation'] != 'paraphrase': continue
        cp = r['b'] if r['source'] == r['a'] else r['a']
        to, tc = text(r['set'], r['source']), text(r['set'], cp)
        wo, wc = len(L.findall(to)), len(L.findall(tc))
        if wo >= ratio * wc: longer, shorter, v = to, tc, 'right'
        elif wc >= ratio * wo: longer, shorter, v = tc, to, 'back'
        else: continue
        if mode != 'len':
            ok, more = kept(shorter, longer, mode)
            if not ok or more < k: continue
        key = r['set'] + '/' + r['lang']
        res[key][v] += 1; res['all'][v] += 1; res['all/' + r['lang']][v] += 1
        if r['answer'] == 'unknown': res['unknown/' + r['lang']][v] += 1
        if v == 'back': res['backcat'][r['set'] + ':' + str(r['category'])] += 1
    print(mode, ratio, k, {k2: (v['right'], v['back']) for k2, v in sorted(res.items()) if k2 != 'backcat' and ('/' not in k2 or k2.startswith(('all', 'unknown')))})
    print('   ', {k2: (v['right'], v['back']) for k2, v in sorted(res.items()) if '/' in k2 and not k2.startswith(('all', 'unknown'))})
    print('   back:', dict(res['backcat']))
