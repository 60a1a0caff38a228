package org.doppel.fingerprint;

import java.util.Arrays;
import org.doppel.document.Hashing;

/**
 * Content-defined sampling of shingles: keeps a shingle when its (re-mixed) hash has its low
 * {@code rateBits} bits all zero, so on average one shingle in {@code 2^rateBits}. Because the choice
 * depends only on the shingle's words, two documents sharing a passage sample the same shingles
 * inside it; that makes the sample a containment sketch, unlike MinHash, which only sees overall
 * resemblance.
 *
 * <p>A shared passage of {@code L} words holds about {@code L - k + 1} shingles, so the chance that
 * it yields no common anchor is {@code (1 - 2^-rateBits)^(L-k+1)}: with one in 8 and a 40-word
 * paragraph, 0.6%.
 */
public final class AnchorSampler {
  private static final long SALT = 0x5DEECE66DL;
  private final int rateBits;
  private final long mask;

  public AnchorSampler(int rateBits) {
    if (rateBits < 0 || rateBits > 16) {
      throw new IllegalArgumentException("rateBits must be in 0..16, got " + rateBits);
    }
    this.rateBits = rateBits;
    this.mask = (1L << rateBits) - 1;
  }

  public int rateBits() {
    return rateBits;
  }

  /** Sorted, distinct 32-bit anchors of the document. */
  public int[] sample(long[] shingles) {
    int[] anchors = new int[Math.max(8, shingles.length >> Math.max(0, rateBits - 1))];
    int count = 0;
    for (long shingle : shingles) {
      long h = Hashing.mix(shingle ^ SALT);
      if ((h & mask) == 0) {
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
