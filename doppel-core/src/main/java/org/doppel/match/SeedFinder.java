package org.doppel.match;

import java.util.Arrays;
import org.doppel.document.TokenSequence;

/**
 * Finds seeds, the places where a run of k identical words occurs in both documents, by hashing
 * every k-gram of the first document into a table and looking up every k-gram of the second.
 * O(n + m) per pair. A k-gram that occurs more than {@code maxRepeats} times in the first document
 * (a refrain, a list marker) is skipped rather than paired with every copy.
 */
final class SeedFinder {
  private final int k;
  private final int maxRepeats;

  SeedFinder(int k, int maxRepeats) {
    if (k < 1) {
      throw new IllegalArgumentException("seed size must be >= 1, got " + k);
    }
    this.k = k;
    this.maxRepeats = maxRepeats;
  }

  int seedSize() {
    return k;
  }

  Seeds find(TokenSequence a, TokenSequence b) {
    return find(a, SeedGrams.of(a, k), SeedGrams.of(b, k));
  }

  /** As {@link #find(TokenSequence, TokenSequence)}, with the two documents' k-grams computed already. */
  Seeds find(TokenSequence a, SeedGrams ofA, SeedGrams ofB) {
    if (ofA.k != k || ofB.k != k) {
      throw new IllegalArgumentException("seed grams of " + ofA.k + " and " + ofB.k + " words, seeds of " + k);
    }
    int capacity = Integer.highestOneBit(Math.max(16, ofA.starts.length * 2 - 1)) << 1;
    Tables tables = Tables.of(capacity, ofA.starts.length, a.size(), ofB.starts.length);
    tables.addFirst(ofA, capacity - 1);
    tables.lookUpSecond(ofB, capacity - 1);
    Seeds seeds = tables.seeds(ofB.starts, maxRepeats, k);
    tables.clear(ofA.starts.length);
    return seeds;
  }

  /**
   * One thread's tables for {@link #find}, kept from pair to pair and emptied slot by slot after each: made afresh
   * they were a quarter of the bytes a copies-only scan allocates, and zeroing all of them cost more than emptying
   * the slots a pair's first document filled. {@code heads} is -1 and {@code counts}, {@code countsInB} 0 in every
   * slot between uses; {@code keys}, {@code next}, {@code slotsA} and {@code slotsB} are read only where written.
   */
  private static final class Tables {
    /** Tables above this many slots are not kept (one huge document must not pin memory). */
    private static final int MAX_KEPT = 1 << 17;
    private static final ThreadLocal<Tables> KEPT = ThreadLocal.withInitial(() -> new Tables(1 << 10, 1 << 9));

    final long[] keys;
    final int[] heads;
    final int[] counts;
    final int[] countsInB;
    int[] slotsA;
    int[] next;
    int[] slotsB;

    private Tables(int capacity, int words) {
      keys = new long[capacity];
      heads = new int[capacity];
      counts = new int[capacity];
      countsInB = new int[capacity];
      Arrays.fill(heads, -1);
      slotsA = new int[words];
      next = new int[words];
      slotsB = new int[words];
    }

    /** Tables of at least {@code capacity} slots, empty, and arrays for the grams and words of one pair. */
    static Tables of(int capacity, int gramsA, int wordsA, int gramsB) {
      Tables tables = capacity > MAX_KEPT ? new Tables(capacity, 0) : KEPT.get();
      if (tables.keys.length < capacity) {
        tables = new Tables(Math.max(capacity, Math.min(MAX_KEPT, tables.keys.length * 2)), tables.next.length);
        KEPT.set(tables);
      }
      tables.slotsA = atLeast(tables.slotsA, gramsA);
      tables.next = atLeast(tables.next, wordsA);
      tables.slotsB = atLeast(tables.slotsB, gramsB);
      return tables;
    }

    private static int[] atLeast(int[] array, int length) {
      return array.length >= length ? array : new int[Math.max(length, array.length * 2)];
    }

    /*
     * The loops below read the tables into locals and probe inline, as the one method they came from did: the CLI
     * runs on C1 alone, which does not hoist a field load out of a loop, nor inline a probing method of this size.
     */

    /**
     * Chains the first document's k-grams by hash (linear probing on the hash's upper bits): each slot holds a hash,
     * its first start in {@code heads} (later ones through {@code next}, so a slot's starts come out in document
     * order) and how often it occurs.
     */
    void addFirst(SeedGrams ofA, int mask) {
      int[] startsA = ofA.starts;
      long[] gramsA = ofA.hashes;
      long[] keys = this.keys;
      int[] heads = this.heads;
      int[] counts = this.counts;
      int[] next = this.next;
      int[] slotsA = this.slotsA;
      for (int p = startsA.length - 1; p >= 0; p--) {
        int i = startsA[p];
        long h = gramsA[p];
        int slot = (int) (h >>> 40) & mask;
        while (heads[slot] != -1 && keys[slot] != h) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = h;
        next[i] = heads[slot];
        heads[slot] = i;
        counts[slot]++;
        slotsA[p] = slot;
      }
    }

    /** Finds the slot of each of the second document's k-grams and counts how often each shared one occurs there. */
    void lookUpSecond(SeedGrams ofB, int mask) {
      int[] startsB = ofB.starts;
      long[] gramsB = ofB.hashes;
      long[] keys = this.keys;
      int[] heads = this.heads;
      int[] countsInB = this.countsInB;
      int[] slotsB = this.slotsB;
      for (int q = 0; q < startsB.length; q++) {
        long h = gramsB[q];
        int slot = (int) (h >>> 40) & mask;
        while (heads[slot] != -1 && keys[slot] != h) {
          slot = (slot + 1) & mask;
        }
        slotsB[q] = slot;
        if (heads[slot] != -1) {
          countsInB[slot]++;
        }
      }
    }

    /**
     * Every start in the first document paired with every start in the second of each k-gram both hold, unless it
     * occurs more than {@code maxRepeats} times in either.
     */
    Seeds seeds(int[] startsB, int maxRepeats, int k) {
      int[] heads = this.heads;
      int[] counts = this.counts;
      int[] countsInB = this.countsInB;
      int[] next = this.next;
      int[] slotsB = this.slotsB;
      // the seeds counted first, so that their arrays are made once at their size rather than grown
      int total = 0;
      for (int q = 0; q < startsB.length; q++) {
        int slot = slotsB[q];
        if (heads[slot] != -1 && counts[slot] <= maxRepeats && countsInB[slot] <= maxRepeats) {
          total += counts[slot];
        }
      }
      int[] seedA = new int[total];
      int[] seedB = new int[total];
      boolean[] distinctive = new boolean[total];
      int count = 0;
      for (int q = 0; q < startsB.length; q++) {
        int slot = slotsB[q];
        if (heads[slot] == -1 || counts[slot] > maxRepeats || countsInB[slot] > maxRepeats) {
          continue;
        }
        boolean unique = counts[slot] == 1 || countsInB[slot] == 1;
        for (int i = heads[slot]; i != -1; i = next[i]) {
          seedA[count] = i;
          seedB[count] = startsB[q];
          distinctive[count] = unique;
          count++;
        }
      }
      return new Seeds(seedA, seedB, distinctive, count, k);
    }

    /** Empties the slots the first document's {@code grams} k-grams filled. */
    void clear(int grams) {
      for (int p = 0; p < grams; p++) {
        int slot = slotsA[p];
        heads[slot] = -1;
        counts[slot] = 0;
        countsInB[slot] = 0;
      }
    }
  }
}
