package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

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
}
