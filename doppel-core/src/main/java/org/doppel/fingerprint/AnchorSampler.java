package org.doppel.fingerprint;

import java.util.Arrays;
import org.doppel.document.Hashing;

/**
 * Content-defined sampling of shingles: keeps a shingle when its (re-mixed) hash falls in the lowest
 * {@code 1/oneIn} of the hash range, so on average one shingle in {@code oneIn}. Because the choice
 * depends only on the shingle's words, two documents sharing a passage sample the same shingles
 * inside it; that makes the sample a containment sketch, unlike MinHash, which only sees overall
 * resemblance.
 *
 * <p>A shared passage of {@code L} words holds about {@code L - k + 1} shingles, so the number of
 * anchors it yields is binomial with p = 1/oneIn: with one in 6 and a 40-word paragraph (37
 * shingles) it yields at least two with probability 0.99, at least one with probability 0.999.
 */
final class AnchorSampler {
  private static final long SALT = 0x5DEECE66DL;
  private final int oneIn;
  private final long threshold;

  public AnchorSampler(int oneIn) {
    if (oneIn < 1 || oneIn > 65536) {
      throw new IllegalArgumentException("oneIn must be in 1..65536, got " + oneIn);
    }
    this.oneIn = oneIn;
    this.threshold = (1L << 32) / oneIn;
  }

  public int oneIn() {
    return oneIn;
  }

  /** Sorted, distinct 32-bit anchors of the document. */
  public int[] sample(long[] shingles) {
    int[] anchors = new int[Math.max(8, 2 * shingles.length / oneIn)];
    int count = 0;
    for (long shingle : shingles) {
      long h = Hashing.mix(shingle ^ SALT);
      if ((h & 0xFFFFFFFFL) < threshold) {
        if (count == anchors.length) {
          anchors = Arrays.copyOf(anchors, count * 2);
        }
        anchors[count++] = (int) (h >>> 32);
      }
    }
    int[] sorted = Arrays.copyOf(anchors, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }
}
