package org.doppel.provenance;

/**
 * The shape of the edit between two passages that share most of their words: the words a word-level diff (longest common
 * subsequence) leaves unmatched, and how many of them lie in runs of at least a few words that one side has and the other
 * has nothing in place of. A substitution swaps words in place (each run of unmatched words faces a run on the other
 * side); a cut drops whole clauses or sentences, and a writer who glues a cut adds a few words without replacing any.
 *
 * @param unmatched the words of both sides that the diff leaves unmatched
 * @param inOneSidedRuns those of them in runs of at least the minimum length that face no word on the other side
 */
record EditShape(int unmatched, int inOneSidedRuns) {
  /**
   * Beyond this many cells (words of one side times words of the other, after their common ends are trimmed) a passage
   * pair's diff is not computed and its words count as unmatched in place: a near-duplicate's passages differ in a few
   * words, and 4 million byte cells bound the memory a pathological pair could ask for.
   */
  static final long MAX_CELLS = 4_000_000L;

  private static final byte MATCH = 0;
  private static final byte SKIP_A = 1;
  private static final byte SKIP_B = 2;

  static final EditShape NONE = new EditShape(0, 0);

  /** The shape of the edit from word hashes {@code a} to {@code b}, with runs of at least {@code minRun} words. */
  static EditShape of(long[] a, long[] b, int minRun) {
    int start = 0;
    while (start < a.length && start < b.length && a[start] == b[start]) {
      start++;
    }
    int endA = a.length;
    int endB = b.length;
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
      endA--;
      endB--;
    }
    int n = endA - start;
    int m = endB - start;
    if (n == 0 || m == 0) {
      int run = n + m;
      return new EditShape(run, run >= minRun ? run : 0);
    }
    if ((long) n * m > MAX_CELLS) {
      return new EditShape(n + m, 0);
    }
    byte[] steps = longestCommonSubsequence(a, start, n, b, start, m);
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
