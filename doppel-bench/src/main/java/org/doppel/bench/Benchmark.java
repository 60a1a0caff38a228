package org.doppel.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.doppel.Corpus;
import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.TransformerSentenceEncoder;
import org.doppel.fingerprint.SentenceEncoder;
import org.doppel.match.EncoderSimilarity;
import org.doppel.Doppel;
import org.doppel.Pipeline;
import org.doppel.ScanProgress;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.fingerprint.Shingles;
import org.doppel.index.Candidate;
import org.doppel.index.InMemoryCandidateIndex;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.match.Alignment;
import org.doppel.match.PassageAligner;
import org.doppel.match.ShingleOverlap;
import org.doppel.relate.PairEvidence;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.RelationClassifier;

/**
 * Measures Doppel on synthetic corpora of several sizes, in one JVM after a warm-up:
 * <ol>
 *   <li>the candidate stage on one thread: analyse, fingerprint, index insert, candidate query;
 *   <li>a single-threaded profile of verification (re-analysis, shingles, overlap, alignment,
 *       classification) on a sample of the candidate pairs;
 *   <li>the full scan end to end with every core, from reading the JSON Lines file to the sorted
 *       related pairs, with heap and index size;
 *   <li>recall and precision of the scan against the planted pairs.
 * </ol>
 */
public final class Benchmark {
  /**
   * @param sizes corpus sizes in documents
   * @param seed seed of the synthetic corpora
   * @param workDir where the JSON Lines corpora are written
   * @param threads threads of the full scan
   * @param profileQueries documents whose candidate pairs the verification profile looks at
   * @param scanTimeLimitSeconds a full scan still verifying after this long is stopped, and its
   *     verification time projected from the share of candidate pairs done
   * @param log progress lines
   * @param rewrites how the full scan detects rewrites
   */
  public record Options(List<Integer> sizes, long seed, Path workDir, int threads, int profileQueries, double scanTimeLimitSeconds,
      Consumer<String> log, RewriteMode rewrites) {
    public Options {
      sizes = List.copyOf(sizes);
      if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 10)) {
        throw new IllegalArgumentException("sizes must be >= 10 documents each, got " + sizes);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
    }

