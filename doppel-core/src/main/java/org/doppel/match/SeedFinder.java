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
    int[] startsA = ofA.starts;
    int capacity = Integer.highestOneBit(Math.max(16, startsA.length * 2 - 1)) << 1;
    int mask = capacity - 1;
    long[] keys = new long[capacity];
    int[] heads = new int[capacity];
    int[] counts = new int[capacity];
    Arrays.fill(heads, -1);
    int[] next = new int[a.size()];
    long[] gramsA = ofA.hashes;
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
    }
    int[] startsB = ofB.starts;
    long[] gramsB = ofB.hashes;
    int[] slotsB = new int[startsB.length];
    int[] countsInB = new int[capacity];
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
    int[] seedA = new int[64];
    int[] seedB = new int[64];
    boolean[] distinctive = new boolean[64];
    int count = 0;
    for (int q = 0; q < startsB.length; q++) {
      int slot = slotsB[q];
      if (heads[slot] == -1 || counts[slot] > maxRepeats || countsInB[slot] > maxRepeats) {
        continue;
      }
      boolean unique = counts[slot] == 1 || countsInB[slot] == 1;
      for (int i = heads[slot]; i != -1; i = next[i]) {
        if (count == seedA.length) {
          seedA = Arrays.copyOf(seedA, count * 2);
          seedB = Arrays.copyOf(seedB, count * 2);
          distinctive = Arrays.copyOf(distinctive, count * 2);
        }
        seedA[count] = i;
        seedB[count] = startsB[q];
        distinctive[count] = unique;
        count++;
      }
    }
    return new Seeds(seedA, seedB, distinctive, count, k);
  }
}
