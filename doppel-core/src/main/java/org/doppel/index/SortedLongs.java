package org.doppel.index;

import java.util.Arrays;

/**
 * Merging of sorted arrays of longs (packed pairs of document numbers) without sorting them again: the
 * pairing of the keys sorts its slices in parallel and this merges them in one linear pass. Sorting the joined
 * arrays instead ran on one thread ({@code Arrays.parallelSort} sorts on the common pool, which has one worker
 * on a two-core machine, whatever pool the scan runs on).
 */
final class SortedLongs {
  private SortedLongs() {}

  /**
   * The distinct values that occur at least {@code minCount} times in {@code sorted} altogether (each array
   * sorted ascending, repeats allowed within and across them), ascending. A single array is compacted in
   * place and may be returned: one thread's scan needs no second array of its pairs.
   */
  static long[] atLeast(long[][] sorted, int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    long total = 0;
    for (long[] part : sorted) {
      total += part.length;
    }
    long[] out = sorted.length == 1 ? sorted[0] : new long[(int) Math.min(Integer.MAX_VALUE - 8, total / minCount)];
    int n = 0;
    int[] at = new int[sorted.length];
    while (true) {
      int smallest = -1;
      for (int part = 0; part < sorted.length; part++) {
        if (at[part] < sorted[part].length && (smallest < 0 || sorted[part][at[part]] < sorted[smallest][at[smallest]])) {
          smallest = part;
        }
      }
      if (smallest < 0) {
        break;
      }
      long value = sorted[smallest][at[smallest]];
      int count = 0;
      for (int part = 0; part < sorted.length; part++) {
        long[] values = sorted[part];
        int i = at[part];
        while (i < values.length && values[i] == value) {
          i++;
        }
        count += i - at[part];
        at[part] = i;
      }
      if (count >= minCount) {
        out[n++] = value;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
