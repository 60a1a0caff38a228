package org.doppel.document;

import java.util.Arrays;

/** Collects words into a {@link TokenSequence}; growable arrays, no boxing. Confined to one thread. */
final class TokenSequenceBuilder {
  private long[] hashes = new long[256];
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private byte[] flags = new byte[256];
  private int size;
  private boolean pendingBreak;

  /**
   * @param wordFlags the word's {@link TokenSequence#HAS_DIGIT}, {@link TokenSequence#UPPER_CASE_FIRST},
   *     {@link TokenSequence#DIGIT_FIRST} and {@link TokenSequence#QUOTE_BEFORE} bits
   */
  void add(long hash, int start, int end, boolean startsLine, int wordFlags) {
    if (size == hashes.length) {
      int capacity = size * 2;
      hashes = Arrays.copyOf(hashes, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    flags[size] = (byte) (wordFlags | (startsLine ? TokenSequence.LINE_START : 0) | (pendingBreak ? TokenSequence.BREAK_BEFORE : 0));
    hashes[size] = hash;
    starts[size] = start;
    ends[size] = end;
    pendingBreak = false;
    size++;
  }

  /** Empties the builder for the next document, keeping its arrays. */
  void reset() {
    size = 0;
    pendingBreak = false;
  }

  /** Marks that the next word starts after a boundary. */
  void markBreak() {
    if (size > 0) {
      pendingBreak = true;
    }
  }

  TokenSequence build() {
    return new TokenSequence(hashes, starts, ends, flags, size);
  }
}
