#!/usr/bin/env python3
"""CPU seconds per stage of one-core default (model) scans, from perf profiles (docs/benchmarks.md, "The model scan's
CPU on a host without AVX-512 (branch feat-speed39)"). A sample goes to the first stage whose rule its thread and stack
match. On one core the pools are: 1 analyses and fingerprints, 2 finds the candidate pairs (the vocabulary vectors'
search among them), 3 verifies, judges direction and runs the sentence model; the main thread ("java") starts the JVM,
reads the files, inserts into the index, settles the provenance and writes the report. ONNX Runtime's frames carry no
Java caller (its code keeps no frame pointers), so its samples are told by their innermost frame's library.
  DOPPEL_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer" \\
    perf record -g -F 499 -o m.data -- taskset -c 0 ./doppel scan --threads 1 --quiet --format jsonl --out m.jsonl DIR
  perf script -i m.data -F comm,tid,ip,sym,dso > m.script
then: bin/model-stages.py 499 m.script b.script ...   (a Markdown table, one column a profile, s of CPU)
"""
import collections
import sys

from perf_samples import method, print_table, samples


def has(names, *parts):
    return any(any(p in n for p in parts) for n in names)


ENCODER = ('TransformerSentenceEncoder', 'CachingSentenceEncoder', 'EncoderSimilarity', 'OrtSession', 'OnnxTensor',
           'TensorInfo', 'OnnxValue')
STAGES = [
    ('JVM: C1 compiler', lambda t, n, f: t.startswith('C1 Compiler')),
    ('JVM: collector', lambda t, n, f: t.startswith(('VM Thread', 'GC Thread'))),
    ('model: ONNX Runtime (native)', lambda t, n, f: bool(f) and ('libonnxruntime' in f[0])),
    ('model: word pieces (tokenizer)', lambda t, n, f: has(n, 'WordPieceTokenizer')),
    ('model: the rest of the encoder (tensors, pooling, cache)', lambda t, n, f: has(n, *ENCODER)),
    ('direction: the signals', lambda t, n, f: has(n, 'DirectionJudge.judge', 'ProvenanceAnalyzer.direct')),
    ('verify: second reading (tokenise, decode)', lambda t, n, f: t.startswith('ForkJoinPool-3') and has(n, 'CorpusPairSearch.prepared', 'DocumentAnalyzer.analyze', 'SourceText.text')),
    ('verify: alignment and passages', lambda t, n, f: t.startswith('ForkJoinPool-3') and has(n, 'PassageAligner', 'SentenceAligner', 'PassageEvidence', 'SentencePassages')),
    ('verify: the rest (shingles, facts, verdicts)', lambda t, n, f: t.startswith('ForkJoinPool-3')),
    ('candidates: vocabulary vectors\' search', lambda t, n, f: t.startswith('ForkJoinPool-2') and has(n, 'VectorBuckets', 'BandSignatures', 'CloseVectors', 'BucketNeighbours', 'DocumentVectorizer')),
    ('candidates: the index\'s pairs, stock lines', lambda t, n, f: t.startswith('ForkJoinPool-2')),
    ('vocabulary vectors of documents (for the candidates)', lambda t, n, f: has(n, 'DocumentVectorizer')),
    ('fingerprints (facts, sentences, shingles, MinHash)', lambda t, n, f: has(n, 'Fingerprinter.', 'MinHasher')),
    ('analysis (decode, lines, tokenise)', lambda t, n, f: t.startswith('ForkJoinPool-1')),
    ('read (files, decode)', lambda t, n, f: has(n, 'FileDocuments.read', 'CorpusReader', 'PlainTextDocuments', 'BoundedBytes', 'FileTreeWalker')),
    ('insert (frequencies, index, stock lines)', lambda t, n, f: has(n, 'CorpusIntake.insert', 'DocumentFrequencies', 'InMemoryCandidateIndex', 'StockLines', 'CorpusIntake')),
    ('families and provenance settling', lambda t, n, f: has(n, 'ProvenanceAnalyzer', 'FamilyBuilder', 'Group', 'SiblingRewrites')),
    ('report', lambda t, n, f: has(n, 'Report', 'JsonLines', 'ScanCommand.write', 'CodePointOffsets', 'charsAreCodePoints')),
    ('main thread: start-up and the rest', lambda t, n, f: t == 'java'),
]
LAUNCHER = 'launcher (bash, find)'


def stage_of(thread, frames):
    if thread.split()[0] in ('taskset', 'time', 'bash', 'find', 'perf', 'dirname', 'flock', 'cat', 'readlink', 'sed', 'nproc'):
        return LAUNCHER
    names = [m for m in map(method, frames) if m]
    return next((label for label, rule in STAGES if rule(thread, names, frames)), 'rest')


def interpreted(frames):
    return bool(frames) and 'perf-' in frames[0] and 'Interpreter' in frames[0]


def stages(path):
    counts, total = collections.Counter(), 0
    for thread, frames in samples(path):
        total += 1
        counts[stage_of(thread, frames)] += 1
        if interpreted(frames):
            counts['of all rows: the interpreter'] += 1
    return counts, total


if __name__ == '__main__':
    rate = float(sys.argv[1])
    files = sys.argv[2:]
    results = [stages(p) for p in files]
    labels = [LAUNCHER] + [label for label, _ in STAGES] + ['rest', 'of all rows: the interpreter']
    rows = [(label, ['%.2f' % (c[label] / rate) for c, _ in results]) for label in labels]
    rows.append(('all samples', ['%.2f' % (t / rate) for _, t in results]))
    print_table(files, rows)
