package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Sentence;
import org.doppel.match.FactOverlap;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceMatch;
import org.junit.jupiter.api.Test;

class ModelGateTest {
  private static final RelationClassifier CLASSIFIER = RelationClassifier.defaults();
  private static final ModelGate GATE = new ModelGate(CLASSIFIER);
  private static final Verdict UNRELATED = new Verdict(Relation.UNRELATED, 0, "");
  private static final FactOverlap NO_FACTS = FactOverlap.NONE;

  /** {@code pairs} sentence pairs of 10 words each, the i-th of b given by {@code order[i]}, in texts of {@code words} words. */
  private static SentenceAlignment aligned(int words, double lexical, int... order) {
    List<SentenceMatch> pairs = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      pairs.add(new SentenceMatch(new Sentence(10 * i, 10 * i + 10), new Sentence(10 * order[i], 10 * order[i] + 10), lexical, Double.NaN));
    }
    return new SentenceAlignment(pairs, words, words, 10 * order.length, 10 * order.length, 0);
  }

  @Test
  void aPairWordsAlreadyCallARewriteOrThatIsReportedAsACopyIsNotShownToTheModel() {
    SentenceAlignment open = aligned(100, 0.5, 0, 1, 2, 3);
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, open, NO_FACTS, false)).isTrue();
    Verdict paraphrase = new Verdict(Relation.PARAPHRASE, 0.6, "");
    assertThat(GATE.couldChangeReport(paraphrase, UNRELATED, open, NO_FACTS, false)).isFalse();
    assertThat(GATE.couldChangeReport(paraphrase, UNRELATED, open, NO_FACTS, true)).isFalse();
    Verdict partial = new Verdict(Relation.PARTIAL, 0.3, "");
    assertThat(GATE.couldChangeReport(UNRELATED, partial, open, NO_FACTS, false)).isFalse();
    assertThat(GATE.couldChangeReport(UNRELATED, new Verdict(Relation.NEAR_DUPLICATE, 0.8, ""), open, NO_FACTS, true)).isFalse();
  }

  @Test
  void longTextsFarFromARewriteOnWordsAreNotShownToTheModelAndShortTextsAlwaysAre() {
    // four sentences of ten words cover 40% of each side, at a word overlap of 0.4: a rewrite score of 0.2 on words
    SentenceAlignment near = aligned(100, 0.4, 0, 1, 2, 3);
    assertThat(CLASSIFIER.rewriteScore(near, NO_FACTS)).isGreaterThan(ModelGate.MODEL_LIFTS_FROM);
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, near, NO_FACTS, false)).isTrue();
    // the same sentences in texts of 200 words cover 20%: far from a rewrite's score
    SentenceAlignment far = aligned(200, 0.4, 0, 1, 2, 3);
    assertThat(CLASSIFIER.rewriteScore(far, NO_FACTS)).isLessThan(ModelGate.MODEL_LIFTS_FROM);
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, far, NO_FACTS, false)).isFalse();
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, far, NO_FACTS, true)).isTrue();
  }

  @Test
  void manySentencesMatchedOutOfOrderAreNotShownToTheModel() {
    SentenceAlignment inOrder = aligned(200, 0.4, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    SentenceAlignment shuffled = aligned(200, 0.4, 3, 1, 5, 2, 9, 0, 7, 4, 8, 6);
    assertThat(shuffled.orderAgreement()).isLessThan(ModelGate.IN_ORDER);
    assertThat(CLASSIFIER.rewriteScore(shuffled, NO_FACTS)).isGreaterThan(ModelGate.MODEL_LIFTS_FROM);
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, inOrder, NO_FACTS, false)).isTrue();
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, shuffled, NO_FACTS, false)).isFalse();
    // few pairs out of order say little: a short rewrite may move a sentence or two
    SentenceAlignment fewShuffled = aligned(100, 0.4, 2, 0, 3, 1);
    assertThat(fewShuffled.orderAgreement()).isLessThan(ModelGate.IN_ORDER);
    assertThat(GATE.couldChangeReport(UNRELATED, UNRELATED, fewShuffled, NO_FACTS, false)).isTrue();
  }
}
