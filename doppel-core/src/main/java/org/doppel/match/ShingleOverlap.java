package org.doppel.match;

import org.doppel.document.Hashing;

/**
 * Exact overlap of two documents' shingle sets: the check that follows an LSH candidate.
 *
 * @param jaccard |A ∩ B| / |A ∪ B|
 * @param containmentA |A ∩ B| / |A|: how much of the first document is in the second
 * @param containmentB |A ∩ B| / |B|
 */
public record ShingleOverlap(double jaccard, double containmentA, double containmentB) {

  /** Overlap of two shingle-hash arrays (any order, duplicates allowed). */
  public static ShingleOverlap of(long[] a, long[] b) {
    return ofDistinctSorted(Hashing.distinctSorted(a), Hashing.distinctSorted(b));
  }

  /**
   * Overlap of two shingle sets given as {@link Hashing#distinctSorted} arrays: a document in several pairs
   * sorts its shingles once.
   */
  public static ShingleOverlap ofDistinctSorted(long[] x, long[] y) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return of(common, x.length, y.length);
  }

  /** Overlap of two shingle sets built once per document: what verification uses. */
  public static ShingleOverlap of(ShingleSet x, ShingleSet y) {
    return of(x.common(y), x.size(), y.size());
  }

  private static ShingleOverlap of(int common, int sizeX, int sizeY) {
    int union = sizeX + sizeY - common;
    return new ShingleOverlap(union == 0 ? 0 : (double) common / union,
        sizeX == 0 ? 0 : (double) common / sizeX, sizeY == 0 ? 0 : (double) common / sizeY);
  }
}
