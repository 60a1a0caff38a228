package org.doppel;

import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.index.LshBanding;
import org.doppel.match.AlignmentSettings;
import org.doppel.match.SentenceAlignmentSettings;

/**
 * Every parameter of a Doppel corpus. Built by {@link Doppel#builder()}; the defaults and the
 * measurements behind them are in docs/parameters.md.
 *
 * @param fingerprint shingles, MinHash and anchor sampling
 * @param banding LSH bands and rows over the MinHash bins
 * @param maxPostings index keys shared by more documents than this are ignored as stock phrases
 * @param minSharedAnchors anchors a candidate needs when it shares no LSH band
 * @param minSharedFacts rare facts (numbers, names, quotations) a candidate needs when nothing else
 *     links it: how rewrites that share few shingles are found
 * @param alignment passage alignment
 * @param sentenceAlignment alignment of reworded sentences
 * @param threads worker threads for analysis and verification
 */
public record Settings(FingerprintSettings fingerprint, LshBanding banding, int maxPostings, int minSharedAnchors,
    int minSharedFacts, AlignmentSettings alignment, SentenceAlignmentSettings sentenceAlignment, int threads) {
  public Settings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  public Settings withFingerprint(FingerprintSettings value) {
    return new Settings(value, banding, maxPostings, minSharedAnchors, minSharedFacts, alignment, sentenceAlignment, threads);
  }

  public Settings withBanding(LshBanding value) {
    return new Settings(fingerprint, value, maxPostings, minSharedAnchors, minSharedFacts, alignment, sentenceAlignment, threads);
  }

  public Settings withMaxPostings(int value) {
    return new Settings(fingerprint, banding, value, minSharedAnchors, minSharedFacts, alignment, sentenceAlignment, threads);
  }

  public Settings withMinSharedFacts(int value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, value, alignment, sentenceAlignment, threads);
  }

  public Settings withAlignment(AlignmentSettings value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, minSharedFacts, value, sentenceAlignment, threads);
  }

  public Settings withSentenceAlignment(SentenceAlignmentSettings value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, minSharedFacts, alignment, value, threads);
  }

  public Settings withThreads(int value) {
    return new Settings(fingerprint, banding, maxPostings, minSharedAnchors, minSharedFacts, alignment, sentenceAlignment, value);
  }

  public static Settings defaults() {
    return new Settings(FingerprintSettings.DEFAULTS, LshBanding.DEFAULTS, 100, 2, 5, AlignmentSettings.DEFAULTS, SentenceAlignmentSettings.DEFAULTS,
        Runtime.getRuntime().availableProcessors());
  }
}
