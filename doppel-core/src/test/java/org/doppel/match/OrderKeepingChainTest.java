package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.Sentence;
import org.junit.jupiter.api.Test;

class OrderKeepingChainTest {
  /** A pair of a shorter text's sentence (side a) and a longer text's, each of 10 words, by their sentence numbers. */
  private static SentenceMatch pair(int shorter, int longer) {
    return new SentenceMatch(new Sentence(10 * shorter, 10 * shorter + 10), new Sentence(10 * longer, 10 * longer + 10), 0.3, Double.NaN);
  }

  @Test
  void aRewriteThatKeepsTheOrderChainsEveryPair() {
    List<SentenceMatch> inOrder = List.of(pair(0, 0), pair(1, 2), pair(2, 2), pair(3, 5));
    assertThat(OrderKeepingChain.shorterWords(inOrder, true)).isEqualTo(40);
  }

  @Test
  void pairsFoundAllOverTheLongerTextChainOnlyInPart() {
    // what two texts on one subject pair: each sentence somewhere else in the other
    List<SentenceMatch> scattered = List.of(pair(0, 7), pair(1, 2), pair(2, 9), pair(3, 0), pair(4, 4), pair(5, 1));
    assertThat(OrderKeepingChain.shorterWords(scattered, true)).isEqualTo(20); // two pairs at most follow each other: 1→2 then 4→4, or 3→0 then 5→1
  }

  @Test
  void theShorterTextMayBeEitherSide() {
    List<SentenceMatch> swapped = List.of(new SentenceMatch(new Sentence(0, 30), new Sentence(0, 10), 0.3, Double.NaN),
        new SentenceMatch(new Sentence(30, 60), new Sentence(10, 20), 0.3, Double.NaN),
        new SentenceMatch(new Sentence(60, 90), new Sentence(20, 25), 0.3, Double.NaN));
    assertThat(OrderKeepingChain.shorterWords(swapped, false)).isEqualTo(25); // the shorter side's words, not the longer's 90
    assertThat(OrderKeepingChain.shorterWords(List.of(), true)).isZero();
  }
}
