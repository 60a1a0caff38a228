#!/usr/bin/env python3
"""Microseconds a document per stage of one-core `scan --copies-only` runs, from perf profiles (docs/benchmarks.md,
"Sixteenth pass"). A sample goes to the first stage whose rule its thread and stack match; pool 1 adds, pool 2 finds
the candidate pairs, pool 3 verifies, the main thread ("java") starts the JVM, reads the files and writes the report.
  DOPPEL_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer" \
    perf record -g -F 999 -o m.data -- taskset -c 0 ./doppel scan --copies-only --threads 1 --quiet --format jsonl --out m.jsonl DIR
  perf script -i m.data -F comm,tid,ip,sym,dso > m.script
then: bin/copy-stages.py 999 DOCUMENTS m.script b.script ...   (a Markdown table, one column a profile)
"""
import collections, sys
from perf_samples import method, print_table, samples
def has(n, *subs): return any(any(s in x for s in subs) for x in n)
S = [
 ('JVM: collector (VM Thread)', lambda t,n: t.startswith('VM Thread') or t.startswith('GC Thread')),  # the parallel collector's workers
 ('JVM: C1 compiler', lambda t,n: t.startswith('C1 Compiler')),
 ('read: text metadata', lambda t,n: has(n,'CorpusReader.') and has(n,'TextMetadata.')),
 ('read: decode', lambda t,n: has(n,'CorpusReader.') and has(n,'TextDecoder','String.<init>','SourceText.')),
 ('read: file, walk, rest', lambda t,n: has(n,'CorpusReader.','CorpusLoader.')),
 ('analyse: decode bytes', lambda t,n: has(n,'Corpus.analysedForInsert','Corpus.add') and has(n,'SourceText.text','SourceText.')),
 ('analyse: metadata lines', lambda t,n: has(n,'Corpus.analysedForInsert','Corpus.add') and has(n,'BoilerplateLineClassifier','MetadataLine')),
 ('analyse: tokenise', lambda t,n: has(n,'Corpus.analysedForInsert','Corpus.add') and has(n,'WordTokenizer','TokenSequence')),
 ('analyse: rest', lambda t,n: has(n,'Corpus.analysedForInsert') and has(n,'DocumentAnalyzer.analyze')),
 ('fingerprint', lambda t,n: has(n,'Fingerprinter.','MinHasher')),
 ('frequencies: distinct (pool)', lambda t,n: has(n,'DocumentFrequencies.distinct')),
 ('frequencies: count (insert)', lambda t,n: has(n,'DocumentFrequencies.addDistinct','DocumentFrequencies.increment')),
 ('stock lines', lambda t,n: has(n,'StockLines')),
 ('index: postings (insert)', lambda t,n: has(n,'Corpus.insert')),
 ('add: rest', lambda t,n: has(n,'Corpus.analysedForInsert','Corpus.addAll','OrderedChunks')),
 ('candidates', lambda t,n: has(n,'allCandidatePairs','PairComponents.groups')),
 ('provenance: metadata lines, read on use', lambda t,n: has(n,'SourceText.readMetadataOfLines')),  # feat-speed29
 ('provenance: direction', lambda t,n: has(n,'ProvenanceAnalyzer.direct','DirectionJudge')),
 ('verify: re-analysis', lambda t,n: has(n,'Corpus.analysed','PairVerifier.prepare','DocumentAnalyzer.analyze')),
 ('verify: seeds', lambda t,n: has(n,'SeedFinder')),
 ('verify: rest', lambda t,n: has(n,'PairVerifier','eachLargestFirst','verifyAllPairs')),
 ('families, provenance rest', lambda t,n: has(n,'ProvenanceAnalyzer','FamilyBuilder','Provenance')),
 ('report', lambda t,n: has(n,'Report','render','JsonLines','ScanCommand.write')),
 ('report: code point offsets', lambda t,n: has(n,'charsAreCodePoints','CodePointOffsets')),
 ('add: rest (pool 1 otherwise)', lambda t,n: t.startswith('ForkJoinPool-1')),
 ('candidates (pool 2 otherwise)', lambda t,n: t.startswith('ForkJoinPool-2')),
 ('verify: rest (pool 3 otherwise)', lambda t,n: t.startswith('ForkJoinPool-3')),
 ('main thread: other Doppel code', lambda t,n: t=='java' and has(n,'DOPPEL.marker')),
 ('main thread: start-up (no Doppel frame)', lambda t,n: t=='java'),
]
LAUNCHER = 'launcher script (bash, find)'
def stage_of(t, frames):
    """The stage of one sample: its thread name and frames, innermost first (bin/copy-top.py asks it too)."""
    if t.split()[0] in ('taskset','time','bash','find','perf','dirname','flock','cat'): return LAUNCHER
    n = [m for m in map(method, frames) if m]
    if any('org.doppel' in f for f in frames): n.append('DOPPEL.marker')
    return next((l for l, r in S if r(t, n)), 'rest')
def stages(path):
    c, tot = collections.Counter(), 0
    for t, frames in samples(path):
        c[stage_of(t, frames)] += 1; tot += 1
    return c, tot
if __name__ == '__main__':
    rate = float(sys.argv[1]); docs=float(sys.argv[2]); files = sys.argv[3:]
    res = [stages(p) for p in files]
    labels=[LAUNCHER]+[l for l,_ in S]+['rest']
    rows=[(l, ['%.0f' % (c[l]/rate/docs*1e6) for c,_ in res]) for l in labels]
    rows.append(('all (µs/doc)', ['%.0f' % (t/rate/docs*1e6) for _,t in res]))
    rows.append(('all (s)', ['%.2f' % (t/rate) for _,t in res]))
    print_table(files, rows)
