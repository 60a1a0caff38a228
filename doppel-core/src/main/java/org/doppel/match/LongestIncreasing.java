package org.doppel.match;

/**
 * One longest strictly increasing subsequence of a list of numbers, by patience sorting (n log n): the largest set of
 * matches that keep their order in both texts when the list is, in the order of one text, the positions in the other.
 * {@code WordAlignment} (match.sentence) reads a sentence pair's words kept in order by it, and {@code EditShape}
 * (provenance) the anchors of its patience diff. Of several longest, the one whose each element
 * ends the earliest pile it may: the same on every run.
 */
public final class LongestIncreasing {
  private LongestIncreasing() {}

  /** Which of the first {@code length} of {@code values} are in the subsequence, by index. */
  public static boolean[] marked(int[] values, int length) {
    int[] tails = new int[length];
    int[] previous = new int[length];
    int piles = 0;
    for (int k = 0; k < length; k++) {
      int low = 0;
      int high = piles;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (values[tails[middle]] < values[k]) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      previous[k] = low > 0 ? tails[low - 1] : -1;
      tails[low] = k;
      if (low == piles) {
        piles++;
      }
    }
    boolean[] kept = new boolean[length];
    for (int k = piles > 0 ? tails[piles - 1] : -1; k >= 0; k = previous[k]) {
      kept[k] = true;
    }
    return kept;
  }
}
