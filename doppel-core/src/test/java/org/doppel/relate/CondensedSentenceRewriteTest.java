package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Sentence;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceMatch;
import org.junit.jupiter.api.Test;

class CondensedSentenceRewriteTest {
  /**
   * A 160-word original (a, eight 20-word sentences) and a 40-word condensation (b, two 20-word sentences): a's
   * sentences numbered {@code paired} each find, at cosine 0.7, b's sentence numbered {@code partners}.
   */
  private static SentenceAlignment closest(int[] paired, int[] partners) {
    List<SentenceMatch> pairs = new ArrayList<>();
    boolean[] used = new boolean[2];
    for (int i = 0; i < paired.length; i++) {
      pairs.add(new SentenceMatch(new Sentence(20 * paired[i], 20 * paired[i] + 20), new Sentence(20 * partners[i], 20 * partners[i] + 20), Double.NaN, 0.7));
      used[partners[i]] = true;
    }
    int alignedB = (used[0] ? 20 : 0) + (used[1] ? 20 : 0);
    return new SentenceAlignment(pairs, 160, 40, 20 * paired.length, alignedB, 1);
  }

  @Test
  void aTextOfAtMostTwoFifthsOfTheOthersWordsMayCondenseIt() {
    assertThat(CondensedSentenceRewrite.condenses(160, 40)).isTrue();
    assertThat(CondensedSentenceRewrite.condenses(40, 160)).isTrue();
    assertThat(CondensedSentenceRewrite.condenses(100, 40)).isTrue();
    // a shortened rewrite, or two texts of like length: other readings decide
    assertThat(CondensedSentenceRewrite.condenses(100, 45)).isFalse();
    assertThat(CondensedSentenceRewrite.condenses(0, 40)).isFalse();
  }

  @Test
  void aCondensationReachedFromAcrossTheOriginalIsARewrite() {
    // five of the eight sentences, spread over the text, each find one of the two merged sentences
    Verdict condensed = CondensedSentenceRewrite.of(closest(new int[] {0, 1, 3, 5, 6}, new int[] {0, 0, 0, 1, 1}));
    assertThat(condensed.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(condensed.score()).isBetween(0.5, 1.0);
    assertThat(condensed.reason()).contains("5 of the longer's sentences").contains("cover 63% of the longer").contains("reach 100% of the shorter");
  }

  @Test
  void aShortTextThatFewOrOnlyPartOfTheOriginalsSentencesFindIsNot() {
    // two pairs: a shared detail, as a snippet on the same story has
    Verdict two = CondensedSentenceRewrite.of(closest(new int[] {2, 3}, new int[] {0, 1}));
    assertThat(two.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(two.reason()).startsWith("not a rewrite").contains("2 of the longer's sentences");
    // three pairs on three eighths of the original
    Verdict part = CondensedSentenceRewrite.of(closest(new int[] {2, 3, 4}, new int[] {0, 0, 1}));
    assertThat(part.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(part.reason()).contains("cover 38% of the longer");
    // four pairs across the original, all on one of the short text's two sentences: the other stands for nothing of it
    Verdict half = CondensedSentenceRewrite.of(closest(new int[] {0, 2, 4, 6}, new int[] {1, 1, 1, 1}));
    assertThat(half.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(half.reason()).contains("reach 50% of the shorter");
  }

  @Test
  void aSummaryOfSeveralSentencesOfALongerOriginalIsPairedFromTheLowerCosine() {
    // two summary sentences of an eight-sentence original, either way round
    assertThat(CondensedSentenceRewrite.minCosine(8, 2, true)).isEqualTo(CondensedSentenceRewrite.SHAPED_COSINE);
    assertThat(CondensedSentenceRewrite.minCosine(2, 8, false)).isEqualTo(CondensedSentenceRewrite.SHAPED_COSINE);
    assertThat(CondensedSentenceRewrite.SHAPED_COSINE).isLessThan(ModelRewriteVerdicts.FACT_BACKED_COSINE);
    // a one-sentence snippet beside a three- or four-sentence item on the same story: the usual floor
    assertThat(CondensedSentenceRewrite.minCosine(4, 1, true)).isEqualTo(ModelRewriteVerdicts.FACT_BACKED_COSINE);
    assertThat(CondensedSentenceRewrite.minCosine(3, 2, true)).isEqualTo(ModelRewriteVerdicts.FACT_BACKED_COSINE);
    assertThat(CondensedSentenceRewrite.minCosine(1, 8, false)).isEqualTo(ModelRewriteVerdicts.FACT_BACKED_COSINE);
  }
}
