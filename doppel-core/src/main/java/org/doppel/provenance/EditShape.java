package org.doppel.provenance;

import java.util.ArrayList;
import java.util.List;
import org.doppel.match.LongestIncreasing;

/**
 * The shape of the edit between two passages that share most of their words: the words a word-level diff (longest common
 * subsequence, anchored on words unique to both sides when the passages are long) leaves unmatched, and how many of them lie in runs of at least a few words that one side has and the other
 * has nothing in place of. A substitution swaps words in place (each run of unmatched words faces a run on the other
 * side); a cut drops whole clauses or sentences, and a writer who glues a cut adds a few words without replacing any.
 *
 * @param unmatched the words of both sides that the diff leaves unmatched
 * @param inOneSidedRuns those of them in runs of at least the minimum length that face no word on the other side
 */
record EditShape(int unmatched, int inOneSidedRuns) {
  /**
   * Beyond this many cells (words of one side times words of the other, after their common ends are trimmed) a range
   * that no anchor cuts ({@link #EXACT_CELLS}) is not diffed and its words count as unmatched in place: a near-duplicate's passages differ in a few
   * words, and 4 million byte cells bound the memory a pathological pair could ask for.
   */
  static final long MAX_CELLS = 4_000_000L;

  private static final byte MATCH = 0;
  private static final byte SKIP_A = 1;
  private static final byte SKIP_B = 2;

  static final EditShape NONE = new EditShape(0, 0);

  /**
   * Up to this many cells a range's diff is the exact longest common subsequence; beyond it the range is first cut at
   * anchors, words that occur once in each side, in the longest run of them that both sides keep in order (as a
   * patience diff does), and only the gaps between anchors are diffed. A near-duplicate's edits are few, so its gaps are
   * short: the exact diff of every whole passage took 11 % more CPU on a 20,000-document copy scan
   * (docs/quality.md, "Direction on cut-and-paste near-duplicates").
   */
  static final long EXACT_CELLS = 4_096L;

  /** The shape of the edit from word hashes {@code a} to {@code b}, with runs of at least {@code minRun} words. */
  static EditShape of(long[] a, long[] b, int minRun) {
    return ofRange(a, 0, a.length, b, 0, b.length, minRun);
  }

  private static EditShape ofRange(long[] a, int fromA, int toA, long[] b, int fromB, int toB, int minRun) {
    int startA = fromA;
    int startB = fromB;
    while (startA < toA && startB < toB && a[startA] == b[startB]) {
      startA++;
      startB++;
    }
    int endA = toA;
    int endB = toB;
    while (endA > startA && endB > startB && a[endA - 1] == b[endB - 1]) {
      endA--;
      endB--;
    }
    int n = endA - startA;
    int m = endB - startB;
    if (n == 0 || m == 0) {
      int run = n + m;
      return new EditShape(run, run >= minRun ? run : 0);
    }
    if ((long) n * m > EXACT_CELLS) {
      List<int[]> anchors = anchors(a, startA, endA, b, startB, endB);
      if (!anchors.isEmpty()) {
        // an anchor is a match, so no run crosses it: the gaps' shapes add up
        EditShape shape = NONE;
        int gapA = startA;
        int gapB = startB;
        for (int[] anchor : anchors) {
          shape = shape.plus(ofRange(a, gapA, anchor[0], b, gapB, anchor[1], minRun));
          gapA = anchor[0] + 1;
          gapB = anchor[1] + 1;
        }
        return shape.plus(ofRange(a, gapA, endA, b, gapB, endB, minRun));
      }
    }
    if ((long) n * m > MAX_CELLS) {
      return new EditShape(n + m, 0);
    }
    return exact(a, startA, n, b, startB, m, minRun);
  }

  /**
   * The positions (in a, in b) of the words that occur once in each range, the longest sequence of them increasing in
   * both: the matches a patience diff is sure of.
   */
  static List<int[]> anchors(long[] a, int startA, int endA, long[] b, int startB, int endB) {
    WordCounts counts = WordCounts.ofA(a, startA, endA);
    counts.countB(b, startB, endB);
    int[] uniqueA = new int[endA - startA];
    int[] uniqueB = new int[endA - startA];
    int count = counts.onceInEach(startA, endA, uniqueA, uniqueB);
    return inOrderInBoth(uniqueA, uniqueB, count);
  }

  /**
   * An open-addressing table of the words of a range of a, with their counts in a and b and their last position in b:
   * no boxed key a word, which cost more than the diff itself under C1.
   */
  private static final class WordCounts {
    private final long[] keys;
    private final int[] firstA; // 1 + a position of the word in a; 0: an empty slot
    private final int[] countA;
    private final int[] countB;
    private final int[] lastB;
    private final int[] slotOfA; // by position in the range of a
    private final int mask;

    private WordCounts(int wordsA) {
      int size = Integer.highestOneBit(Math.max(4, 2 * wordsA) - 1) << 1;
      mask = size - 1;
      keys = new long[size];
      firstA = new int[size];
      countA = new int[size];
      countB = new int[size];
      lastB = new int[size];
      slotOfA = new int[wordsA];
    }

