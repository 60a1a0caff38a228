package org.doppel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordOverlapTest {
  @Test
  void identicalTextsScoreOne() {
    OverlapCounts c = WordOverlap.of("The river rose.", "The river rose.", 1);
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
  }

  @Test
  void extraWordsCostPrecisionAndMissingWordsRecall() {
    // expected: a b c d; predicted: a b c x y -> tp 3, fp 2, fn 1
    OverlapCounts c = WordOverlap.of("a b c d", "a b c x y", 1);
    assertThat(c.precision()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(c.recall()).isCloseTo(3.0 / 4, within(1e-9));
    assertThat(c.tp() + c.fp() + c.fn()).isCloseTo(1.0, within(1e-9)); // normalised per page
  }

  @Test
  void repeatedWordsCountWithTheirMultiplicity() {
    OverlapCounts c = WordOverlap.of("rain rain rain", "rain", 1);
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void shinglesPenaliseWordsInAnotherOrder() {
    assertThat(WordOverlap.of("one two three four five", "five four three two one", 1).f1()).isEqualTo(1.0);
    assertThat(WordOverlap.of("one two three four five", "five four three two one", 4).f1()).isZero();
  }

  @Test
  void tokensAreUnicodeWordRunsAndPunctuationIsIgnored() {
    assertThat(WordOverlap.tokens("Müller's café, 2019!")).containsExactly("Müller", "s", "café", "2019");
    assertThat(WordOverlap.of("Hello, world.", "hello world", 1).f1()).isCloseTo(0.5, within(1e-9)); // case is kept
  }

  @Test
  void nothingPredictedScoresZeroRecall() {
    assertThat(WordOverlap.of("some words", "", 1).recall()).isZero();
  }
}
