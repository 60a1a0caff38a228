package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Sentence;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceMatch;
import org.junit.jupiter.api.Test;

class SentenceRunRewriteTest {
  /**
   * A 140-word easy-language text (a, twenty 7-word lines, so the longer text) in runs of three against a 120-word
   * original (b, six 20-word sentences): the runs starting at lines {@code runs} reach b's sentences {@code partners}.
   */
  private static SentenceAlignment runs(int[] runs, int[] partners) {
    List<SentenceMatch> pairs = new ArrayList<>();
    boolean[] lines = new boolean[20];
    boolean[] reached = new boolean[6];
    for (int i = 0; i < runs.length; i++) {
      pairs.add(new SentenceMatch(new Sentence(7 * runs[i], 7 * runs[i] + 21), new Sentence(20 * partners[i], 20 * partners[i] + 20), Double.NaN, 0.6));
      for (int line = runs[i]; line < runs[i] + 3; line++) {
        lines[line] = true;
      }
      reached[partners[i]] = true;
    }
    int alignedA = 0;
    for (boolean line : lines) {
      alignedA += line ? 7 : 0;
    }
    int alignedB = 0;
    for (boolean sentence : reached) {
      alignedB += sentence ? 20 : 0;
    }
    return new SentenceAlignment(pairs, 140, 120, alignedA, alignedB, 1);
  }

  @Test
  void theSideWithTheShortSentencesSplitEvenWhenItHasMoreWords() {
    SentenceRunRewrite.SplitSide side = SentenceRunRewrite.splitSide(140, 20, 120, 6);
    assertThat(side).isNotNull();
    assertThat(side.isA()).isTrue();
    assertThat(side.runLength()).isEqualTo(3);
    assertThat(SentenceRunRewrite.splitSide(120, 6, 140, 20)).isEqualTo(new SentenceRunRewrite.SplitSide(false, 3));
  }

  @Test
  void sentencesOfAlikeLengthOrAnOriginalOfThreeSentencesAreNoSplit() {
    assertThat(SentenceRunRewrite.splitSide(140, 10, 120, 6)).isNull();
    // a three-sentence snippet is no original to simplify
    assertThat(SentenceRunRewrite.splitSide(140, 20, 60, 3)).isNull();
    assertThat(SentenceRunRewrite.splitSide(140, 0, 120, 6)).isNull();
  }

  @Test
  void runsReachingMostOfTheOriginalAreARewrite() {
    // runs over lines 0-14 reach five of the six sentences
    Verdict easy = SentenceRunRewrite.of(runs(new int[] {0, 3, 6, 9, 12}, new int[] {0, 1, 2, 3, 5}), true);
    assertThat(easy.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(easy.score()).isBetween(0.5, 1.0);
    assertThat(easy.reason()).contains("reach 5 of its sentences").contains("covering 83% of it").contains("hold 75% of the split text");
  }

  @Test
  void runsBunchedOnTwoSentencesOrFewLinesAreNot() {
    Verdict bunched = SentenceRunRewrite.of(runs(new int[] {0, 3, 6, 9, 12}, new int[] {1, 1, 2, 2, 2}), true);
    assertThat(bunched.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(bunched.reason()).startsWith("not a rewrite").contains("reach 2 of its sentences");
    // four sentences reached by runs over six of the twenty lines: a few shared lines, not a version of the whole
    Verdict few = SentenceRunRewrite.of(runs(new int[] {0, 1, 2, 3}, new int[] {0, 1, 3, 5}), true);
    assertThat(few.relation()).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void englishRunsReadByWordPartsMustReachMoreOfTheOriginal() {
    // four of the six sentences reached (67 %): enough for the model's runs or a German pair's, not for English word parts
    Verdict fourOfSix = SentenceRunRewrite.of(runs(new int[] {0, 3, 6, 9}, new int[] {0, 1, 2, 4}), true);
    assertThat(fourOfSix.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(SentenceRunRewrite.ofEnglishWordParts(runs(new int[] {0, 3, 6, 9}, new int[] {0, 1, 2, 4}), true).relation())
        .isEqualTo(Relation.PARAPHRASE);
    // three of six (50 %): a rewrite for neither
    assertThat(SentenceRunRewrite.of(runs(new int[] {0, 3, 6, 9}, new int[] {0, 1, 1, 2}), true).relation()).isEqualTo(Relation.UNRELATED);
    // 0.55 of the original is the model's floor, under the word parts' 0.65: a pair between the two is read apart
    SentenceAlignment between = new SentenceAlignment(runs(new int[] {0, 3, 6, 9}, new int[] {0, 1, 2, 4}).pairs(), 140, 120, 84, 72, 1);
    assertThat(SentenceRunRewrite.of(between, true).relation()).isEqualTo(Relation.PARAPHRASE);
    Verdict wordParts = SentenceRunRewrite.ofEnglishWordParts(between, true);
    assertThat(wordParts.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(wordParts.reason()).contains("covering 60% of it");
  }
}
