package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferingWordRarityTest {
  /** Word hash 1 in 3 documents, 2 in 7, 3 in 20, any other in none. */
  private static final Map<Long, Integer> DOCUMENTS = Map.of(1L, 3, 2L, 7, 3L, 20);
  private static final WordFrequencies FREQUENCIES = new WordFrequencies() {
    @Override
    public int count(long hash) {
      return DOCUMENTS.getOrDefault(hash, 0);
    }

    @Override
    public int documents() {
      return 100;
    }
  };

  @Test
  void eachSideCountsTheWordsItHasMoreOftenWithTheirMeanRarity() {
    // side a has word 3 twice more than b and word 1 once; b has word 2 once more; word 9, on both sides, differs in nothing
    DifferingWordRarity rarity = DifferingWordRarity.of(
        WordCountDifferences.of(new long[] {9, 3, 3, 1}, new long[] {9, 2}), FREQUENCIES);
    assertThat(rarity.wordsA()).isEqualTo(3);
    assertThat(rarity.meanA()).isCloseTo((2 * Math.log(20) + Math.log(3)) / 3, within(1e-12));
    assertThat(rarity.wordsB()).isEqualTo(1);
    assertThat(rarity.meanB()).isCloseTo(Math.log(7), within(1e-12));
    assertThat(rarity.bothSides()).isTrue();
    assertThat(rarity.difference()).isCloseTo(rarity.meanA() - rarity.meanB(), within(1e-12));
  }

  @Test
  void aWordNeverSeenCountsAsInOneDocument() {
    DifferingWordRarity rarity = DifferingWordRarity.of(WordCountDifferences.of(new long[] {42}, new long[] {1}), FREQUENCIES);
    assertThat(rarity.meanA()).isZero();
    assertThat(rarity.meanB()).isCloseTo(Math.log(3), within(1e-12));
  }

  @Test
  void aSideThatOnlyDropsWordsHasNothingToCompare() {
    DifferingWordRarity rarity = DifferingWordRarity.of(WordCountDifferences.of(new long[] {1, 2}, new long[] {1}), FREQUENCIES);
    assertThat(rarity.wordsB()).isZero();
    assertThat(rarity.bothSides()).isFalse();
  }

  @Test
  void aSideOfOneWordGivesNoSpreadToJudgeBy() {
    DifferingWordRarity rarity = DifferingWordRarity.of(WordCountDifferences.of(new long[] {3, 3}, new long[] {1}), FREQUENCIES);
    assertThat(rarity.clearAgainstSpread(0.1)).isFalse();
  }

  @Test
  void withoutSpreadAnyDifferenceIsClear() {
    DifferingWordRarity rarity = DifferingWordRarity.of(WordCountDifferences.of(new long[] {3, 3}, new long[] {1, 1}), FREQUENCIES);
    assertThat(rarity.clearAgainstSpread(100)).isTrue();
  }

  @Test
  void welchsTWeighsTheDifferenceAgainstTheSpreadOfEachSide() {
    // a: rarities ln 20, ln 20, ln 7; b: ln 3, ln 1 (a word never seen)
    DifferingWordRarity rarity = DifferingWordRarity.of(
        WordCountDifferences.of(new long[] {3, 3, 2}, new long[] {1, 5}), FREQUENCIES);
    double[] a = {Math.log(20), Math.log(20), Math.log(7)};
    double[] b = {Math.log(3), 0};
    double t = Math.abs(mean(a) - mean(b)) / Math.sqrt(variance(a) / a.length + variance(b) / b.length);
    assertThat(rarity.welchT()).isCloseTo(t, within(1e-9));
    assertThat(rarity.clearAgainstSpread(t * 0.99)).isTrue();
    assertThat(rarity.clearAgainstSpread(t * 1.01)).isFalse();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The sample variance (n - 1 in the denominator), as Welch's t takes it. */
  private static double variance(double[] values) {
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return squares / (values.length - 1);
  }
}
