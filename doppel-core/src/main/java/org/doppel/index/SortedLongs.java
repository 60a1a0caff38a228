package org.doppel.index;

import java.util.Arrays;
import java.util.stream.IntStream;

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
    checkMinCount(minCount);
    long total = 0;
    for (long[] part : sorted) {
      total += part.length;
    }
    long[] out = sorted.length == 1 ? sorted[0] : new long[(int) Math.min(Integer.MAX_VALUE - 8, total / minCount)];
    int[] from = new int[sorted.length];
    int[] to = new int[sorted.length];
    for (int part = 0; part < sorted.length; part++) {
      to[part] = sorted[part].length;
    }
    int n = merge(sorted, from, to, minCount, out);
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * As {@link #atLeast(long[][], int)}, the values cut into {@code ranges} ranges merged in parallel (on the
   * caller's fork-join pool when it runs on one) and joined: the same values. On two threads the one merge of
   * the candidate pairs, of each kind and of all kinds, ran on one worker while the other had nothing to do.
   */
  static long[] atLeast(long[][] sorted, int minCount, int ranges) {
    checkMinCount(minCount);
    if (ranges <= 1 || sorted.length <= 1) {
      return atLeast(sorted, minCount);
    }
    long[] bounds = bounds(sorted, ranges);
    int[][] cuts = new int[bounds.length + 2][];
    cuts[0] = new int[sorted.length];
    cuts[bounds.length + 1] = new int[sorted.length];
    for (int part = 0; part < sorted.length; part++) {
      cuts[bounds.length + 1][part] = sorted[part].length;
    }
    for (int b = 0; b < bounds.length; b++) {
      cuts[b + 1] = new int[sorted.length];
      for (int part = 0; part < sorted.length; part++) {
        cuts[b + 1][part] = firstAtLeast(sorted[part], bounds[b]);
      }
    }
    long[][] merged = new long[bounds.length + 1][];
    IntStream.range(0, merged.length).parallel().forEach(range -> {
      long total = 0;
      for (int part = 0; part < sorted.length; part++) {
        total += cuts[range + 1][part] - cuts[range][part];
      }
      long[] out = new long[(int) Math.min(Integer.MAX_VALUE - 8, total / minCount)];
      int n = merge(sorted, cuts[range], cuts[range + 1], minCount, out);
      merged[range] = n == out.length ? out : Arrays.copyOf(out, n);
    });
    int[] offsets = new int[merged.length + 1];
    for (int range = 0; range < merged.length; range++) {
      offsets[range + 1] = Math.addExact(offsets[range], merged[range].length);
    }
    long[] joined = new long[offsets[merged.length]];
    IntStream.range(0, merged.length).parallel()
        .forEach(range -> System.arraycopy(merged[range], 0, joined, offsets[range], merged[range].length));
    return joined;
  }

  /**
   * Values that cut the longest array into {@code ranges} parts of about equal length, ascending, each
   * range's values at least its lower bound and below the next: the longest array stands for the others
   * (slices of one set of pairs, or kinds of which one holds most of the pairs).
   */
  private static long[] bounds(long[][] sorted, int ranges) {
    long[] longest = sorted[0];
    for (long[] part : sorted) {
      if (part.length > longest.length) {
        longest = part;
      }
    }
    long[] bounds = new long[ranges - 1];
    for (int b = 0; b < bounds.length; b++) {
      bounds[b] = longest.length == 0 ? Long.MAX_VALUE : longest[(int) ((long) longest.length * (b + 1) / ranges)];
    }
    return bounds;
  }

  /** The index of the first value of {@code values} at least {@code bound}, or its length. */
  static int firstAtLeast(long[] values, long bound) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] < bound) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static void checkMinCount(int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
  }

  /**
   * Writes to {@code out} the distinct values of {@code sorted[part][from[part]..to[part])}, all parts together,
   * that occur at least {@code minCount} times, ascending, and returns how many. {@code out} may be the one
   * array merged (compacted in place).
   */
  private static int merge(long[][] sorted, int[] from, int[] to, int minCount, long[] out) {
    int n = 0;
    int[] at = from.clone();
    // The arrays not yet used up, in a binary heap by the value each is at: a scan cuts its pairs into a few
    // slices per worker (so that a worker free early takes slices left), and looking through every array for
    // the smallest value cost each value as many steps as there are arrays.
    int[] heap = new int[sorted.length];
    int size = 0;
    for (int part = 0; part < sorted.length; part++) {
      if (at[part] < to[part]) {
        heap[size] = part;
        siftUp(heap, size++, sorted, at);
      }
    }
    while (size > 0) {
      long value = sorted[heap[0]][at[heap[0]]];
      int count = 0;
      while (size > 0 && sorted[heap[0]][at[heap[0]]] == value) {
        int part = heap[0];
        long[] values = sorted[part];
        int i = at[part];
        while (i < to[part] && values[i] == value) {
          i++;
        }
        count += i - at[part];
        at[part] = i;
        if (i == to[part]) {
          heap[0] = heap[--size];
        }
        siftDown(heap, size, sorted, at);
      }
      if (count >= minCount) {
        out[n++] = value;
      }
    }
    return n;
  }

  private static long head(int part, long[][] sorted, int[] at) {
    return sorted[part][at[part]];
  }

  private static void siftUp(int[] heap, int index, long[][] sorted, int[] at) {
    int part = heap[index];
    long value = head(part, sorted, at);
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (head(heap[parent], sorted, at) <= value) {
        break;
      }
      heap[index] = heap[parent];
      index = parent;
    }
    heap[index] = part;
  }

  /** Moves the heap's top down to its place, its array having moved on (or been replaced by the last one). */
  private static void siftDown(int[] heap, int size, long[][] sorted, int[] at) {
    if (size == 0) {
      return;
    }
    int part = heap[0];
    long value = head(part, sorted, at);
    int index = 0;
    while (true) {
      int child = 2 * index + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && head(heap[child + 1], sorted, at) < head(heap[child], sorted, at)) {
        child++;
      }
      if (head(heap[child], sorted, at) >= value) {
        break;
      }
      heap[index] = heap[child];
      index = child;
    }
    heap[index] = part;
  }
}
