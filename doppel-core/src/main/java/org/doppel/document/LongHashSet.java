package org.doppel.document;

/**
 * Distinct 64-bit hashes in an open-addressing table at most half full, asked by probing: built in one pass, where
 * sorting and binary search cost a hot path (a verified document's shingles, every capitalised word asked against
 * the stop words). The hashes must be mixed, as {@link Hashing}'s are, because their low bits pick the slot; 0 marks
 * an empty slot and is kept apart. Immutable once built.
 */
public final class LongHashSet {
  private static final long EMPTY = 0L;
  private final long[] table;
  /**
   * The values other than 0, in the order first given, in {@code values[0, size - (hasZero ? 1 : 0))}: what {@link
   * #common} walks, instead of the table, whose empty slots (half of it or more) made a branch the processor mostly
   * guessed wrong.
   */
  private final long[] values;
  private final boolean hasZero;
  private final int size;

  private LongHashSet(long[] table, long[] values, boolean hasZero, int size) {
    this.table = table;
    this.values = values;
    this.hasZero = hasZero;
    this.size = size;
  }

  /** The distinct values of {@code hashes} (any order, repeats allowed). */
  public static LongHashSet of(long[] hashes) {
    long[] table = new long[Integer.highestOneBit(Math.max(4, hashes.length) * 2 - 1) << 1];
    long[] values = new long[hashes.length];
    int mask = table.length - 1;
    boolean hasZero = false;
    int n = 0;
    for (long hash : hashes) {
      if (hash == EMPTY) {
        hasZero = true;
        continue;
      }
      for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
        long held = table[slot];
        if (held == hash) {
          break;
        }
        if (held == EMPTY) {
          table[slot] = hash;
          values[n++] = hash;
          break;
        }
      }
    }
    return new LongHashSet(table, values, hasZero, hasZero ? n + 1 : n);
  }

  /** Distinct values. */
  public int size() {
    return size;
  }

  public boolean contains(long hash) {
    if (hash == EMPTY) {
      return hasZero;
    }
    int mask = table.length - 1;
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      if (table[slot] == hash) {
        return true;
      }
      if (table[slot] == EMPTY) {
        return false;
      }
    }
  }

  /** How many values the two sets share. */
  public int common(LongHashSet other) {
    if (other.size < size) {
      return other.common(this);
    }
    int common = hasZero && other.hasZero ? 1 : 0;
    // other's probe written out here rather than called per value: the C1 compiler ./doppel runs does not inline
    // contains, and the call was as costly as the probe (a verified pair's shingle sets, 500 values each)
    long[] probed = other.table;
    int mask = probed.length - 1;
    long[] mine = values;
    for (int i = 0, n = hasZero ? size - 1 : size; i < n; i++) {
      long hash = mine[i];
      for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
        long held = probed[slot];
        if (held == hash) {
          common++;
          break;
        }
        if (held == EMPTY) {
          break;
        }
      }
    }
    return common;
  }
}