    public static Options defaults(Path workDir) {
      return new Options(List.of(2_000, 20_000, 100_000), 42, workDir, Runtime.getRuntime().availableProcessors(), 2_000,
          600, line -> {}, RewriteMode.MODEL);
    }
  }

  /** How the full scan looks for rewrites, as {@code doppel scan} does with and without its flags. */
  public enum RewriteMode {
    /** {@code scan --copies-only}: no rewrite detection. */
    COPIES,
    /** {@code scan --no-model}: rewrites judged on words and facts. */
    WORDS,
    /** {@code scan}: undecided reworded sentences judged by the embedding model. */
    MODEL
  }

  /** Single-threaded candidate stage; times in nanoseconds. */
  public record CandidateStage(int docs, long analyseNs, long fingerprintNs, long insertNs, long queryNs,
      long candidatePairs, long fingerprintBytes, long classifyLinesNs, long tokenizeNs) {
    public long totalNs() {
      return analyseNs + fingerprintNs + insertNs + queryNs;
    }

    public double docsPerSecond() {
      return docs / (totalNs() / 1e9);
    }

    /** Distinct candidate pairs (each counted once) per document: what the scan verifies. */
    public double pairsPerDoc() {
      return (double) candidatePairs / docs;
    }
  }

  /** Single-threaded verification profile over the candidate pairs of {@code queries} documents. */
  public record VerifyProfile(int queries, long pairs, long related, long analyseNs, long shinglesNs, long overlapNs,
      long alignNs, long classifyNs, long[] byEvidence, long[] relatedByEvidence) {
    /** Names of the {@link #byEvidence} classes: why the index proposed a candidate. */
    public static final List<String> EVIDENCE = List.of("shares an LSH band", "1 shared anchor, no band", "2 shared anchors, no band",
        "3–4 shared anchors, no band", "5+ shared anchors, no band");

    static int evidenceClass(Candidate c) {
      if (c.sharedBands() > 0) return 0;
      if (c.sharedAnchors() <= 1) return 1;
      if (c.sharedAnchors() == 2) return 2;
      return c.sharedAnchors() <= 4 ? 3 : 4;
    }

    public long totalNs() {
      return analyseNs + shinglesNs + overlapNs + alignNs + classifyNs;
    }

    public double microsPerPair() {
      return pairs == 0 ? 0 : totalNs() / 1e3 / pairs;
    }

    public double microsPerQuery() {
      return queries == 0 ? 0 : totalNs() / 1e3 / queries;
    }
  }

  /** The full scan, end to end, on every core. */
  public record Scan(int docs, int threads, double readSeconds, double addSeconds, double candidateSeconds,
      double verifySeconds, long heapPeakSampledBytes, long heapPoolPeakBytes, long liveHeapTextBytes, long liveHeapCorpusBytes,
      double indexBytesPerDoc, int pairs, boolean finished, long pairsVerified, long candidatePairs, long sentencesEmbedded,
      double provenanceSeconds, int families) {
    /** Wall seconds; for a scan stopped at the time limit, projected from the share of pairs verified. */
    public double wallSeconds() {
      return readSeconds + addSeconds + candidateSeconds + projectedVerifySeconds();
    }

    public double projectedVerifySeconds() {
      return finished || pairsVerified == 0 ? verifySeconds : verifySeconds * candidatePairs / pairsVerified;
    }

    public double docsPerSecond() {
      return docs / wallSeconds();
    }

    /** Live heap the corpus holds per document beyond the texts (fingerprints, index, maps). */
    public double bytesPerDocBeyondText() {
      return (double) (liveHeapCorpusBytes - liveHeapTextBytes) / docs;
    }
  }

  /** Results at one size; {@code quality} is null when the scan was stopped at the time limit. */
  public record SizeResult(int size, long seed, long textChars, long fileBytes, int truePairs, double generateSeconds,
      CandidateStage candidates, VerifyProfile verify, Scan scan, Quality quality, Quality truthOnly) {}

  private final Options options;

  public Benchmark(Options options) {
    this.options = options;
  }

  public List<SizeResult> run() throws IOException {
    Files.createDirectories(options.workDir());
    warmUp();
    List<SizeResult> results = new ArrayList<>();
    for (int size : options.sizes()) {
      results.add(runSize(size));
    }
    return results;
  }

  private void warmUp() {
    options.log().accept("warm-up: 2,000 documents");
    SyntheticCorpus warm = SyntheticCorpus.generate(2_000, options.seed() ^ 0x5A5A5A5AL);
    Path file = options.workDir().resolve("warm-up.jsonl");
    try {
      warm.writeJsonLines(file);
      for (int round = 0; round < 2; round++) {
        candidateStage(warm.documents());
        verifyProfile(warm.documents(), 4);
        scan(file);
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    lastPairs = null;
  }

  private SizeResult runSize(int size) throws IOException {
    long t0 = System.nanoTime();
    SyntheticCorpus synthetic = SyntheticCorpus.generate(size, options.seed());
    double generateSeconds = (System.nanoTime() - t0) / 1e9;
    Path file = options.workDir().resolve("synthetic-" + size + "-seed" + options.seed() + ".jsonl");
    synthetic.writeJsonLines(file);
    long fileBytes = Files.size(file);
    long textChars = synthetic.textChars();
    List<SyntheticCorpus.TruePair> truth = synthetic.truth();
    options.log().accept(String.format("%,d documents: generated in %.1f s, %,d planted pairs, %s", size, generateSeconds,
        truth.size(), file));

    List<SourceText> documents = synthetic.documents();
    synthetic = null;
    options.log().accept(String.format("%,d documents: candidate stage, one thread", size));
    CandidateStage candidates = candidateStage(documents);
    options.log().accept(String.format("  %.0f docs/s, %.1f candidate pairs per document", candidates.docsPerSecond(),
        candidates.pairsPerDoc()));
    int every = Math.max(1, size / options.profileQueries());
    options.log().accept(String.format("%,d documents: verification profile, one thread, every %d-th document", size, every));
    VerifyProfile verify = verifyProfile(documents, every);
    documents = null;

    options.log().accept(String.format("%,d documents: full scan on %d threads", size, options.threads()));
    Scan scan = scan(file);
    options.log().accept(String.format("  %.1f s, %.0f docs/s, %,d pairs", scan.wallSeconds(), scan.docsPerSecond(), scan.pairs()));
    Quality quality = scan.finished() ? lastQuality(truth) : null;
    lastPairs = null;
    return new SizeResult(size, options.seed(), textChars, fileBytes, truth.size(), generateSeconds, candidates, verify, scan,
        quality, Quality.of(truth, List.of()));
  }

  private List<RelatedPair> lastPairs;

  private Quality lastQuality(List<SyntheticCorpus.TruePair> truth) {
    Quality quality = Quality.of(truth, lastPairs);
    lastPairs = null;
    return quality;
  }

  /** The pipeline a default {@code Doppel.builder().build()} corpus runs, wired by the library. */
  private static Pipeline pipeline() {
    return Pipeline.of(Doppel.builder().settings());
  }

  /** Analyse, fingerprint, insert every document; then query every one, all on this thread. */
  static CandidateStage candidateStage(List<SourceText> documents) {
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
    org.doppel.document.BoilerplateLineClassifier lines = new org.doppel.document.BoilerplateLineClassifier();
    org.doppel.document.WordTokenizer tokenizer = new org.doppel.document.WordTokenizer();
    long classifyLines = 0;
    long tokenize = 0;
    for (int i = 0; i < n; i++) {
      String text = documents.get(i).text();
      long a = System.nanoTime();
      List<org.doppel.document.Span> removed = lines.classify(text).stream().map(org.doppel.document.MetadataLine::span).toList();
      long b = System.nanoTime();
      tokenizer.tokenize(text, removed);
      long c = System.nanoTime();
      classifyLines += b - a;
      tokenize += c - b;
    }
    return new CandidateStage(n, analyse, fingerprint, insert, query, pairs, bytes, classifyLines, tokenize);
  }

  /**
   * Verifies, on this thread, the candidate pairs (j, i), j < i, of every {@code every}-th document
   * i, the way {@link Corpus#findAllPairs} does, timing each step.
   */
  static VerifyProfile verifyProfile(List<SourceText> documents, int every) {
    Pipeline pipeline = pipeline();
    DocumentAnalyzer analyzer = pipeline.analyzer();
    InMemoryCandidateIndex index = pipeline.newIndex();
    Fingerprint[] fingerprints = indexAll(documents, pipeline, index);
    VerifyTimer timer = new VerifyTimer(pipeline);
    for (int i = 0; i < documents.size(); i += every) {
      timer.queries++;
      int self = i;
      List<Candidate> found = index.candidates(fingerprints[i], i).stream().filter(c -> c.docNumber() < self)
          .sorted(java.util.Comparator.comparingInt(Candidate::docNumber)).toList();
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
    private final long[] byEvidence = new long[VerifyProfile.EVIDENCE.size()];
    private final long[] relatedByEvidence = new long[VerifyProfile.EVIDENCE.size()];

    VerifyTimer(Pipeline pipeline) {
      this.analyzer = pipeline.analyzer();
      this.aligner = pipeline.aligner();
      this.classifier = pipeline.classifier();
      this.k = pipeline.shingleSize();
    }

    /** Analyses the {@code earlier} document again (as a scan does) and verifies it against {@code b}; fa and fb are their fingerprints. */
    void verify(Candidate candidate, SourceText earlier, Document b, Fingerprint fa, Fingerprint fb) {
      int evidence = VerifyProfile.evidenceClass(candidate);
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
      if (verdict.relation() != org.doppel.relate.Relation.UNRELATED) {
        related++;
        relatedByEvidence[evidence]++;
      }
    }

    VerifyProfile profile() {
      return new VerifyProfile(queries, pairs, related, analyse, shingles, overlapNs, align, classify, byEvidence, relatedByEvidence);
    }
  }

  /** Reads the JSON Lines file and scans it with every core, as {@code doppel scan} would. */
  private Scan scan(Path file) {
    long liveBefore = liveHeap();
    resetPeaks();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long t0 = System.nanoTime();
    List<SourceText> documents = new CorpusReader(problem -> options.log().accept("  input problem: " + problem)).readAll(List.of(file));
    long t1 = System.nanoTime();
    long liveText = liveHeap() - liveBefore;
    long t2 = System.nanoTime();
    Doppel.Builder builder = Doppel.builder().threads(options.threads());
    AtomicLong embedded = new AtomicLong();
    switch (options.rewrites()) {
      case COPIES -> builder.rewrites(org.doppel.RewriteSettings.OFF);
      case WORDS -> { }
      case MODEL -> builder.semanticSimilarity(new EncoderSimilarity(() -> new CachingSentenceEncoder(counting(embedded), 100_000)));
    }
    Corpus corpus = builder.build();
    corpus.addAll(documents);
    long t3 = System.nanoTime();
    long liveCorpus = liveHeap() - liveBefore;
    AtomicLong verifyStart = new AtomicLong();
    AtomicLong verifiedPairs = new AtomicLong();
    AtomicLong totalPairs = new AtomicLong();
    long t4 = System.nanoTime();
    long deadline = t4 + (long) (options.scanTimeLimitSeconds() * 1e9);
    List<RelatedPair> pairs;
    boolean finished = true;
    try {
      pairs = corpus.findAllPairs((phase, done, total) -> {
        if (phase.equals("verify")) {
          verifyStart.compareAndSet(0, System.nanoTime());
          verifiedPairs.accumulateAndGet(done, Math::max);
          totalPairs.set(total);
          if (System.nanoTime() > deadline) {
            throw new TimeLimit();
          }
        }
      });
    } catch (TimeLimit stopped) {
      finished = false;
      pairs = List.of();
      options.log().accept(String.format("  stopped at the %.0f s limit after verifying %,d of %,d candidate pairs",
          options.scanTimeLimitSeconds(), verifiedPairs.get(), totalPairs.get()));
    }
    long t5 = System.nanoTime();
    // Provenance (direction of every pair, story families) runs after the scan, as in doppel scan.
    int families = 0;
    long t6 = System.nanoTime();
    if (finished) {
      families = (int) corpus.provenance(pairs).families().stream().filter(f -> f.size() > 1).count();
    }
    double provenanceSeconds = finished ? (System.nanoTime() - t6) / 1e9 : Double.NaN;
    sampler.stop();
    long candidatesEnd = verifyStart.get() == 0 ? t5 : verifyStart.get();
    lastPairs = pairs;
    return new Scan(documents.size(), options.threads(), (t1 - t0) / 1e9, (t3 - t2) / 1e9, (candidatesEnd - t4) / 1e9,
        (t5 - candidatesEnd) / 1e9, sampler.max(), poolPeaks(), liveText, liveCorpus, corpus.indexBytesPerDocument(), pairs.size(),
        finished, verifiedPairs.get(), totalPairs.get(), embedded.get(), provenanceSeconds, families);
  }

  /** The bundled model, counting the sentences it embeds (cache misses only, behind the cache). */
  private static SentenceEncoder counting(AtomicLong embedded) {
    SentenceEncoder model = TransformerSentenceEncoder.miniLm();
    return new SentenceEncoder() {
      @Override
      public float[][] encode(List<String> sentences) {
        embedded.addAndGet(sentences.size());
        return model.encode(sentences);
      }

      @Override
      public int dimensions() {
        return model.dimensions();
      }
    };
  }

  /** Thrown from the progress callback to stop a scan at the time limit. */
  private static final class TimeLimit extends RuntimeException {
    TimeLimit() {
      super("time limit", null, false, false);
    }
  }

  private static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum over heap pools of their peak use since the last reset: an upper bound on the peak heap. */
  private static long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Samples used heap every 20 ms on a daemon thread. */
  private static final class HeapSampler {
    private final AtomicLong max = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    void start() {
      thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
        Runtime runtime = Runtime.getRuntime();
        while (running) {
          max.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    void stop() {
      running = false;
      thread.interrupt();
    }

    long max() {
      return max.get();
    }
  }
}
