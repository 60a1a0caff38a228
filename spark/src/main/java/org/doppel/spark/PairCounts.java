package org.doppel.spark;

import java.util.Arrays;

/**
 * Document pairs with how many keys of each kind they share: an open-addressing table of primitives, so
 * millions of pairs cost three longs each and no objects. The counts of one pair are four 16-bit lanes of
 * one long, one lane per {@link org.doppel.index.CandidateKeys.Kind}, added lane by lane and held at the
 * lane's maximum (a count is only ever compared with a kind's small minimum share).
 */
final class PairCounts {
  static final int LANES = 4;
  private static final long LANE = 0xFFFF;
  private static final long EMPTY = -1; // document numbers are never negative
  private long[] firsts;
  private long[] seconds;
  private long[] counts;
  private int size;

  PairCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    firsts = new long[capacity];
    Arrays.fill(firsts, EMPTY);
    seconds = new long[capacity];
    counts = new long[capacity];
    size = 0;
  }

  /** One shared key of lane {@code kind}'s kind, as counts. */
  static long one(int kind) {
    return 1L << (16 * kind);
  }

  /** The lane of {@code kind} in {@code counts}. */
  static int count(long counts, int kind) {
    return (int) (counts >>> (16 * kind) & LANE);
  }

  /** Adds {@code more} to the counts of the pair ({@code first}, {@code second}). */
  void add(long first, long second, long more) {
    if (size * 2 >= firsts.length) {
      rehash();
    }
    int mask = firsts.length - 1;
    int at = slot(first, second) & mask;
    while (firsts[at] != EMPTY) {
      if (firsts[at] == first && seconds[at] == second) {
        counts[at] = sum(counts[at], more);
        return;
      }
      at = (at + 1) & mask;
    }
    firsts[at] = first;
    seconds[at] = second;
    counts[at] = more;
    size++;
  }

  /**
   * Adds {@code one} to every pair {@code first < second} of the first {@code size} documents of {@code group}
   * (sorted here): the documents that posted one key, repeats included, so a document that posts it twice shares
   * it twice with each other document.
   */
  void addEveryPair(long[] group, int size, long one) {
    Arrays.sort(group, 0, size);
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        if (group[i] < group[j]) {
          add(group[i], group[j], one);
        }
      }
    }
  }

  int size() {
    return size;
  }

  /** Receives a pair and its counts. */
  interface Sink {
    void accept(long first, long second, long counts);
  }

  void forEach(Sink sink) {
    for (int i = 0; i < firsts.length; i++) {
      if (firsts[i] != EMPTY) {
        sink.accept(firsts[i], seconds[i], counts[i]);
      }
    }
  }

  /** Where a pair's rows go: its slot in a table, its partition in a shuffle. */
  static int slot(long first, long second) {
    long h = (first * 0x9E3779B97F4A7C15L) ^ (second * 0xC2B2AE3D27D4EB4FL);
    return (int) (h ^ (h >>> 29) ^ (h >>> 43));
  }

  private static long sum(long x, long y) {
    long out = 0;
    for (int lane = 0; lane < LANES; lane++) {
      int shift = 16 * lane;
      out |= Math.min(LANE, (x >>> shift & LANE) + (y >>> shift & LANE)) << shift;
    }
    return out;
  }

  private void rehash() {
    long[] f = firsts;
    long[] s = seconds;
    long[] c = counts;
    allocate(f.length * 2);
    for (int i = 0; i < f.length; i++) {
      if (f[i] != EMPTY) {
        add(f[i], s[i], c[i]);
      }
    }
  }
}
