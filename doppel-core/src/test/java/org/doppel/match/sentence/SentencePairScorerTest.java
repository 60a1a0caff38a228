package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundled model with the real sentence encoder, on one small batch. */
class SentencePairScorerTest {
  @Test
  void aSwappedEntityPairScoresLowerThanAClauseMovedPair() {
    SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.shared());
    double[] scores = scorer.scoreAll(List.of(
        new SentencePair("The Varnek River is a tributary of the River Osmile in Slovenia.",
            "The Osmile River is a tributary of the River Varnek in Slovenia."),
        new SentencePair("In 1990 he moved to Paris with his family.", "He moved to Paris with his family in 1990."),
        new SentencePair("The stock market closed higher on Friday.", "My grandmother bakes bread every Sunday morning.")));
    assertThat(scores[1]).isGreaterThan(scores[0]);
    assertThat(scorer.isParaphrase(scores[1])).isTrue();
    assertThat(scorer.isParaphrase(scores[0])).isFalse();
    assertThat(scorer.isParaphrase(scores[2])).isFalse();
    for (double s : scores) {
      assertThat(s).isBetween(0.0, 1.0);
    }
  }
}
