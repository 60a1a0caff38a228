package org.doppel.match;

/**
 * A document's distinct shingle hashes in an open-addressing table, for {@link ShingleOverlap#of(ShingleSet,
 * ShingleSet)}: built in one pass and intersected by probing, where sorting each verified document's 500
 * shingles to merge them was a tenth of verification's time on the C1 compiler ./doppel runs. Shingle hashes
 * are already mixed ({@code Hashing.ofRuns}), so their low bits pick the slot. Immutable once built.
 */
public final class ShingleSet {
  private static final long EMPTY = 0L;
  private final long[] table;
  private final boolean hasZero;
  private final int size;

  private ShingleSet(long[] table, boolean hasZero, int size) {
    this.table = table;
    this.hasZero = hasZero;
    this.size = size;
  }

  /** The distinct values of {@code hashes} (any order, repeats allowed). */
  public static ShingleSet of(long[] hashes) {
    long[] table = new long[Integer.highestOneBit(Math.max(4, hashes.length) * 2 - 1) << 1]; // at most half full
    int mask = table.length - 1;
    boolean hasZero = false;
    int size = 0;
    for (long hash : hashes) {
      if (hash == EMPTY) {
        if (!hasZero) {
          hasZero = true;
          size++;
        }
        continue;
      }
      for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
        if (table[slot] == hash) {
          break;
        }
        if (table[slot] == EMPTY) {
          table[slot] = hash;
          size++;
          break;
        }
      }
    }
    return new ShingleSet(table, hasZero, size);
  }

  /** Distinct shingles. */
  public int size() {
    return size;
  }

  boolean contains(long hash) {
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

  /** How many shingles the two sets share. */
  int common(ShingleSet other) {
    if (other.size < size) {
      return other.common(this);
    }
    int common = hasZero && other.hasZero ? 1 : 0;
    for (long hash : table) {
      if (hash != EMPTY && other.contains(hash)) {
        common++;
      }
    }
    return common;
  }
}
