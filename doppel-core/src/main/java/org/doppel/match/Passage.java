package org.doppel.match;

import org.doppel.document.Span;

/**
 * A stretch of text found in both documents.
 *
 * @param a where it is in the first document (chars of the original text)
 * @param b where it is in the second document
 * @param wordsA words the passage spans in the first document
 * @param wordsB words the passage spans in the second document
 * @param matchedA words of the passage in the first document covered by shared seeds
 * @param matchedB words of the passage in the second document covered by shared seeds
 */
public record Passage(Span a, Span b, int wordsA, int wordsB, int matchedA, int matchedB) {
  public Passage {
    if (matchedA > wordsA || matchedB > wordsB) {
      throw new IllegalArgumentException("a passage cannot match more words than it spans");
    }
  }

  /** Share of the passage's words, on its sparser side, that are covered by shared seeds. */
  public double density() {
    return Math.min(wordsA == 0 ? 0 : (double) matchedA / wordsA, wordsB == 0 ? 0 : (double) matchedB / wordsB);
  }

  /** The same passage seen from the other document. */
  public Passage swapped() {
    return new Passage(b, a, wordsB, wordsA, matchedB, matchedA);
  }
}
