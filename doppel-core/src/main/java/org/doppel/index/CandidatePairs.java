package org.doppel.index;

import java.util.Arrays;

/**
 * Pairs of document numbers, each pair once with the lower number first, sorted by first and then
 * second number. Packed as {@code first << 32 | second} in one array: 8 bytes a pair.
 */
public final class CandidatePairs {
  private final long[] packed;

  CandidatePairs(long[] packed) {
    this.packed = packed;
  }

  public int size() {
    return packed.length;
  }

  public int first(int index) {
    return (int) (packed[index] >>> 32);
  }

  public int second(int index) {
    return (int) packed[index];
  }

  static long pack(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  /** Sorted distinct union of sorted packed arrays. */
  static CandidatePairs union(long[]... parts) {
    int total = 0;
    for (long[] part : parts) {
      total += part.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    Arrays.parallelSort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[n++] = all[i];
      }
    }
    return new CandidatePairs(Arrays.copyOf(all, n));
  }
}
