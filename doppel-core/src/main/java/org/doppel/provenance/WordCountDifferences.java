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
    // a word that both bags hold, taken from each, leaves every difference as it was; a near-duplicate's passages are
    // mostly the same words in the same order, so the two are walked side by side and only the words where they part are
    // counted: a word swapped in place, one added or dropped (the walk steps over it on its side and goes on in step),
    // or else both. Whatever the walk skips is a word taken from both bags, so the differences are those of all words.
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      long a = first[i];
      long b = second[j];
      if (a == b) {
        i++;
        j++;
      } else if (i + 1 < first.length && j + 1 < second.length && first[i + 1] == second[j + 1]) {
        table.add(a, 1); // swapped in place
        table.add(b, -1);
        i++;
        j++;
      } else if (j + 1 < second.length && second[j + 1] == a) {
        table.add(b, -1); // added on the second side
        j++;
      } else if (i + 1 < first.length && first[i + 1] == b) {
        table.add(a, 1); // dropped from the second side
        i++;
      } else {
        table.add(a, 1);
        table.add(b, -1);
        i++;
        j++;
      }
    }
    for (; i < first.length; i++) {
      table.add(first[i], 1);
    }
    for (; j < second.length; j++) {
      table.add(second[j], -1);
    }
    long[] differing = table.keysWithNonZeroCounts();
    Arrays.sort(differing);
    int[] differences = new int[differing.length];
    for (int k = 0; k < differing.length; k++) {
      differences[k] = table.count(differing[k]);
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
