package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.doppel.eval.Fixtures.passage;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTallyTest {
  private static PassageScores score(List<AlignedPassage> cases, List<AlignedPassage> detections) {
    PassageTally tally = new PassageTally();
    tally.addPair(cases, detections);
    return tally.scores();
  }

  @Test
  void exactDetectionScoresOneEverywhere() {
    PassageScores scores = score(List.of(passage(0, 10, 20, 30)), List.of(passage(0, 10, 20, 30)));
    assertThat(scores.precision()).isEqualTo(1.0);
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.granularity()).isEqualTo(1.0);
    assertThat(scores.plagdet()).isEqualTo(1.0);
  }

  @Test
  void halfCoveringDetectionHasRecallHalf() {
    // case 10 + 10 chars, detection covers 5 + 5 of them and nothing else
    PassageScores scores = score(List.of(passage(0, 10, 0, 10)), List.of(passage(0, 5, 5, 10)));
    assertThat(scores.recall()).isEqualTo(0.5);
    assertThat(scores.precision()).isEqualTo(1.0);
    assertThat(scores.granularity()).isEqualTo(1.0);
    assertThat(scores.plagdet()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  @Test
  void shiftedDetectionHalvesPrecisionAndRecall() {
    // s = a[0,10) b[0,10); r = a[5,15) b[5,15); s ⊓ r = a[5,10) b[5,10) = 10 of 20 chars each
    PassageScores scores = score(List.of(passage(0, 10, 0, 10)), List.of(passage(5, 15, 5, 15)));
    assertThat(scores.precision()).isEqualTo(0.5);
    assertThat(scores.recall()).isEqualTo(0.5);
  }

  @Test
  void twoDetectionsOfOneCaseGiveGranularityTwo() {
    PassageScores scores = score(List.of(passage(0, 10, 0, 10)), List.of(passage(0, 5, 0, 5), passage(5, 10, 5, 10)));
    assertThat(scores.granularity()).isEqualTo(2.0);
    assertThat(scores.precision()).isEqualTo(1.0);
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.plagdet()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
    assertThat(scores.detectedCases()).isEqualTo(1);
  }

  @Test
  void overlappingDetectionsAreCountedOnceInRecall() {
    PassageScores scores = score(List.of(passage(0, 10, 0, 10)), List.of(passage(0, 8, 0, 8), passage(4, 10, 4, 10)));
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.granularity()).isEqualTo(2.0);
  }

  @Test
  void overlapInOneDocumentOnlyIsNoDetection() {
    PassageScores scores = score(List.of(passage(0, 10, 0, 10)), List.of(passage(0, 10, 50, 60)));
    assertThat(scores.precision()).isZero();
    assertThat(scores.recall()).isZero();
    assertThat(scores.detectedCases()).isZero();
    assertThat(scores.granularity()).isEqualTo(1.0);
    assertThat(scores.plagdet()).isZero();
  }

  @Test
  void oneDetectionOverTwoCasesIsPreciseWhereItCoversThem() {
    // r = a[0,30) b[0,30) covers s1 = a[0,10) b[0,10) and s2 = a[20,30) b[20,30): 40 of its 60 chars
    PassageScores scores = score(List.of(passage(0, 10, 0, 10), passage(20, 30, 20, 30)), List.of(passage(0, 30, 0, 30)));
    assertThat(scores.precision()).isCloseTo(40.0 / 60, within(1e-12));
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.granularity()).isEqualTo(1.0);
  }

  @Test
  void meansRunOverCasesAndDetectionsOfAllPairs() {
    PassageTally tally = new PassageTally();
    tally.addPair(List.of(passage(0, 10, 0, 10)), List.of(passage(0, 10, 0, 10)));
    tally.addPair(List.of(passage(0, 10, 0, 10)), List.of());
    tally.addPair(List.of(), List.of(passage(0, 4, 0, 4)));
    PassageScores scores = tally.scores();
    assertThat(scores.pairs()).isEqualTo(3);
    assertThat(scores.cases()).isEqualTo(2);
    assertThat(scores.detections()).isEqualTo(2);
    assertThat(scores.recall()).isEqualTo(0.5);
    assertThat(scores.precision()).isEqualTo(0.5);
  }

  @Test
  void nothingToJudgeIsNaN() {
    PassageScores scores = new PassageTally().scores();
    assertThat(scores.precision()).isNaN();
    assertThat(scores.recall()).isNaN();
    assertThat(scores.plagdet()).isNaN();
  }

  @Test
  void casesWithoutDetectionsScoreZero() {
    PassageScores scores = score(List.of(passage(0, 10, 0, 10)), List.of());
    assertThat(scores.precision()).isZero();
    assertThat(scores.recall()).isZero();
    assertThat(scores.plagdet()).isZero();
  }
}
