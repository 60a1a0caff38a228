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
  /**
   * Postings added since the last merge, in blocks of {@value #BLOCK} (512 KB): a doubling array left
   * the postings' size again in garbage copies, and as much again in unused capacity.
   */
  private static final int BLOCK = 1 << 16;
  private volatile long[] sorted = new long[0];
  private final java.util.ArrayList<long[]> pending = new java.util.ArrayList<>();
  private long[] block = new long[256];
  private int inBlock;
  private volatile int pendingCount;

  void add(int key, int doc) {
    if (inBlock == block.length) {
      if (block.length < BLOCK) { // small indexes (a query, a test) grow their first block
        block = Arrays.copyOf(block, block.length * 4);
      } else {
        pending.add(block);
        block = new long[BLOCK];
        inBlock = 0;
      }
    }
    block[inBlock++] = ((long) key << 32) | (doc & 0xFFFFFFFFL);
    pendingCount++;
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
    return 8L * (sorted.length + (long) pending.size() * BLOCK + block.length);
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
    long[] tail = new long[pendingCount];
    int at = 0;
    for (long[] full : pending) {
      System.arraycopy(full, 0, tail, at, full.length);
      at += full.length;
    }
    System.arraycopy(block, 0, tail, at, inBlock);
    pending.clear();
    block = new long[256];
    inBlock = 0;
    Arrays.parallelSort(tail);
    if (sorted.length == 0) { // the first merge, as in a scan: the tail is the postings, no second copy
      sorted = tail;
      pendingCount = 0; // after the new postings are visible: a lookup that sees no pending adds reads them
      return;
    }
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
    pendingCount = 0;
  }
}
