package org.doppel;

import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.CandidateKeys;
import org.doppel.index.LshBanding;
import org.doppel.index.VectorSearch;
import org.doppel.match.AlignmentSettings;
import org.doppel.relate.ReportFloor;

/**
 * Every parameter of a Doppel corpus. Built by {@link Doppel#builder()}; the defaults and the
 * measurements behind them are in docs/parameters.md.
 *
 * @param fingerprint shingles, MinHash and anchor sampling
 * @param banding LSH bands and rows over the MinHash bins
 * @param maxPostings index keys shared by more documents than this are ignored as stock phrases
 * @param minSharedAnchors anchors a candidate needs when it shares no LSH band
 * @param alignment passage alignment
 * @param rewrites paraphrase detection: fact and vector candidates, sentence alignment
 * @param threads worker threads for analysis and verification
 * @param reportFloor the least a pair must show to be reported ({@link ReportFloor#NONE}: every pair found)
 */
public record Settings(FingerprintSettings fingerprint, LshBanding banding, int maxPostings, int minSharedAnchors,
    AlignmentSettings alignment, RewriteSettings rewrites, int threads, ReportFloor reportFloor) {
  public Settings {
    if (maxPostings < 2) {
      throw new IllegalArgumentException("maxPostings must be >= 2 (a key must be shared to make a candidate), got " + maxPostings);
    }
    if (minSharedAnchors < 1) {
      throw new IllegalArgumentException("minSharedAnchors must be >= 1, got " + minSharedAnchors);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (threads > MAX_THREADS) {
      // ForkJoinPool's own refusal came at the first add or scan, an IllegalArgumentException with no message at all
      throw new IllegalArgumentException("threads must be at most " + MAX_THREADS + " (the most a fork-join pool runs), got " + threads
          + "; more threads than processors add memory, not speed");
    }
    if (reportFloor == null) {
      throw new IllegalArgumentException("reportFloor must not be null; ReportFloor.NONE reports every pair");
    }
    // A null passed the builder and failed later, deep in the first add or scan, as a NullPointerException naming a field
    requireSet(fingerprint, "fingerprint", "the default is FingerprintSettings.DEFAULTS");
    requireSet(banding, "banding", "the default is LshBanding.DEFAULTS");
    requireSet(alignment, "alignment", "the default is AlignmentSettings.DEFAULTS");
    requireSet(rewrites, "rewrites", "the default is RewriteSettings.DEFAULTS; RewriteSettings.OFF finds copies only");
  }

  /** The most worker threads a corpus takes: the limit of {@link java.util.concurrent.ForkJoinPool}, which runs them. */
  public static final int MAX_THREADS = 0x7fff;

  private static void requireSet(@org.jspecify.annotations.Nullable Object value, String name, String instead) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null (" + instead + ")");
    }
  }

  /** Settings with the default report floor. */
  public Settings(FingerprintSettings fingerprint, LshBanding banding, int maxPostings, int minSharedAnchors,
      AlignmentSettings alignment, RewriteSettings rewrites, int threads) {
    this(fingerprint, banding, maxPostings, minSharedAnchors, alignment, rewrites, threads, ReportFloor.DEFAULTS);
  }

  /** These settings with {@code fingerprint} replaced, checked as the constructor checks it. */
  public Settings withFingerprint(FingerprintSettings value) {
    return new Settings(value, banding, maxPostings, minSharedAnchors, alignment, rewrites, threads, reportFloor);
  }

  /** These settings with {@code banding} replaced, checked as the constructor checks it. */
  public Settings withBanding(LshBanding value) {
    return new Settings(fingerprint, value, maxPostings, minSharedAnchors, alignment, rewrites, threads, reportFloor);
  }

  /** These settings with {@code maxPostings} replaced, checked as the constructor checks it. */
  public Settings withMaxPostings(int value) {
    return new Settings(fingerprint, banding, value, minSharedAnchors, alignment, rewrites, threads, reportFloor);
  }

  /** These settings with {@code alignment} replaced, checked as the constructor checks it. */
  public Settings withAlignment(AlignmentSettings value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, value, rewrites, threads, reportFloor);
  }

  /** These settings with {@code rewrites} replaced, checked as the constructor checks it. */
  public Settings withRewrites(RewriteSettings value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, alignment, value, threads, reportFloor);
  }

  /** These settings with {@code threads} replaced, checked as the constructor checks it. */
  public Settings withThreads(int value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, alignment, rewrites, value, reportFloor);
  }

  /** These settings with {@code reportFloor} replaced, checked as the constructor checks it. */
  public Settings withReportFloor(ReportFloor value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, alignment, rewrites, threads, value);
  }

  /** The fingerprinter these settings call for: facts only when rewrites are on, vectors only for vector search. */
  public Fingerprinter fingerprinter() {
    VectorSearch search = rewrites.vectorSearch();
    return new Fingerprinter(fingerprint, rewrites.enabled(), search.isOn() ? search.maxWords() : 0);
  }

  /** The index keys and the shares of them that make a candidate pair, as these settings say. */
  public CandidateKeys candidateKeys() {
    return new CandidateKeys(banding, minSharedAnchors, rewrites.minSharedFacts());
  }

  /**
   * The measured defaults (docs/parameters.md): every part's {@code DEFAULTS}, keys of more than 100 documents ignored,
   * 2 shared anchors, one thread per processor the JVM may use, the default report floor.
   */
  public static Settings defaults() {
    return new Settings(FingerprintSettings.DEFAULTS, LshBanding.DEFAULTS, 100, 2, AlignmentSettings.DEFAULTS, RewriteSettings.DEFAULTS,
        Runtime.getRuntime().availableProcessors());
  }
}
