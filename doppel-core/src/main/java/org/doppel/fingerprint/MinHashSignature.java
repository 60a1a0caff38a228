package org.doppel.fingerprint;

import java.util.Arrays;

/**
 * A MinHash signature: the minimum hash value of a shingle set in each of {@code size()} bins.
 * The share of bins where two signatures agree estimates the Jaccard similarity of the two sets,
 * with standard error {@code sqrt(J(1-J)/size)}: about 0.06 at J = 0.5 for 64 bins.
 *
 * <p>Immutable. Signatures made with different seeds or sizes refuse to compare.
 */
public final class MinHashSignature {
  private final int[] minima;
  private final long seed;

  MinHashSignature(int[] minima, long seed) {
    this.minima = minima.clone();
    this.seed = seed;
  }

  public int size() {
    return minima.length;
  }

  public long seed() {
    return seed;
  }

  public int value(int bin) {
    return minima[bin];
  }

  /** Estimated Jaccard similarity of the two shingle sets. */
  public double estimateJaccard(MinHashSignature other) {
    if (other.seed != seed || other.minima.length != minima.length) {
      throw new IllegalArgumentException("cannot compare MinHash signatures made with different settings: "
          + minima.length + " bins, seed " + seed + " vs " + other.minima.length + " bins, seed " + other.seed);
    }
    int equal = 0;
    for (int i = 0; i < minima.length; i++) {
      if (minima[i] == other.minima[i]) {
        equal++;
      }
    }
    return (double) equal / minima.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && s.seed == seed && Arrays.equals(s.minima, minima);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minima) * 31 + Long.hashCode(seed);
  }
}
