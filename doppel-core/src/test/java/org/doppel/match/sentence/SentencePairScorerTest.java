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

  @Test
  void twoTextsReadOnceScoreAsThePairDoes() {
    SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.shared());
    // written for the test
    String first = "The council will close the old bridge in May. Repairs are expected to last six weeks.";
    String second = "For six weeks from May the old bridge will be shut while the council repairs it.";
    double read = scorer.probability(scorer.read(first), scorer.read(second));
    assertThat(read).isCloseTo(scorer.score(first, second), org.assertj.core.data.Offset.offset(1e-4));
    assertThat(read).isGreaterThan(scorer.probability(scorer.read(first), scorer.read("Tickets for the summer concert sold out in an hour.")));
  }

  @Test
  void oneTextTwiceIsTheSameMeaningWithTheHighestConfidence() {
    SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.shared());
    // written for the test
    String sentence = "The ferry to the island will run twice a day from the first of June.";
    assertThat(scorer.score(sentence, sentence)).isEqualTo(1.0);
    assertThat(scorer.score(sentence, "  The ferry to the island\nwill run twice a day from the first of June. ")).isEqualTo(1.0);
    assertThat(scorer.probability(scorer.read(sentence), scorer.read(sentence))).isEqualTo(1.0);
    // one word changed is the model's to judge, below 1
    assertThat(scorer.score(sentence, sentence.replace("twice", "three times"))).isLessThan(1.0);
  }

  @Test
  void composedAndDecomposedAccentsScoreAlike() {
    SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.shared());
    // written for the test: the same German sentence, its umlauts composed (NFC) and decomposed (NFD)
    String composed = "Die Fähre zur Insel fährt ab Juni zweimal täglich, sagte die Bürgermeisterin.";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    String other = "Ab Juni fährt die Fähre zweimal am Tag zur Insel, so die Bürgermeisterin.";
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(scorer.score(composed, decomposed)).isEqualTo(1.0);
    assertThat(scorer.score(decomposed, other)).isEqualTo(scorer.score(composed, other));
  }
}
