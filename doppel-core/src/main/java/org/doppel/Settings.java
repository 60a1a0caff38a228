package org.doppel;

import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.CandidateKeys;
import org.doppel.index.LshBanding;
import org.doppel.match.AlignmentSettings;

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
 */
public record Settings(FingerprintSettings fingerprint, LshBanding banding, int maxPostings, int minSharedAnchors,
    AlignmentSettings alignment, RewriteSettings rewrites, int threads) {
  public Settings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  public Settings withFingerprint(FingerprintSettings value) {
    return new Settings(value, banding, maxPostings, minSharedAnchors, alignment, rewrites, threads);
  }

  public Settings withBanding(LshBanding value) {
    return new Settings(fingerprint, value, maxPostings, minSharedAnchors, alignment, rewrites, threads);
  }

  public Settings withMaxPostings(int value) {
    return new Settings(fingerprint, banding, value, minSharedAnchors, alignment, rewrites, threads);
  }

  public Settings withAlignment(AlignmentSettings value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, value, rewrites, threads);
  }

  public Settings withRewrites(RewriteSettings value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, alignment, value, threads);
  }

  public Settings withThreads(int value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, alignment, rewrites, value);
  }

  /** The fingerprinter these settings call for: facts only when rewrites are on, vectors only for vector search. */
  public Fingerprinter fingerprinter() {
    return new Fingerprinter(fingerprint, rewrites.enabled(), rewrites.vectorSearch().isOn());
  }

  /** The index keys and the shares of them that make a candidate pair, as these settings say. */
  public CandidateKeys candidateKeys() {
    return new CandidateKeys(banding, minSharedAnchors, rewrites.minSharedFacts());
  }

  public static Settings defaults() {
    return new Settings(FingerprintSettings.DEFAULTS, LshBanding.DEFAULTS, 100, 2, AlignmentSettings.DEFAULTS, RewriteSettings.DEFAULTS,
        Runtime.getRuntime().availableProcessors());
  }
}
