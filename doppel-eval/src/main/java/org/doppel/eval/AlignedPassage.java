package org.doppel.eval;

/**
 * Text shared by two documents: a span of document {@code a} and the corresponding span of document {@code b}.
 * In PAN terms this is a plagiarism case (in truth) or a detection (in a prediction).
 *
 * @param a the span in the pair's first document
 * @param b the span in the pair's second document
 */
public record AlignedPassage(Interval a, Interval b) {
  /** The same passage seen from the other document: sides exchanged. */
  public AlignedPassage swapped() {
    return new AlignedPassage(b, a);
  }

  /** Size in characters counted on both documents: {@code |a| + |b|}. */
  public int size() {
    return a.length() + b.length();
  }

  /** PAN's "r detects s": the two passages overlap in document a and in document b. */
  public boolean detects(AlignedPassage other) {
    return a.overlaps(other.a) && b.overlaps(other.b);
  }
}
