package org.doppel.bench;

import java.util.Comparator;
import java.util.List;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.Pipeline;
import org.doppel.document.BoilerplateLineClassifier;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.MetadataLine;
import org.doppel.document.Span;
import org.doppel.document.WordTokenizer;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.fingerprint.Shingles;
import org.doppel.index.Candidate;
import org.doppel.index.InMemoryCandidateIndex;
import org.doppel.ingest.SourceText;
import org.doppel.match.Alignment;
import org.doppel.match.PassageAligner;
import org.doppel.match.ShingleOverlap;
import org.doppel.relate.PairEvidence;
import org.doppel.relate.Relation;
import org.doppel.relate.RelationClassifier;

/**
 * The single-threaded profiles of {@link Benchmark}: the candidate stage (analyse, fingerprint, index insert,
 * candidate query) and verification step by step, on the stages {@link Pipeline} wires for a default corpus, so
 * that what is timed is what a scan runs. Each stage's time is added up around its own call, on one thread, so
 * the shares are not blurred by other work on other cores.
 */
final class StageProfiles {
  private StageProfiles() {}

  /** The pipeline a default {@code Doppel.builder().build()} corpus runs, wired by the library. */
  private static Pipeline pipeline() {
    return Pipeline.of(Doppel.builder().settings());
  }

