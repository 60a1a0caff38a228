package org.doppel.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An int key to doc-number multimap in primitive arrays: open addressing for keys, singly linked
 * postings in parallel arrays. About 8 bytes per posting plus 12 per distinct key, against ~60 for
 * a {@code HashMap<Integer, List<Integer>>}; this is what keeps the index under 1 KB per document.
 *
 * <p>Not thread-safe: adds must not run concurrently with anything else.
 */
final class IntPostings {
  private static final int EMPTY = -1;
  private int[] keys;
  private int[] heads;
  private int[] counts;
  private int keyCount;
  private int[] next = new int[1024];
  private int[] docs = new int[1024];
  private int postingCount;

  IntPostings(int expectedKeys) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
    keys = new int[capacity];
    heads = new int[capacity];
    counts = new int[capacity];
    Arrays.fill(heads, EMPTY);
  }

  void add(int key, int doc) {
    if ((keyCount + 1) * 4 > keys.length * 3) {
      rehash();
    }
    int slot = slotOf(key);
    if (heads[slot] == EMPTY) {
      keys[slot] = key;
      keyCount++;
    }
    if (postingCount == docs.length) {
      docs = Arrays.copyOf(docs, postingCount * 2);
      next = Arrays.copyOf(next, postingCount * 2);
    }
    docs[postingCount] = doc;
    next[postingCount] = heads[slot];
    heads[slot] = postingCount++;
    counts[slot]++;
  }

  /** Number of docs posted under {@code key}. */
  int count(int key) {
    int slot = slotOf(key);
    return heads[slot] == EMPTY ? 0 : counts[slot];
  }

  /** Feeds every doc posted under {@code key} to {@code sink}, newest first. */
  void forEach(int key, IntConsumer sink) {
    int slot = slotOf(key);
    for (int p = heads[slot]; p != EMPTY; p = next[p]) {
      sink.accept(docs[p]);
    }
  }

  long memoryBytes() {
    return 12L * keys.length + 8L * docs.length;
  }

  private int slotOf(int key) {
    int mask = keys.length - 1;
    int slot = (key * 0x9E3779B9) >>> 7 & mask;
    while (heads[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void rehash() {
    int[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldCounts = counts;
    keys = new int[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    Arrays.fill(heads, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != EMPTY) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
