package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.doppel.document.Span;
import org.doppel.match.Alignment;
import org.doppel.match.Passage;
import org.doppel.match.ShingleOverlap;
import org.junit.jupiter.api.Test;

class RelationClassifierTest {
  private final RelationClassifier classifier = RelationClassifier.defaults();
  private static final ShingleOverlap SOME_OVERLAP = new ShingleOverlap(0.5, 0.6, 0.6);

  private static Alignment alignment(int wordsA, int wordsB, int coveredA, int coveredB, int matchedA, int matchedB) {
    Passage passage = new Passage(new Span(0, 10), new Span(0, 10), coveredA, coveredB, matchedA, matchedB);
    return new Alignment(List.of(passage), wordsA, wordsB, coveredA, coveredB, matchedA, matchedB);
  }

  private Verdict classify(boolean sameContent, Alignment alignment) {
    return classifier.classify(new PairEvidence(sameContent, SOME_OVERLAP, alignment));
  }

  @Test
  void identicalContentIsExactWithScoreOne() {
    Verdict verdict = classify(true, alignment(100, 100, 100, 100, 100, 100));
    assertThat(verdict.relation()).isEqualTo(Relation.EXACT);
    assertThat(verdict.score()).isEqualTo(1.0);
  }

  @Test
  void identicalContentIsExactEvenWithoutPassages() {
    assertThat(classify(true, new Alignment(List.of(), 5, 5, 0, 0, 0, 0)).relation()).isEqualTo(Relation.EXACT);
  }

  @Test
  void highCoverageOfBothWithDenseSeedsIsANearDuplicate() {
    Verdict verdict = classify(false, alignment(100, 110, 95, 100, 93, 97));
    assertThat(verdict.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(verdict.score()).isCloseTo(Math.min(95.0 / 100, 100.0 / 110) * (190.0 / 195), within(1e-9));
    assertThat(verdict.reason()).contains("95%");
  }

  @Test
  void aPassageCoveringOneDocumentButLittleOfTheOtherIsPartial() {
    Verdict verdict = classify(false, alignment(100, 1000, 60, 60, 60, 60));
    assertThat(verdict.relation()).isEqualTo(Relation.PARTIAL);
    assertThat(verdict.score()).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void denseSharedHalvesAreStillPartialNotNearDuplicate() {
    assertThat(classify(false, alignment(100, 100, 50, 50, 50, 50)).relation()).isEqualTo(Relation.PARTIAL);
  }

  @Test
  void coverageJustBelowTheNearDuplicateThresholdIsPartial() {
    assertThat(classify(false, alignment(100, 100, 74, 100, 74, 100)).relation()).isEqualTo(Relation.PARTIAL);
    assertThat(classify(false, alignment(100, 100, 75, 100, 75, 100)).relation()).isEqualTo(Relation.NEAR_DUPLICATE);
  }

  @Test
  void aRewordedArticleCoveredThroughoutWithSparseSeedsIsLeftUnrelated() {
    Verdict verdict = classify(false, alignment(100, 100, 90, 90, 40, 40));
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.score()).isZero();
    assertThat(verdict.reason()).contains("rewrite");
  }

  @Test
  void sparseSeedsOverLittleOfOneDocumentAreStillPartial() {
    assertThat(classify(false, alignment(100, 1000, 50, 50, 30, 30)).relation()).isEqualTo(Relation.PARTIAL);
  }

  @Test
  void noPassageIsUnrelated() {
    Verdict verdict = classify(false, new Alignment(List.of(), 100, 100, 0, 0, 0, 0));
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.score()).isZero();
  }

  @Test
  void customThresholdsAreUsed() {
    RelationClassifier strict = new RelationClassifier(0.99, 0.99, 0.3);
    assertThat(strict.classify(new PairEvidence(false, SOME_OVERLAP, alignment(100, 100, 95, 95, 95, 95))).relation())
        .isEqualTo(Relation.PARTIAL);
  }
}