  /** Analyse, fingerprint, insert every document; then query every one, all on this thread. */
  static Benchmark.CandidateStage candidateStage(List<SourceText> documents) {
    Pipeline pipeline = pipeline();
    DocumentAnalyzer analyzer = pipeline.analyzer();
    Fingerprinter fingerprinter = pipeline.fingerprinter();
    InMemoryCandidateIndex index = pipeline.newIndex();
    int n = documents.size();
    Fingerprint[] fingerprints = new Fingerprint[n];
    long analyse = 0;
    long fingerprint = 0;
    long insert = 0;
    long query = 0;
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      long a = System.nanoTime();
      Document document = analyzer.analyze(documents.get(i));
      long b = System.nanoTime();
      fingerprints[i] = fingerprinter.fingerprint(document);
      long c = System.nanoTime();
      index.add(i, fingerprints[i]);
      long d = System.nanoTime();
      analyse += b - a;
      fingerprint += c - b;
      insert += d - c;
      bytes += fingerprints[i].toBytes().length;
    }
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      long a = System.nanoTime();
      List<Candidate> found = index.candidates(fingerprints[i], i);
      query += System.nanoTime() - a;
      for (Candidate candidate : found) {
        if (candidate.docNumber() < i) {
          pairs++;
        }
      }
    }
    // Breakdown of analysis, in a separate pass so it does not disturb the totals above.
    BoilerplateLineClassifier lines = new BoilerplateLineClassifier();
    WordTokenizer tokenizer = new WordTokenizer();
    long classifyLines = 0;
    long tokenize = 0;
    for (int i = 0; i < n; i++) {
      String text = documents.get(i).text();
      long a = System.nanoTime();
      List<Span> removed = lines.classify(text).stream().map(MetadataLine::span).toList();
      long b = System.nanoTime();
      tokenizer.tokenize(text, removed);
      long c = System.nanoTime();
      classifyLines += b - a;
      tokenize += c - b;
    }
    return new Benchmark.CandidateStage(n, analyse, fingerprint, insert, query, pairs, bytes, classifyLines, tokenize);
  }

  /**
   * Verifies, on this thread, the candidate pairs (j, i), j < i, of every {@code every}-th document
   * i, the way {@link Corpus#findAllPairs} does, timing each step.
   */
  static Benchmark.VerifyProfile verifyProfile(List<SourceText> documents, int every) {
    Pipeline pipeline = pipeline();
    DocumentAnalyzer analyzer = pipeline.analyzer();
    InMemoryCandidateIndex index = pipeline.newIndex();
    Fingerprint[] fingerprints = indexAll(documents, pipeline, index);
    VerifyTimer timer = new VerifyTimer(pipeline);
    for (int i = 0; i < documents.size(); i += every) {
      timer.queries++;
      int self = i;
      List<Candidate> found = index.candidates(fingerprints[i], i).stream().filter(c -> c.docNumber() < self)
          .sorted(Comparator.comparingInt(Candidate::docNumber)).toList();
      if (found.isEmpty()) {
        continue;
      }
      long t = System.nanoTime();
      Document b = analyzer.analyze(documents.get(i));
      timer.analyse += System.nanoTime() - t;
      for (Candidate candidate : found) {
        int j = candidate.docNumber();
        timer.verify(candidate, documents.get(j), b, fingerprints[j], fingerprints[i]);
      }
    }
    return timer.profile();
  }

  /** Fingerprints every document and adds it to the index under its place in the list. */
  private static Fingerprint[] indexAll(List<SourceText> documents, Pipeline pipeline, InMemoryCandidateIndex index) {
    DocumentAnalyzer analyzer = pipeline.analyzer();
    Fingerprinter fingerprinter = pipeline.fingerprinter();
    Fingerprint[] fingerprints = new Fingerprint[documents.size()];
    for (int i = 0; i < documents.size(); i++) {
      fingerprints[i] = fingerprinter.fingerprint(analyzer.analyze(documents.get(i)));
      index.add(i, fingerprints[i]);
    }
    return fingerprints;
  }

  /** Verifies candidate pairs the way a copies-only scan does, adding up the time each step takes. */
  private static final class VerifyTimer {
    private final DocumentAnalyzer analyzer;
    private final PassageAligner aligner;
    private final RelationClassifier classifier;
    private final int k;
    int queries;
    long analyse;
    private long shingles;
    private long overlapNs;
    private long align;
    private long classify;
    private long pairs;
    private long related;
    private final long[] byEvidence = new long[Benchmark.VerifyProfile.EVIDENCE.size()];
    private final long[] relatedByEvidence = new long[Benchmark.VerifyProfile.EVIDENCE.size()];

    VerifyTimer(Pipeline pipeline) {
      this.analyzer = pipeline.analyzer();
      this.aligner = pipeline.aligner();
      this.classifier = pipeline.classifier();
      this.k = pipeline.shingleSize();
    }

    /** Analyses the {@code earlier} document again (as a scan does) and verifies it against {@code b}; fa and fb are their fingerprints. */
    void verify(Candidate candidate, SourceText earlier, Document b, Fingerprint fa, Fingerprint fb) {
      int evidence = Benchmark.VerifyProfile.evidenceClass(candidate);
      byEvidence[evidence]++;
      pairs++;
      long t0 = System.nanoTime();
      Document a = analyzer.analyze(earlier);
      long t1 = System.nanoTime();
      long[] sa = Shingles.of(a.words(), k);
      long[] sb = Shingles.of(b.words(), k);
      long t2 = System.nanoTime();
      ShingleOverlap overlap = ShingleOverlap.of(sa, sb);
      long t3 = System.nanoTime();
      Alignment alignment = aligner.align(a.words(), b.words());
      long t4 = System.nanoTime();
      boolean same = fb.contentHash() == fa.contentHash() && fb.wordCount() == fa.wordCount() && fb.wordCount() > 0;
      var verdict = classifier.classify(new PairEvidence(same, overlap, alignment));
      long t5 = System.nanoTime();
      analyse += t1 - t0;
      shingles += t2 - t1;
      overlapNs += t3 - t2;
      align += t4 - t3;
      classify += t5 - t4;
      if (verdict.relation() != Relation.UNRELATED) {
        related++;
        relatedByEvidence[evidence]++;
      }
    }

    Benchmark.VerifyProfile profile() {
      return new Benchmark.VerifyProfile(queries, pairs, related, analyse, shingles, overlapNs, align, classify, byEvidence, relatedByEvidence);
    }
  }
}
