#!/usr/bin/env python3
"""What a method of a one-core `scan --copies-only` spends its time on: the samples with METHOD on their stack, counted
by the methods it calls (the frames right below its outermost call, DEPTH of them), inclusive, in microseconds a
document, most first (docs/benchmarks.md, "The 20k copy scan's verification and direction, again"). A sample whose
innermost frame is METHOD itself counts as "(self)"; frames that are no Java method show as [library]. Record and
convert the profile as bin/copy-stages.py says, then:
  bin/copy-callees.py RATE DOCUMENTS m.script Class.method [DEPTH] [TOP]     (e.g. DirectionJudge.judge 1 20)
"""
import collections, sys
from perf_samples import method, samples


def frame_name(frame):
    """Class.method of a Java frame, or the library it lies in."""
    return method(frame) or '[' + frame.split(' ', 1)[-1][:40] + ']'


def callees(path, root, depth):
    """(samples with root on the stack, Counter of the call paths below root's outermost frame)."""
    count, total = collections.Counter(), 0
    for _, frames in samples(path):
        names = [frame_name(f) for f in frames]  # innermost first
        if root not in names:
            continue
        total += 1
        outermost = len(names) - 1 - names[::-1].index(root)
        count[tuple(reversed(names[max(0, outermost - depth):outermost])) or ('(self)',)] += 1
    return total, count


if __name__ == '__main__':
    rate, docs, path, root = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
    depth = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    top = int(sys.argv[6]) if len(sys.argv) > 6 else 20
    per_doc = lambda n: n / rate / docs * 1e6
    total, count = callees(path, root, depth)
    print('%s: %d samples, %.1f µs a document' % (root, total, per_doc(total)))
    for calls, n in count.most_common(top):
        print('%6d %6.1f  %s' % (n, per_doc(n), ' > '.join(calls)))
