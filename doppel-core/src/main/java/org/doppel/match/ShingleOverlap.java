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
    int union = x.length + y.length - common;
    return new ShingleOverlap(union == 0 ? 0 : (double) common / union,
        x.length == 0 ? 0 : (double) common / x.length, y.length == 0 ? 0 : (double) common / y.length);
  }
}
