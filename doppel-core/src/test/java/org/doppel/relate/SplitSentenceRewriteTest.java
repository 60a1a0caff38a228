package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Sentence;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceMatch;
import org.junit.jupiter.api.Test;

class SplitSentenceRewriteTest {
  /**
   * A 200-word original (a, five 40-word sentences) and a 120-word text (b, twelve 10-word sentences) whose b sentences
   * numbered {@code paired} pair, at cosine 0.7, with a's sentences numbered {@code partners}.
   */
  private static SentenceAlignment closest(int[] paired, int[] partners) {
    List<SentenceMatch> pairs = new ArrayList<>();
    boolean[] used = new boolean[5];
    for (int i = 0; i < paired.length; i++) {
      pairs.add(new SentenceMatch(new Sentence(40 * partners[i], 40 * partners[i] + 40), new Sentence(10 * paired[i], 10 * paired[i] + 10), Double.NaN, 0.7));
      used[partners[i]] = true;
    }
    int alignedA = 0;
    for (boolean u : used) {
      alignedA += u ? 40 : 0;
    }
    return new SentenceAlignment(pairs, 200, 120, alignedA, 10 * paired.length, 1);
  }

  @Test
  void aTextOfShortSentencesSplitsOneOfLongSentences() {
    assertThat(SplitSentenceRewrite.splitsSentences(200, 5, 120, 12)).isTrue();
    // the same order either way round
    assertThat(SplitSentenceRewrite.splitsSentences(120, 12, 200, 5)).isTrue();
    // sentences as long as the other's: a rewrite or another text on the story, not a split
    assertThat(SplitSentenceRewrite.splitsSentences(200, 10, 120, 6)).isFalse();
    assertThat(SplitSentenceRewrite.splitsSentences(200, 0, 120, 6)).isFalse();
  }

  @Test
  void aSimplificationWhosePairsReachAcrossTheOriginalIsARewrite() {
    // four of twelve short sentences (a third of the text) reach four of the five long ones
    Verdict simplified = SplitSentenceRewrite.of(closest(new int[] {0, 3, 6, 9}, new int[] {0, 1, 2, 4}));
    assertThat(simplified.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(simplified.score()).isBetween(0.5, 1.0);
    assertThat(simplified.reason()).contains("4 of its sentences").contains("cover 33% of it").contains("reach 80% of the longer");
  }

  @Test
  void pairsBunchedOnOnePartOfTheLongerTextAreNot() {
    // the same four pairs on two of the five long sentences: a shared passage, as two texts on one story have
    Verdict bunched = SplitSentenceRewrite.of(closest(new int[] {0, 3, 6, 9}, new int[] {1, 1, 2, 2}));
    assertThat(bunched.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(bunched.reason()).startsWith("not a rewrite").contains("reach 40% of the longer");
  }
}
