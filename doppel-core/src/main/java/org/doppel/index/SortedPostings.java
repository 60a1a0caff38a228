package org.doppel.index;

import java.util.Arrays;

/**
 * An int key to doc-number multimap stored as one sorted array of {@code key << 32 | doc} longs:
 * exactly 8 bytes per posting and no per-key overhead, against ~60 for a
 * {@code HashMap<Integer, List<Integer>>} and ~30 for open addressing with a key table (each anchor
 * is nearly unique, so a key table is as large as the postings). This is what keeps the index
 * under 1 KB per document. Adds go to an unsorted tail that is sorted and merged in before the next
 * lookup, so a scan that adds everything and then queries sorts once.
 *
 * <p>Adds are not thread-safe; once added, lookups may run from several threads.
 */
final class SortedPostings {
  private volatile long[] sorted = new long[0];
  private long[] pending = new long[1024];
  private volatile int pendingCount;

  void add(int key, int doc) {
    if (pendingCount == pending.length) {
      pending = Arrays.copyOf(pending, pendingCount * 2);
    }
    pending[pendingCount++] = ((long) key << 32) | (doc & 0xFFFFFFFFL);
  }

  /** Number of docs posted under {@code key}, counted up to {@code limit + 1}. */
  int count(int key, int limit) {
    merge();
    int n = 0;
    for (int p = lowerBound(key); p < sorted.length && (int) (sorted[p] >> 32) == key && n <= limit; p++) {
      n++;
    }
    return n;
  }

  /** The docs posted under {@code key}, in doc order. */
  int[] docs(int key) {
    merge();
    long[] view = sorted;
    int from = lowerBound(view, key);
    int to = from;
    while (to < view.length && (int) (view[to] >> 32) == key) {
      to++;
    }
    int[] out = new int[to - from];
    for (int p = from; p < to; p++) {
      out[p - from] = (int) view[p];
    }
    return out;
  }

  /** Receives the docs posted under one key: {@code docs[from..to)}, ascending. */
  interface RunSink {
    void accept(long[] postings, int from, int to);
  }

  /** Feeds every key's postings to {@code sink}, skipping keys posted under more than {@code maxRun} docs. */
  void forEachRun(int maxRun, RunSink sink) {
    merge();
    int start = 0;
    while (start < sorted.length) {
      int key = (int) (sorted[start] >> 32);
      int end = start + 1;
      while (end < sorted.length && (int) (sorted[end] >> 32) == key) {
        end++;
      }
      if (end - start <= maxRun && end - start > 1) {
        sink.accept(sorted, start, end);
      }
      start = end;
    }
  }

  /** Doc number stored in a posting. */
  static int docOf(long posting) {
    return (int) posting;
  }

  long memoryBytes() {
    return 8L * (sorted.length + pending.length);
  }

  private int lowerBound(int key) {
    return lowerBound(sorted, key);
  }

  private static int lowerBound(long[] sorted, int key) {
    long target = (long) key << 32;
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  void merge() {
    if (pendingCount == 0) {
      return;
    }
    mergePending();
  }

  private synchronized void mergePending() {
    if (pendingCount == 0) {
      return;
    }
    long[] tail = Arrays.copyOf(pending, pendingCount);
    Arrays.parallelSort(tail);
    long[] merged = new long[sorted.length + tail.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < sorted.length && j < tail.length) {
      merged[k++] = sorted[i] <= tail[j] ? sorted[i++] : tail[j++];
    }
    while (i < sorted.length) {
      merged[k++] = sorted[i++];
    }
    while (j < tail.length) {
      merged[k++] = tail[j++];
    }
    sorted = merged;
    pending = new long[16];
    pendingCount = 0;
  }
}
