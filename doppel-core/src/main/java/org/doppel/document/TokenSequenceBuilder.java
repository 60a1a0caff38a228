package org.doppel.document;

import java.util.Arrays;

/** Collects words into a {@link TokenSequence}; growable arrays, no boxing. Confined to one thread. */
final class TokenSequenceBuilder {
  private long[] hashes = new long[256];
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private boolean[] breakBefore = new boolean[256];
  private boolean[] lineStart = new boolean[256];
  private int size;
  private boolean pendingBreak;

  void add(long hash, int start, int end, boolean startsLine) {
    if (size == hashes.length) {
      int capacity = size * 2;
      hashes = Arrays.copyOf(hashes, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      breakBefore = Arrays.copyOf(breakBefore, capacity);
      lineStart = Arrays.copyOf(lineStart, capacity);
    }
    lineStart[size] = startsLine;
    hashes[size] = hash;
    starts[size] = start;
    ends[size] = end;
    breakBefore[size] = pendingBreak;
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
    return new TokenSequence(hashes, starts, ends, breakBefore, lineStart, size);
  }
}
