#!/usr/bin/env python3
"""CPU seconds a scan spends decoding documents' texts and copying their chars in analysis (docs/benchmarks.md,
fourteenth pass), from perf profiles recorded and converted as bin/perf-stages.py says.

A sample counts when the frames below its first Doppel frame (other than the decoding helpers: Utf8, SourceText,
DocumentAnalyzer.decode, ThreadCharBuffer) include a decoding or copying frame; the analysis is inlined into its
callers by the JIT, so that first frame is the caller (Corpus's insert or verification lambda). Printed per profile:
the total, by caller, and by innermost such frame.
  bin/perf-decode.py [--rate 499] m.script b.script ...
"""
import collections
import re
import sys

from perf_samples import samples

DECODE = re.compile(r'java\.lang\.String\.<init>|StringCoding|String\.decode|StringUTF16\.(compress|toBytes|putChar|getChars'
                    r'|inflate)|StringLatin1\.(inflate|getChars)|String\.getChars|Arrays\.copyOfRange\(byte|Utf8\.decode'
                    r'|SourceText\.(text|decodeInto)\(|ThreadCharBuffer|DocumentAnalyzer\.decode\(')
HELPER = re.compile(r'org\.doppel\.(ingest\.(Utf8|SourceText)\.|document\.DocumentAnalyzer\.decode\(|ingest\.meta\.ThreadCharBuffer)')
METHOD = re.compile(r'([\w$./]+)\(')


def name(frame):
    found = METHOD.search(frame)
    return found.group(1) if found else frame[:60]


def main(args):
    rate = 499
    if args[:1] == ['--rate']:
        rate, args = int(args[1]), args[2:]
    for path in args:
        callers, leaves = collections.Counter(), collections.Counter()
        for _, frames in samples(path):
            if not frames:
                continue
            first = next((i for i, f in enumerate(frames) if 'org.doppel.' in f and not HELPER.search(f)), None)
            if first is None:
                continue
            inner = [f for f in frames[:first] if not f.startswith('[') and 'Interpreter' not in f]
            inner = inner + [f for f in frames[first:first + 1] if HELPER.search(f)]
            decoding = [f for f in inner if DECODE.search(f)]
            if decoding:
                callers[name(frames[first])] += 1
                if name(frames[first]).startswith('org.doppel.Corpus'):  # the analysis, not the reader's metadata
                    leaves[name(inner[0])] += 1
        print(f'{path}: {sum(callers.values()) / rate:.3f} s')
        for counter in (callers, leaves):
            for key, count in counter.most_common(8):
                print(f'  {count / rate:.3f}  {key}')
            print()


if __name__ == '__main__':
    main(sys.argv[1:])
