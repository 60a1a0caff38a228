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
    // The arrays not yet used up, in a binary heap by the value each is at: a scan cuts its pairs into a few
    // slices per worker (so that a worker free early takes slices left), and looking through every array for
    // the smallest value cost each value as many steps as there are arrays.
    int[] heap = new int[sorted.length];
    int size = 0;
    for (int part = 0; part < sorted.length; part++) {
      if (sorted[part].length > 0) {
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
        while (i < values.length && values[i] == value) {
          i++;
        }
        count += i - at[part];
        at[part] = i;
        if (i == values.length) {
          heap[0] = heap[--size];
        }
        siftDown(heap, size, sorted, at);
      }
      if (count >= minCount) {
        out[n++] = value;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
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
