package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.Span;
import org.doppel.document.Sentence;
import org.doppel.fingerprint.Fact;
import org.doppel.fingerprint.FactKind;
import org.doppel.match.Alignment;
import org.doppel.match.FactOverlap;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceMatch;
import org.doppel.match.SubwordAlignment;
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
  void aWholeCopyWithAForeignParagraphOfUpToAThirdIsANearDuplicate() {
    // the original (100 words) whole inside a copy of 140 words: 29% of the copy is foreign
    assertThat(classify(false, alignment(100, 140, 100, 100, 100, 100)).relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    // a short text set whole into an article three times its length is a partial copy
    assertThat(classify(false, alignment(100, 300, 100, 100, 100, 100)).relation()).isEqualTo(Relation.PARTIAL);
  }

  @Test
  void anEditedCopyWithoutARewriteIsANearDuplicateWhenItCoversBothDocuments() {
    // 80% of the words in exact shared runs: reworded in places, left to rewrite detection by classify
    Alignment edited = alignment(100, 100, 95, 96, 76, 77);
    PairEvidence evidence = new PairEvidence(false, SOME_OVERLAP, edited);
    assertThat(classifier.classify(evidence).relation()).isEqualTo(Relation.UNRELATED);
    Verdict verdict = classifier.editedCopy(evidence);
    assertThat(verdict.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(verdict.reason()).contains("edited throughout");
    assertThat(classifier.editedCopy(new PairEvidence(false, SOME_OVERLAP, alignment(100, 100, 40, 45, 30, 34))).relation())
        .isEqualTo(Relation.UNRELATED);
    assertThat(classifier.editedCopy(new PairEvidence(false, SOME_OVERLAP, Alignment.NONE)).relation()).isEqualTo(Relation.UNRELATED);
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
    // neither document is taken whole (under 90%), so both need 75%
    assertThat(classify(false, alignment(100, 100, 74, 89, 74, 89)).relation()).isEqualTo(Relation.PARTIAL);
    assertThat(classify(false, alignment(100, 100, 75, 89, 75, 89)).relation()).isEqualTo(Relation.NEAR_DUPLICATE);
  }

  @Test
  void aRewordedArticleWithoutAlignedSentencesIsNotCalledAParaphrase() {
    Verdict verdict = classify(false, alignment(100, 100, 90, 90, 40, 40));
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.score()).isZero();
    assertThat(verdict.reason()).contains("sentence alignment");
  }

  /** {@code count} aligned sentences of {@code words} words each, in the same order on both sides. */
  static SentenceAlignment sentences(int count, int words, int wordsA, int wordsB, double similarity) {
    List<SentenceMatch> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      pairs.add(new SentenceMatch(new Sentence(i * words, (i + 1) * words), new Sentence(i * words, (i + 1) * words), similarity, Double.NaN));
    }
    return new SentenceAlignment(pairs, wordsA, wordsB, count * words, count * words, 0);
  }

  static FactOverlap facts(int shared, int distinct) {
    List<Fact> list = new java.util.ArrayList<>();
    for (int i = 0; i < shared; i++) {
      list.add(new Fact(FactKind.NAME, "Name" + i, i));
    }
    return new FactOverlap(list, distinct, distinct);
  }

  @Test
  void sentencesRewordedThroughoutAreAParaphraseWithTheMatchedFactsInTheReason() {
    Verdict verdict = classifier.classify(new PairEvidence(false, SOME_OVERLAP, alignment(100, 100, 90, 90, 40, 40),
        sentences(8, 10, 100, 110, 0.6), facts(5, 8)));
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(verdict.score()).isGreaterThan(0.9);
    assertThat(verdict.reason()).contains("8 reworded sentence pairs", "Name0", "5 shared facts");
  }

  @Test
  void aSameTopicArticleWithAFewLooselyMatchedSentencesStaysUnrelated() {
    Verdict verdict = classifier.classify(new PairEvidence(false, SOME_OVERLAP, new Alignment(List.of(), 100, 700, 0, 0, 0, 0),
        sentences(3, 10, 100, 700, 0.4), facts(4, 20)));
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.reason()).startsWith("not a rewrite");
  }

  @Test
  void aSummaryCoveringMostOfItselfButLittleOfItsOriginalIsAParaphrase() {
    Verdict verdict = classifier.classify(new PairEvidence(false, SOME_OVERLAP, Alignment.NONE,
        sentences(8, 10, 800, 100, 0.6), facts(5, 8)));
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void oneSentencePairCoveringMostOfTwoShortTextsIsAParaphraseButHalfOfThemIsNot() {
    assertThat(classifier.classify(new PairEvidence(false, SOME_OVERLAP, Alignment.NONE,
        sentences(1, 30, 32, 35, 0.8), facts(2, 3))).relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(classifier.classify(new PairEvidence(false, SOME_OVERLAP, Alignment.NONE,
        sentences(2, 20, 80, 80, 0.8), facts(2, 3))).relation()).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void sentencesAlignedOnlyOnWeakWordOverlapAreNoRewrite() {
    // four sentences covering most of both texts, each pair barely over the overlap that aligns on words alone
    assertThat(classifier.classify(new PairEvidence(false, SOME_OVERLAP, Alignment.NONE,
        sentences(4, 20, 90, 100, 0.35), facts(3, 5))).relation()).isEqualTo(Relation.UNRELATED);
    assertThat(classifier.classify(new PairEvidence(false, SOME_OVERLAP, Alignment.NONE,
        sentences(4, 20, 90, 100, 0.45), facts(3, 5))).relation()).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void theRewriteScoreGrowsWithCoverageAndFacts() {
    double low = classifier.rewriteScore(sentences(3, 10, 100, 100, 0.5), facts(1, 10));
    double higher = classifier.rewriteScore(sentences(6, 10, 100, 100, 0.5), facts(1, 10));
    double highest = classifier.rewriteScore(sentences(6, 10, 100, 100, 0.5), facts(9, 10));
    assertThat(low).isLessThan(higher);
    assertThat(higher).isLessThan(highest);
    assertThat(highest).isLessThanOrEqualTo(1.0);
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
