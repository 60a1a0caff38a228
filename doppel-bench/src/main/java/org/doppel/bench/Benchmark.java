package org.doppel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.RewriteSettings;
import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.SentenceEncoder;
import org.doppel.fingerprint.TransformerSentenceEncoder;
import org.doppel.index.Candidate;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.match.EncoderSimilarity;
import org.doppel.relate.RelatedPair;

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
        StageProfiles.candidateStage(warm.documents());
        StageProfiles.verifyProfile(warm.documents(), 4);
        scan(file);
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    CandidateStage candidates = StageProfiles.candidateStage(documents);
    options.log().accept(String.format("  %.0f docs/s, %.1f candidate pairs per document", candidates.docsPerSecond(),
        candidates.pairsPerDoc()));
    int every = Math.max(1, size / options.profileQueries());
    options.log().accept(String.format("%,d documents: verification profile, one thread, every %d-th document", size, every));
    VerifyProfile verify = StageProfiles.verifyProfile(documents, every);
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

  /**
   * The log's line for what the reader said of the corpus file: a note (since feat-audit26 a JSON Lines file ends with
   * one, "N records read") is none of the input problems a benchmark's reader of its own generated file should meet.
   */
  static String readerLine(IngestProblem problem) {
    return (problem.note() ? "  note: " : "  input problem: ") + problem;
  }

  /** Reads the JSON Lines file and scans it with every core, as {@code doppel scan} would. */
  private Scan scan(Path file) {
    long liveBefore = HeapUse.live();
    HeapUse.resetPeaks();
    HeapUse.Sampler sampler = new HeapUse.Sampler();
    sampler.start();
    long t0 = System.nanoTime();
    List<SourceText> documents = new CorpusReader(problem -> options.log().accept(readerLine(problem))).readAll(List.of(file));
    long t1 = System.nanoTime();
    long liveText = HeapUse.live() - liveBefore;
    long t2 = System.nanoTime();
    Doppel.Builder builder = Doppel.builder().threads(options.threads());
    AtomicLong embedded = new AtomicLong();
    switch (options.rewrites()) {
      case COPIES -> builder.rewrites(RewriteSettings.OFF);
      case WORDS -> { }
      case MODEL -> builder.semanticSimilarity(new EncoderSimilarity(() -> new CachingSentenceEncoder(counting(embedded), 100_000)));
    }
    Corpus corpus = builder.build();
    corpus.addAll(documents);
    long t3 = System.nanoTime();
    long liveCorpus = HeapUse.live() - liveBefore;
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
        (t5 - candidatesEnd) / 1e9, sampler.max(), HeapUse.poolPeaks(), liveText, liveCorpus, corpus.indexBytesPerDocument(), pairs.size(),
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
}
