package org.doppel.index;

import org.doppel.fingerprint.Fingerprint;

/**
 * The keys a fingerprint is posted under, by kind, and how many keys of each kind two documents must
 * share to become a candidate pair: one LSH band, one whole line, {@code minSharedAnchors} anchors or
 * {@code minSharedFacts} facts. {@link InMemoryCandidateIndex} and the distributed scan (doppel-spark,
 * which joins documents on these keys) read this one definition, so both propose the same pairs.
 */
public final class CandidateKeys {
  /** A kind of posting key. */
  public enum Kind { BAND, LINE, ANCHOR, FACT }

  /** Receives the keys of one fingerprint. */
  @FunctionalInterface
  public interface Sink {
    void accept(Kind kind, int key);
  }

  private final LshBanding banding;
  private final int minSharedAnchors;
  private final int minSharedFacts;

  /**
   * @param banding how MinHash bins are grouped into LSH bands
   * @param minSharedAnchors anchors a candidate must share when it shares no band and no line, {@code >= 1}
   * @param minSharedFacts facts a candidate must share when nothing else links it, {@code >= 1}
   */
  public CandidateKeys(LshBanding banding, int minSharedAnchors, int minSharedFacts) {
    if (minSharedAnchors < 1) {
      throw new IllegalArgumentException("minSharedAnchors must be >= 1, got " + minSharedAnchors);
    }
    if (minSharedFacts < 1) {
      throw new IllegalArgumentException("minSharedFacts must be >= 1, got " + minSharedFacts);
    }
    this.banding = banding;
    this.minSharedAnchors = minSharedAnchors;
    this.minSharedFacts = minSharedFacts;
  }

  /** Feeds every key of {@code fingerprint} to {@code sink}, repeats included (a repeated key counts twice, as in the postings). */
  public void forEach(Fingerprint fingerprint, Sink sink) {
    for (int key : banding.keys(fingerprint.minHash())) {
      sink.accept(Kind.BAND, key);
    }
    for (int i = 0; i < fingerprint.lineKeyCount(); i++) {
      sink.accept(Kind.LINE, fingerprint.lineKey(i));
    }
    for (int i = 0; i < fingerprint.anchorCount(); i++) {
      sink.accept(Kind.ANCHOR, fingerprint.anchor(i));
    }
    for (int i = 0; i < fingerprint.factCount(); i++) {
      sink.accept(Kind.FACT, fingerprint.fact(i));
    }
  }

  /** Postings of one kind two documents must share (counted as posting pairs) to be a candidate pair. */
  public int minShared(Kind kind) {
    return switch (kind) {
      case BAND, LINE -> 1;
      case ANCHOR -> minSharedAnchors;
      case FACT -> minSharedFacts;
    };
  }
}
