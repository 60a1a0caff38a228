#!/usr/bin/env python3
"""CPU seconds per stage of a scan's perf profiles (docs/benchmarks.md, eleventh pass).

Each sample goes to the first stage whose rule its stack matches (Java frames named by the JVM's perf map), the
rest to "rest"; seconds = samples / the sampling rate. Record and convert each profile first:
  DOPPEL_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer" \
    perf record -g -F 499 -o m.data -- taskset -c 0 ./doppel scan --threads 1 --quiet --format jsonl --out m.jsonl DIR
  perf script -i m.data -F comm,tid,ip,sym,dso > m.script
then: bin/perf-stages.py [--rate 499] m.script c.script ...   (a Markdown table, one column a profile)
"""
import collections
import sys

from perf_samples import method, print_table, samples

def any_starts(names, prefixes):
    return any(n.startswith(prefixes) for n in names)


STAGES = [
    ('model: ONNX Runtime (native)', lambda t, n, raw: bool(raw) and 'libonnxruntime' in raw[0]),
    ('model: the rest of the encoder (its pool thread; word pieces, tensors)', lambda t, n, raw: t.startswith('ForkJoinPool-4')
     or any_starts(n, ('TransformerSentenceEncoder', 'WordPieceTokenizer', 'CachingSentenceEncoder', 'EncoderSimilarity', 'OrtSession', 'OnnxTensor'))),
    ('add: facts for the fingerprint', lambda t, n, raw: 'Fingerprinter.fingerprint' in n and any_starts(n, ('FactExtractor',))),
    ('add: sentences for the fingerprint', lambda t, n, raw: 'Fingerprinter.fingerprint' in n and any_starts(n, ('SentenceSplitter',))),
    ('verify: sentence alignment', lambda t, n, raw: any_starts(n, ('SentenceAligner', 'SentenceBag', 'StemPostings'))
     or 'PairVerifier$Prepared.sentenceBags' in n),
    ('verify: facts and sentences of the open pairs', lambda t, n, raw: any(x in ('PairVerifier$Prepared.factsAgainst', 'PairVerifier$Prepared.facts',
                                                                                  'PairVerifier$Prepared.sentences', 'FactOverlap.of') for x in n)),
    ('verify: the rewrite verdict', lambda t, n, raw: 'RelationClassifier.rewrite' in n),
    ('verify: sentence passages', lambda t, n, raw: any_starts(n, ('SentencePassages',))),
    ('direction: FactSubsetSignal', lambda t, n, raw: 'FactSubsetSignal.clues' in n),
    ('direction: the other signals', lambda t, n, raw: 'DirectionJudge.judge' in n),
    ('collector (VM Thread)', lambda t, n, raw: t.startswith('VM Thread')),
    ('C1 compiler', lambda t, n, raw: t.startswith('C1 Compiler')),
]


def stages(path):
    counts, total = collections.Counter(), 0
    for thread, frames in samples(path):
        total += 1
        names = [m for m in map(method, frames) if m]
        label = next((label for label, rule in STAGES if rule(thread, names, frames)), 'rest')
        counts[label] += 1
    return counts, total


def main(args):
    rate = 499.0
    if args[:1] == ['--rate']:
        rate, args = float(args[1]), args[2:]
    results = [stages(path) for path in args]
    rows = [(label, ['%.2f' % (counts[label] / rate) for counts, _ in results]) for label in [label for label, _ in STAGES] + ['rest']]
    rows.append(('all samples', ['%.2f' % (total / rate) for _, total in results]))
    print_table(args, rows)


if __name__ == '__main__':
    main(sys.argv[1:])
