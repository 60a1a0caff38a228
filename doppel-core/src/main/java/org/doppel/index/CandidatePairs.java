package org.doppel.index;

/**
 * Pairs of document numbers, each pair once with the lower number first, sorted by first and then
 * second number. Packed as {@code first << 32 | second} in one array: 8 bytes a pair.
 */
public final class CandidatePairs {
  private final long[] packed;

  CandidatePairs(long[] packed) {
    this.packed = packed;
  }

  public int size() {
    return packed.length;
  }

  public int first(int index) {
    return (int) (packed[index] >>> 32);
  }

  public int second(int index) {
    return (int) packed[index];
  }

  static long pack(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  /**
   * Sorted distinct union of sorted packed arrays, merged in one pass ({@link SortedLongs}), or in {@code ranges}
   * ranges of pairs in parallel.
   */
  static CandidatePairs union(int ranges, long[]... parts) {
    return new CandidatePairs(SortedLongs.atLeast(parts, 1, ranges));
  }
}
