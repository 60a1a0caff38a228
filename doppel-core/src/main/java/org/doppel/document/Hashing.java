package org.doppel.document;

import java.util.Arrays;

/**
 * 64-bit hashing shared by every stage that turns words into numbers. Words are hashed with
 * FNV-1a and finished with MurmurHash3's fmix64 so that the low and high bits are both well mixed:
 * MinHash bins use the high bits and anchor sampling uses the low ones.
 */
public final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long RUN_MULTIPLIER = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  /** MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit over the output. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** The distinct values of {@code values}, ascending: a set of hashes in the form merges and term lists take. */
  public static long[] distinctSorted(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** Hash of a word's normalised characters. */
  public static long ofChars(CharSequence chars) {
    long h = FNV_OFFSET;
    for (int i = 0; i < chars.length(); i++) {
      h = (h ^ chars.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  static long startWord() {
    return FNV_OFFSET;
  }

  static long addChar(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /**
   * Order-sensitive hash of {@code length} consecutive word hashes starting at {@code from}:
   * "a b c" and "c b a" hash differently.
   */
  public static long ofRun(TokenSequence tokens, int from, int length) {
    long h = 0;
    for (int i = from; i < from + length; i++) {
      h = h * RUN_MULTIPLIER + tokens.hash(i);
    }
    return mix(h);
  }

  /**
   * {@link #ofRun ofRun(tokens, starts[i], length)} for each of {@code starts} (ascending), rolled from
   * one start to the next when they are adjacent: the run hash is a polynomial in the multiplier, so
   * dropping the first word and adding the next gives the same value as hashing the run afresh, at
   * two multiplications a run instead of {@code length}.
   */
  public static long[] ofRuns(TokenSequence tokens, int[] starts, int length) {
    long[] out = new long[starts.length];
    long highest = 1; // RUN_MULTIPLIER^(length - 1), the weight of a run's first word
    for (int j = 1; j < length; j++) {
      highest *= RUN_MULTIPLIER;
    }
    long h = 0;
    int previous = Integer.MIN_VALUE;
    for (int i = 0; i < starts.length; i++) {
      int from = starts[i];
      if (from == previous + 1) {
        h = (h - tokens.hash(previous) * highest) * RUN_MULTIPLIER + tokens.hash(from + length - 1);
      } else {
        h = 0;
        for (int w = from; w < from + length; w++) {
          h = h * RUN_MULTIPLIER + tokens.hash(w);
        }
      }
      out[i] = mix(h);
      previous = from;
    }
    return out;
  }
}
