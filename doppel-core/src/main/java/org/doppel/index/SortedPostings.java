package org.doppel.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An int key to doc-number multimap stored as one sorted array of {@code key << 32 | doc} longs:
 * exactly 8 bytes per posting and no per-key overhead, against ~60 for a
 * {@code HashMap<Integer, List<Integer>>} and ~30 for open addressing with a key table (each anchor
 * is nearly unique, so a key table is as large as the postings). This is what keeps the index
 * under 1 KB per document. Adds go to an unsorted tail that is sorted and merged in before the next
 * lookup, so a scan that adds everything and then queries sorts once.
 *
 * <p>Not thread-safe.
 */
final class SortedPostings {
  private long[] sorted = new long[0];
  private long[] pending = new long[1024];
  private int pendingCount;

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

  /** Feeds every doc posted under {@code key} to {@code sink}, in doc order. */
  void forEach(int key, IntConsumer sink) {
    merge();
    for (int p = lowerBound(key); p < sorted.length && (int) (sorted[p] >> 32) == key; p++) {
      sink.accept((int) sorted[p]);
    }
  }

  long memoryBytes() {
    return 8L * (sorted.length + pending.length);
  }

  private int lowerBound(int key) {
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

  private void merge() {
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
    pending = new long[1024];
    pendingCount = 0;
  }
}