    /** The table of the words of a from {@code startA} to {@code endA}, counted; none of b yet. */
    static WordCounts ofA(long[] a, int startA, int endA) {
      WordCounts counts = new WordCounts(endA - startA);
      for (int i = startA; i < endA; i++) {
        long word = a[i];
        int slot = slot(word) & counts.mask;
        while (counts.firstA[slot] != 0 && counts.keys[slot] != word) {
          slot = (slot + 1) & counts.mask;
        }
        if (counts.firstA[slot] == 0) {
          counts.keys[slot] = word;
          counts.firstA[slot] = i + 1;
        }
        counts.countA[slot]++;
        counts.slotOfA[i - startA] = slot;
      }
      return counts;
    }

    /** Counts the words of b from {@code startB} to {@code endB} that a has, and notes the last position of each. */
    void countB(long[] b, int startB, int endB) {
      for (int j = startB; j < endB; j++) {
        long word = b[j];
        for (int slot = slot(word) & mask; firstA[slot] != 0; slot = (slot + 1) & mask) {
          if (keys[slot] == word) {
            countB[slot]++;
            lastB[slot] = j;
            break;
          }
        }
      }
    }

    /**
     * Writes the positions in a and in b of the words found once in each range into {@code uniqueA} and {@code
     * uniqueB}, in a's order; returns how many.
     */
    int onceInEach(int startA, int endA, int[] uniqueA, int[] uniqueB) {
      int count = 0;
      for (int i = startA; i < endA; i++) {
        int slot = slotOfA[i - startA];
        if (countA[slot] == 1 && countB[slot] == 1) {
          uniqueA[count] = i;
          uniqueB[count++] = lastB[slot];
        }
      }
      return count;
    }
  }

  /** The longest run of the first {@code count} pairs in order in both: a and b positions increasing together. */
  private static List<int[]> inOrderInBoth(int[] uniqueA, int[] uniqueB, int count) {
    boolean[] inOrder = LongestIncreasing.marked(uniqueB, count);
    List<int[]> chain = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      if (inOrder[p]) {
        chain.add(new int[] {uniqueA[p], uniqueB[p]});
      }
    }
    return List.copyOf(chain);
  }

  private static int slot(long word) {
    return (int) (word ^ (word >>> 32));
  }

  /** The exact shape of the edit from the n words of a at startA to the m of b at startB, by their LCS. */
  private static EditShape exact(long[] a, int startA, int n, long[] b, int startB, int m, int minRun) {
    byte[] steps = longestCommonSubsequence(a, startA, n, b, startB, m);
    int unmatched = 0;
    int inRuns = 0;
    int runA = 0;
    int runB = 0;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      byte step = i == n ? SKIP_B : j == m ? SKIP_A : steps[i * m + j];
      if (step == MATCH) {
        unmatched += runA + runB;
        inRuns += oneSidedRun(runA, runB, minRun);
        runA = 0;
        runB = 0;
        i++;
        j++;
      } else if (step == SKIP_A) {
        runA++;
        i++;
      } else {
        runB++;
        j++;
      }
    }
    return new EditShape(unmatched + runA + runB, inRuns + oneSidedRun(runA, runB, minRun));
  }

  /** This shape and {@code other}'s together: the passages of one pair. */
  EditShape plus(EditShape other) {
    return new EditShape(unmatched + other.unmatched, inOneSidedRuns + other.inOneSidedRuns);
  }

  /** The share of the unmatched words that lie in one-sided runs; 0 when every word is matched. */
  double cutShare() {
    return unmatched == 0 ? 0 : (double) inOneSidedRuns / unmatched;
  }

  private static int oneSidedRun(int runA, int runB, int minRun) {
    return Math.min(runA, runB) == 0 && Math.max(runA, runB) >= minRun ? runA + runB : 0;
  }

  /**
   * The step from each cell (i, j) along one longest common subsequence of {@code a[offsetA, offsetA + n)} and
   * {@code b[offsetB, offsetB + m)}: lengths kept in two rows, steps in one byte a cell.
   */
  private static byte[] longestCommonSubsequence(long[] a, int offsetA, int n, long[] b, int offsetB, int m) {
    byte[] steps = new byte[n * m];
    int[] next = new int[m + 1];
    int[] current = new int[m + 1];
    for (int i = n - 1; i >= 0; i--) {
      current[m] = 0;
      for (int j = m - 1; j >= 0; j--) {
        if (a[offsetA + i] == b[offsetB + j]) {
          current[j] = next[j + 1] + 1;
          steps[i * m + j] = MATCH;
        } else if (next[j] >= current[j + 1]) {
          current[j] = next[j];
          steps[i * m + j] = SKIP_A;
        } else {
          current[j] = current[j + 1];
          steps[i * m + j] = SKIP_B;
        }
      }
      int[] swap = next;
      next = current;
      current = swap;
    }
    return steps;
  }
}
