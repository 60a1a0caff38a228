package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.Sentence;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceMatch;
import org.doppel.match.SubwordAlignment;
import org.junit.jupiter.api.Test;

class SubwordRewriteTest {
  /** A sub-word reading of texts of 100 and 60 words whose shorter side has {@code alignedShorter} words paired. */
  private static SubwordAlignment subwords(double whole, int alignedShorter) {
    SentenceMatch match = new SentenceMatch(new Sentence(0, 20), new Sentence(0, alignedShorter), 0.4, Double.NaN);
    return new SubwordAlignment(whole, new SentenceAlignment(List.of(match), 100, 60, 20, alignedShorter, 0));
  }

  @Test
  void germanTextsAreARewriteWhenTheirWordPartsAgreeWholeAndSentenceBySentence() {
    Verdict rewrite = SubwordRewrite.of(subwords(0.55, 45));
    assertThat(rewrite.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(rewrite.score()).isBetween(0.5, 1.0);
    assertThat(rewrite.reason()).contains("4-gram cosine 0.55").contains("75% of the shorter");
  }

  @Test
  void germanTextsOnOneSubjectAreNot() {
    // what same-topic texts look like: word parts in common, few sentences paired
    assertThat(SubwordRewrite.of(subwords(0.33, 45)).relation()).isEqualTo(Relation.UNRELATED);
    assertThat(SubwordRewrite.of(subwords(0.55, 20)).relation()).isEqualTo(Relation.UNRELATED);
  }

  /**
   * A sub-word reading of a 120-word text (a, six 20-word sentences) and a 100-word one (b, ten 10-word sentences)
   * whose b sentences numbered {@code paired} pair, in order, with a's sentences numbered {@code partners}.
   */
  private static SubwordAlignment splitSubwords(double whole, int[] paired, int[] partners) {
    List<SentenceMatch> pairs = new ArrayList<>();
    boolean[] used = new boolean[6];
    for (int i = 0; i < paired.length; i++) {
      pairs.add(new SentenceMatch(new Sentence(20 * partners[i], 20 * partners[i] + 20), new Sentence(10 * paired[i], 10 * paired[i] + 10), 0.3, Double.NaN));
      used[partners[i]] = true;
    }
    int alignedA = 0;
    for (boolean u : used) {
      alignedA += u ? 20 : 0;
    }
    return new SubwordAlignment(whole, new SentenceAlignment(pairs, 120, 100, alignedA, 10 * paired.length, 0));
  }

  @Test
  void aGermanSimplificationIsARewriteWhenItsFewPairedSentencesSpreadOverTheOriginal() {
    // four of ten short sentences find their long sentence (40% of the shorter text), four of six long ones found
    Verdict simplified = SubwordRewrite.of(splitSubwords(0.3, new int[] {0, 3, 5, 8}, new int[] {0, 1, 3, 5}));
    assertThat(simplified.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(simplified.score()).isBetween(0.5, 1.0);
    assertThat(simplified.reason()).contains("40% of the shorter").contains("cover 67% of it");
  }

  @Test
  void germanTextsWhosePairedSentencesBunchInOnePlaceOfTheLongerAreNot() {
    // the same four pairs, but on two of the longer text's sentences: a shared passage, not a simplification
    assertThat(SubwordRewrite.of(splitSubwords(0.3, new int[] {0, 3, 5, 8}, new int[] {1, 1, 2, 2})).relation())
        .isEqualTo(Relation.UNRELATED);
    // texts less alike whole than two sentences sharing wording
    assertThat(SubwordRewrite.of(splitSubwords(0.2, new int[] {0, 3, 5, 8}, new int[] {0, 1, 3, 5})).relation())
        .isEqualTo(Relation.UNRELATED);
  }

  /**
   * A sub-word reading of a 600-word text (a) and a 400-word one (b) whose ten 40-word sentences pair, in b's order,
   * with a's sentences numbered {@code partners}.
   */
  private static SubwordAlignment longSubwords(double whole, int... partners) {
    List<SentenceMatch> pairs = new ArrayList<>();
    for (int i = 0; i < partners.length; i++) {
      pairs.add(new SentenceMatch(new Sentence(40 * partners[i], 40 * partners[i] + 40), new Sentence(40 * i, 40 * i + 40), 0.4, Double.NaN));
    }
    pairs.sort(Comparator.comparingInt(p -> p.a().first()));
    int aligned = 40 * partners.length;
    return new SubwordAlignment(whole, new SentenceAlignment(pairs, 600, 400, aligned, aligned, 0));
  }

  @Test
  void longGermanTextsAreARewriteWhenTheirSentencesPairInOrder() {
    Verdict rewrite = SubwordRewrite.of(longSubwords(0.55, 0, 1, 2, 4, 5, 6, 8, 9, 11, 13));
    assertThat(rewrite.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(rewrite.reason()).contains("100% of the shorter, 100% in order");
  }

  @Test
  void longGermanTextsWhoseSentencesPairAllOverEachOtherAreNot() {
    // two long texts on one subject: every sentence finds a partner somewhere, four in a row at most
    Verdict scattered = SubwordRewrite.of(longSubwords(0.55, 7, 2, 9, 0, 4, 1, 12, 3, 14, 5));
    assertThat(scattered.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(scattered.reason()).contains("100% of the shorter, 40% in order");
  }

  @Test
  void onlyTextsOfTheLengthMeasuredAreReadByTheirWordParts() {
    assertThat(SubwordRewrite.shortEnough(300, 40)).isTrue();
    assertThat(SubwordRewrite.shortEnough(650, 301)).isTrue();
    assertThat(SubwordRewrite.shortEnough(40, 1001)).isFalse();
  }
}
