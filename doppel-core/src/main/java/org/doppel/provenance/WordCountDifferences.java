package org.doppel.provenance;

import java.util.Arrays;

/**
 * The words two bags of word hashes hold a different number of times, in ascending hash order, each with its
 * count in the first bag minus its count in the second. Counted in one open-addressing table of unboxed hashes,
 * and only the differing words sorted: a near-duplicate's passages differ in a handful of their hundreds of words,
 * and sorting both bags whole was most of {@link RewriteSignal}'s time.
 */
final class WordCountDifferences {
  private final long[] words;
  private final int[] differences;

  private WordCountDifferences(long[] words, int[] differences) {
    this.words = words;
    this.differences = differences;
  }

  /** One table per thread, kept from pair to pair: made afresh, its arrays were a twelfth of the bytes a copy scan allocated. */
  private static final ThreadLocal<Table> TABLES = ThreadLocal.withInitial(() -> new Table(1 << 10));

  static WordCountDifferences of(long[] first, long[] second) {
    int capacity = Integer.highestOneBit(Math.max(8, first.length + second.length)) * 4; // at most half full
    Table table = TABLES.get();
    table.empty(capacity);
    // a word at the same place in both bags is one less on each side, which leaves every difference as it was: a
    // near-duplicate's passages swap words in place, so most of their words are never counted
    int aligned = Math.min(first.length, second.length);
    for (int i = 0; i < aligned; i++) {
      if (first[i] != second[i]) {
        table.add(first[i], 1);
        table.add(second[i], -1);
      }
    }
    for (int i = aligned; i < first.length; i++) {
      table.add(first[i], 1);
    }
    for (int i = aligned; i < second.length; i++) {
      table.add(second[i], -1);
    }
    long[] differing = table.keysWithNonZeroCounts();
    Arrays.sort(differing);
    int[] differences = new int[differing.length];
    for (int i = 0; i < differing.length; i++) {
      differences[i] = table.count(differing[i]);
    }
    return new WordCountDifferences(differing, differences);
  }

  int size() {
    return words.length;
  }

  /** The {@code index}-th differing word, in ascending (signed) hash order. */
  long word(int index) {
    return words[index];
  }

  /** How many more times the first bag holds {@link #word(int)} than the second (negative: fewer). */
  int difference(int index) {
    return differences[index];
  }

  /**
   * Word hash to count, linear probing over a power-of-two table, reused: {@link #empty} clears only the slots the
   * last pair filled, which it lists, and the keys are read from that list rather than from the whole table.
   */
  private static final class Table {
    private long[] keys;
    private int[] counts;
    private boolean[] used;
    /** The slots filled since {@link #empty}, in the order filled. */
    private int[] filled;
    private int filledCount;
    private int mask;

    Table(int capacity) {
      allocate(capacity);
    }

    private void allocate(int capacity) {
      keys = new long[capacity];
      counts = new int[capacity];
      used = new boolean[capacity];
      filled = new int[capacity / 2 + 1];
      filledCount = 0;
    }

    /**
     * Empties the table for {@code capacity} slots: the same probe sequences a table made at that size has, so the
     * keys land where they did in a fresh one.
     */
    void empty(int capacity) {
      for (int i = 0; i < filledCount; i++) {
        int slot = filled[i];
        used[slot] = false;
        counts[slot] = 0;
        keys[slot] = 0;
      }
      filledCount = 0;
      if (capacity > keys.length) {
        allocate(capacity);
      }
      mask = capacity - 1;
    }

    void add(long key, int delta) {
      int slot = slotOf(key);
      if (!used[slot]) {
        used[slot] = true;
        keys[slot] = key;
        filled[filledCount++] = slot;
      }
      counts[slot] += delta;
    }

    int count(long key) {
      return counts[slotOf(key)];
    }

    /** The slot holding {@code key}, or the empty one where it goes. */
    private int slotOf(long key) {
      // word hashes are mixed 64-bit values already: their folded halves spread well
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (used[slot] && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    long[] keysWithNonZeroCounts() {
      int n = 0;
      for (int i = 0; i < filledCount; i++) {
        if (counts[filled[i]] != 0) {
          n++;
        }
      }
      long[] out = new long[n];
      n = 0;
      for (int i = 0; i < filledCount; i++) {
        if (counts[filled[i]] != 0) {
          out[n++] = keys[filled[i]];
        }
      }
      return out;
    }
  }
}
