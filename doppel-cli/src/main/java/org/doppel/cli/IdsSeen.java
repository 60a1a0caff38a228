package org.doppel.cli;

import org.doppel.document.Hashing;

/**
 * The ids an {@code index add} run has read, kept as 64-bit hashes so that a repeated one can be named without holding
 * every id: an open-addressing table of longs, at most three quarters full, so 11 to 21 bytes a document (16.8 MB at a
 * million: 2²¹ slots), where the ids themselves would be a map of strings. Two different ids share a hash with a
 * chance of about n²/2⁶⁵ (one in 370,000 at ten million documents); such a pair would be named a repeat it is not, one
 * warning line too many, the document added all the same.
 */
final class IdsSeen {
  private static final long EMPTY = 0;

  private long[] table = new long[1024];
  private int size;

  /** Whether {@code id} is new to this run; remembers it. */
  boolean add(String id) {
    long hash = Hashing.ofChars(id);
    if (hash == EMPTY) {
      hash = 1; // the empty slot's mark; one more id sharing a hash, as rare as any other pair
    }
    if (!insert(table, hash)) {
      return false;
    }
    if (++size * 4L > table.length * 3L) {
      grow();
    }
    return true;
  }

  int size() {
    return size;
  }

  /** Puts {@code hash} in {@code into}; false where it is there already. */
  private static boolean insert(long[] into, long hash) {
    int mask = into.length - 1;
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      if (into[slot] == EMPTY) {
        into[slot] = hash;
        return true;
      }
      if (into[slot] == hash) {
        return false;
      }
    }
  }

  private void grow() {
    long[] larger = new long[table.length * 2];
    for (long hash : table) {
      if (hash != EMPTY) {
        insert(larger, hash);
      }
    }
    table = larger;
  }
}
