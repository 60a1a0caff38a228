package org.doppel.index;

import java.util.Arrays;
import java.util.List;

/**
 * Pairs of document numbers, each pair once with the lower number first, sorted by first and then
 * second number. Packed as {@code first << 32 | second} in one array: 8 bytes a pair.
 */
public final class CandidatePairs {
  private final long[] packed;
  /** The pairs (packed, sorted) that only the short texts' vector floor proposed ({@link #judgedWhole}). */
  private final long[] judgedWhole;

  CandidatePairs(long[] packed) {
    this(packed, new long[0]);
  }

  private CandidatePairs(long[] packed, long[] judgedWhole) {
    this.packed = packed;
    this.judgedWhole = judgedWhole;
  }

  /** These pairs, of which {@code judgedWhole} (packed, sorted, each one of them) are {@link #judgedWhole}. */
  CandidatePairs withJudgedWhole(long[] judgedWhole) {
    return new CandidatePairs(packed, judgedWhole);
  }

  /**
   * Whether pair {@code index} was proposed only because two short texts' vocabulary vectors are close by the short
   * texts' floor ({@link CloseVectors#closeOnlyAsShortTexts}), by no other key nor floor: such a pair is reported only
   * when the whole-text judge reads the two texts as saying the same, since its cosine does not tell a simplification
   * from another text on the subject.
   */
  public boolean judgedWhole(int index) {
    return judgedWhole.length > 0 && Arrays.binarySearch(judgedWhole, packed[index]) >= 0;
  }

  /** Those of {@code pairs} (sorted) that none of {@code parts} (each sorted) holds. */
  static long[] inNone(long[] pairs, List<long[]> parts) {
    return Arrays.stream(pairs).filter(pair -> parts.stream().noneMatch(part -> Arrays.binarySearch(part, pair) >= 0)).toArray();
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
