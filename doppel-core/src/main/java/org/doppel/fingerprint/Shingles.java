package org.doppel.fingerprint;

import org.doppel.document.Hashing;
import org.doppel.document.TokenSequence;

/**
 * Word k-shingles: the hash of every run of k consecutive words that does not cross a break
 * (a removed boilerplate line). "the cat sat on" with k = 3 gives "the cat sat" and "cat sat on".
 */
public final class Shingles {
  private Shingles() {}

  /**
   * Hashes of the document's k-shingles in text order (duplicates kept). A document shorter than
   * k words yields one shingle over all its words, so that very short texts still get a fingerprint.
   */
  public static long[] of(TokenSequence words, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, got " + k);
    }
    int n = words.size();
    if (n == 0) {
      return new long[0];
    }
    if (n < k) {
      return new long[] {Hashing.ofRun(words, 0, n)};
    }
    return Hashing.ofRuns(words, words.runStarts(k), k);
  }
}
