#!/usr/bin/env python3
"""feat-direction19: a lead for the German groups, screened only. GroupAnswerCarrier carries x as a pair's original
when the scan names x the original of K thirds or more (of every third, as merged) and y the original of none. In the
German groups (one source, four rewrites) the scan often names one rewrite the original of another (the simplify of the
polish), so y is named the original of a third and the carrier stops. Variant "root": y may be named the original of
thirds, but only of thirds x is named the original of too (x is above everything y is above), and no third is named
x's original; "root-all": and x is named the original of every third. Scored as bin/direction18/carry.py scores (per
set right / back / sib, the lead's trade, leave one set out), its variants replaced by these.

  python3 bin/direction19/root.py OUTDIR PART [loso] [G20K_SCAN G20K_TRUTH]
"""
import sys
sys.path.insert(0, 'bin/direction18'); sys.path.insert(0, 'bin/direction17'); sys.path.insert(0, 'bin/direction13')
import carry, propagate

carry.VARIANTS[:] = [(k, guard) for guard in ('all', 'root', 'root-all') for k in (2, 3)]
_merged = propagate.answer


def answer(x, y, thirds, named, copyof, k, guard):
    if guard == 'all':
        return _merged(x, y, thirds, named, copyof, k, guard)
    for u, v in ((x, y), (y, x)):
        led = named[u] & thirds
        if len(led) < k or copyof[u] & thirds or not (named[v] & thirds) <= led:
            continue
        if guard == 'root-all' and len(led) != len(thirds):
            continue
        return u
    return None


propagate.answer = answer
if __name__ == '__main__':
    carry.main()
