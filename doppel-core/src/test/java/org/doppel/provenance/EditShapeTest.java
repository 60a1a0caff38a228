package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EditShapeTest {
  @Test
  void wordsSwappedInPlaceLieInNoOneSidedRun() {
    // 1 2 3 4 5 6 against 1 9 3 8 7 6: three single words swapped
    EditShape shape = EditShape.of(new long[] {1, 2, 3, 4, 5, 6}, new long[] {1, 9, 3, 8, 7, 6}, 3);
    assertThat(shape.unmatched()).isEqualTo(6);
    assertThat(shape.inOneSidedRuns()).isZero();
    assertThat(shape.cutShare()).isZero();
  }

  @Test
  void aDroppedClauseAndAGluedWordCountByTheirRuns() {
    // the copy drops 3 4 5 (a run of three facing nothing) and adds 9 at the end (a run of one)
    EditShape shape = EditShape.of(new long[] {1, 2, 3, 4, 5, 6, 7}, new long[] {1, 2, 6, 7, 9}, 3);
    assertThat(shape.unmatched()).isEqualTo(4);
    assertThat(shape.inOneSidedRuns()).isEqualTo(3);
    assertThat(shape.cutShare()).isEqualTo(0.75);
  }

  @Test
  void aRunFacingWordsOnTheOtherSideIsASubstitutionNotACut() {
    // 3 4 5 replaced by 8 9: both sides have words between the matches 2 and 6
    EditShape shape = EditShape.of(new long[] {1, 2, 3, 4, 5, 6}, new long[] {1, 2, 8, 9, 6}, 3);
    assertThat(shape.unmatched()).isEqualTo(5);
    assertThat(shape.inOneSidedRuns()).isZero();
  }

  @Test
  void passagesAddUpAndIdenticalOnesChangeNothing() {
    EditShape same = EditShape.of(new long[] {1, 2, 3}, new long[] {1, 2, 3}, 3);
    assertThat(same).isEqualTo(EditShape.NONE);
    assertThat(same.cutShare()).isZero();
    EditShape cut = EditShape.of(new long[] {1, 2, 3, 4}, new long[] {1}, 3);
    assertThat(cut.plus(same)).isEqualTo(new EditShape(3, 3));
  }

  @Test
  void aLongPassageIsCutAtWordsUniqueToBothSidesAndGivesTheExactDiffsShape() {
    // 400 distinct words; the copy swaps every 25th word, and drops a run of 12 words and another of 5 words
    long[] original = new long[400];
    for (int i = 0; i < original.length; i++) {
      original[i] = i + 1;
    }
    long[] copy = LongStream.range(0, 400)
        .filter(i -> !(i >= 100 && i < 112) && !(i >= 300 && i < 305))
        .map(i -> i % 25 == 7 ? 10_000 + i : i + 1).toArray();
    EditShape shape = EditShape.of(original, copy, 3);
    // 15 swapped words on each side (the 16th fell in the dropped run), 17 dropped in two runs facing nothing
    assertThat(shape.unmatched()).isEqualTo(2 * 15 + 17);
    assertThat(shape.inOneSidedRuns()).isEqualTo(17);
    assertThat((long) original.length * copy.length).isGreaterThan(EditShape.EXACT_CELLS);
  }

  @Test
  void anchorsAreTheBoxedMapsOnRandomWordsWithRepeatsZeroAndSharedSlots() {
    // words from a small alphabet (so that many repeat), with 0 and values whose slot hashes collide (k and k << 32)
    Random random = new Random(21);
    for (int round = 0; round < 2_000; round++) {
      int alphabet = 1 + random.nextInt(round % 3 == 0 ? 8 : 200);
      long[] a = randomWords(random, 1 + random.nextInt(150), alphabet);
      long[] b = randomWords(random, 1 + random.nextInt(150), alphabet);
      int startA = random.nextInt(a.length);
      int endA = startA + 1 + random.nextInt(a.length - startA);
      int startB = random.nextInt(b.length);
      int endB = startB + random.nextInt(b.length - startB + 1);
      List<int[]> expected = boxedAnchors(a, startA, endA, b, startB, endB);
      List<int[]> actual = EditShape.anchors(a, startA, endA, b, startB, endB);
      assertThat(actual).hasSameSizeAs(expected);
      for (int k = 0; k < expected.size(); k++) {
        assertThat(actual.get(k)).containsExactly(expected.get(k));
      }
    }
  }

  private static long[] randomWords(Random random, int length, int alphabet) {
    long[] words = new long[length];
    for (int i = 0; i < length; i++) {
      long word = random.nextInt(alphabet);
      words[i] = random.nextBoolean() ? word : word << 32;
    }
    return words;
  }

  /** The anchors as a map of boxed words to their counts and positions finds them: what {@link EditShape#anchors} must give. */
  private static List<int[]> boxedAnchors(long[] a, int startA, int endA, long[] b, int startB, int endB) {
    Map<Long, int[]> counts = new HashMap<>();
    for (int i = startA; i < endA; i++) {
      int[] seen = counts.computeIfAbsent(a[i], word -> new int[4]);
      seen[0]++;
      seen[2] = i;
    }
    for (int j = startB; j < endB; j++) {
      int[] seen = counts.get(b[j]);
      if (seen != null) {
        seen[1]++;
        seen[3] = j;
      }
    }
    List<int[]> unique = new ArrayList<>();
    for (int i = startA; i < endA; i++) {
      int[] seen = counts.get(a[i]);
      if (seen[0] == 1 && seen[1] == 1) {
        unique.add(new int[] {i, seen[3]});
      }
    }
    // the longest chain increasing in b, the last found of each length kept, as patience sorting keeps it
    int[] tails = new int[unique.size()];
    int[] previous = new int[unique.size()];
    int length = 0;
    for (int p = 0; p < unique.size(); p++) {
      int low = 0;
      while (low < length && unique.get(tails[low])[1] < unique.get(p)[1]) {
        low++;
      }
      previous[p] = low > 0 ? tails[low - 1] : -1;
      tails[low] = p;
      length = Math.max(length, low + 1);
    }
    List<int[]> chain = new ArrayList<>();
    for (int p = length == 0 ? -1 : tails[length - 1]; p >= 0; p = previous[p]) {
      chain.add(0, unique.get(p));
    }
    return chain;
  }
}
