package org.doppel.document;

import java.util.Arrays;

/** Collects words into a {@link TokenSequence}; growable arrays, no boxing. Confined to one thread. */
final class TokenSequenceBuilder {
  // read and written in place by WordTokenizer's loop for plain ASCII words, which a call per word cost a tenth of
  long[] hashes = new long[256];
  int[] starts = new int[256];
  int[] ends = new int[256];
  byte[] flags = new byte[256];
  int size;
  boolean pendingBreak;

  /**
   * @param wordFlags the word's {@link TokenSequence#HAS_DIGIT}, {@link TokenSequence#UPPER_CASE_FIRST},
   *     {@link TokenSequence#DIGIT_FIRST} and {@link TokenSequence#QUOTE_BEFORE} bits
   */
  void add(long hash, int start, int end, boolean startsLine, int wordFlags) {
    if (size == hashes.length) {
      grow();
    }
    flags[size] = storedFlags(wordFlags, startsLine, pendingBreak);
    hashes[size] = hash;
    starts[size] = start;
    ends[size] = end;
    pendingBreak = false;
    size++;
  }

  /**
   * The flags a word is stored with: its own, and whether it starts a line and follows a break. Written once for
   * {@link #add} and WordTokenizer's ASCII loop, which writes the arrays itself; small enough for C1 to inline there.
   */
  static byte storedFlags(int wordFlags, boolean startsLine, boolean afterBreak) {
    return (byte) (wordFlags | (startsLine ? TokenSequence.LINE_START : 0) | (afterBreak ? TokenSequence.BREAK_BEFORE : 0));
  }

  /** Doubles the arrays' room. */
  void grow() {
    int capacity = hashes.length * 2;
    hashes = Arrays.copyOf(hashes, capacity);
    starts = Arrays.copyOf(starts, capacity);
    ends = Arrays.copyOf(ends, capacity);
    flags = Arrays.copyOf(flags, capacity);
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
