package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.relate.RelationClassifierTest.facts;
import static org.doppel.relate.RelationClassifierTest.sentences;

import org.junit.jupiter.api.Test;

/** The second readings' verdicts: fact-backed closest sentences and two short texts judged whole. */
class ModelRewriteVerdictsTest {
  @Test
  void aFullyRewordedParagraphThatKeepsItsFactsIsAParaphraseOnModerateSentenceCosines() {
    // five sentences of 20 words, each close (cosine 0.78 on average) to one of the original's, the rewrite
    // stating 6 of the original's 7 facts
    Verdict verdict = ModelRewriteVerdicts.factBackedRewrite(sentences(5, 20, 100, 130, 0.78), facts(6, 7));
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(verdict.score()).isGreaterThan(0.5);
    assertThat(verdict.reason()).contains("6 of 7 facts shared", "Name0");
  }

  @Test
  void closeSentencesWithoutTheFactsOrFactsWithoutCloseSentencesAreNoFactBackedRewrite() {
    // a same-topic article: its sentences find close partners, but it shares 3 of 12 facts
    assertThat(ModelRewriteVerdicts.factBackedRewrite(sentences(5, 20, 100, 130, 0.78), facts(3, 12)).relation()).isEqualTo(Relation.UNRELATED);
    // every fact kept, but close sentences cover only 40% of the shorter text
    assertThat(ModelRewriteVerdicts.factBackedRewrite(sentences(2, 20, 100, 130, 0.78), facts(6, 7)).relation()).isEqualTo(Relation.UNRELATED);
    // every fact kept and every sentence matched, but only loosely (0.65 on average): a same-story article
    assertThat(ModelRewriteVerdicts.factBackedRewrite(sentences(5, 20, 100, 130, 0.65), facts(6, 7)).relation()).isEqualTo(Relation.UNRELATED);
    assertThat(ModelRewriteVerdicts.keepsFacts(facts(3, 3))).isFalse();
    assertThat(ModelRewriteVerdicts.keepsFacts(facts(4, 5))).isTrue();
    assertThat(ModelRewriteVerdicts.keepsFacts(facts(4, 6))).isFalse();
  }

  @Test
  void twoWholeTextsTheJudgeCallsTheSameAreAParaphraseScoredFromTheDecisionPoint() {
    Verdict sure = ModelRewriteVerdicts.wholeTextRewrite(1.0, 0.6, facts(3, 4), 120, 110);
    Verdict borderline = ModelRewriteVerdicts.wholeTextRewrite(0.8, 0.6, facts(3, 4), 120, 110);
    assertThat(sure.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(sure.score()).isEqualTo(1.0);
    assertThat(borderline.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(borderline.score()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(sure.reason()).contains("whole texts").contains("3 of 4 facts").contains("Name0");
  }

  @Test
  void aWholeTextPairTheJudgeDoubtsOrThatDropsMostFactsIsNoRewrite() {
    assertThat(ModelRewriteVerdicts.wholeTextRewrite(0.7, 0.6, facts(3, 4), 120, 110).relation()).isEqualTo(Relation.UNRELATED);
    // same-story texts: the judge is sure, but they state different names and numbers
    assertThat(ModelRewriteVerdicts.wholeTextRewrite(0.95, 0.6, facts(1, 4), 120, 110).relation()).isEqualTo(Relation.UNRELATED);
    // texts stating no fact rest on the judge alone
    assertThat(ModelRewriteVerdicts.wholeTextRewrite(0.95, 0.6, facts(0, 0), 120, 110).relation()).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void aTextCondensedToHalfItsOriginalOrLessNeedsLessOfTheJudge() {
    // a summary of 50 words against its 150-word original: the judge, trained on pairs of like length, doubts it more
    Verdict summary = ModelRewriteVerdicts.wholeTextRewrite(0.6, 0.6, facts(3, 4), 50, 150);
    assertThat(summary.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(summary.reason()).contains("condensed");
    assertThat(ModelRewriteVerdicts.wholeTextRewrite(0.6, 0.6, facts(3, 4), 90, 150).relation()).isEqualTo(Relation.UNRELATED);
    // the facts still have to be kept, and the judge still has to lean towards the same
    assertThat(ModelRewriteVerdicts.wholeTextRewrite(0.6, 0.6, facts(1, 4), 50, 150).relation()).isEqualTo(Relation.UNRELATED);
    assertThat(ModelRewriteVerdicts.wholeTextRewrite(0.4, 0.6, facts(3, 4), 50, 150).relation()).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void onlyShortCloseTextsAreJudgedWhole() {
    assertThat(ModelRewriteVerdicts.shortEnoughToJudgeWhole(40, 230)).isTrue();
    assertThat(ModelRewriteVerdicts.shortEnoughToJudgeWhole(230, 230)).isTrue();
    assertThat(ModelRewriteVerdicts.shortEnoughToJudgeWhole(40, 231)).isFalse();
    assertThat(ModelRewriteVerdicts.shortEnoughToJudgeWhole(0, 50)).isFalse();
    assertThat(ModelRewriteVerdicts.closeEnoughToJudgeWhole(0.5)).isTrue();
    assertThat(ModelRewriteVerdicts.closeEnoughToJudgeWhole(0.3)).isFalse();
  }
}
