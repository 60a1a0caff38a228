package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.doppel.fingerprint.DocumentVectorizer;
import org.junit.jupiter.api.Test;

class CloseVectorsTest {
  /** A vector of {@code width} equal non-zero dimensions from {@code from}: cosines of two are shared / width. */
  static byte[] flat(int from, int width) {
    byte[] v = new byte[DocumentVectorizer.DIMENSIONS];
    Arrays.fill(v, from, from + width, (byte) 10);
    return v;
  }

  @Test
  void twoWideVectorsAreCloseFromALowerFloorTwoNarrowOnesFromALowerStillAndAMixedPairNot() {
    // 47 of 100 dimensions shared: cosine 0.47, under a floor of 0.5 and over 0.45
    byte[] wide = flat(0, 100);
    byte[] wideNear = flat(53, 100);
    double cosine = DocumentVectorizer.cosine(wide, wideNear);
    assertThat(cosine).isBetween(0.46, 0.48);
    assertThat(CloseVectors.isClose(wide, wideNear, cosine, 0.5)).isTrue();
    // under the wide floor nothing wide is close, and from the floor everything is
    byte[] wideFar = flat(56, 100);
    assertThat(CloseVectors.isClose(wide, wideFar, DocumentVectorizer.cosine(wide, wideFar), 0.5)).isFalse();
    // two snippets (30 distinct stems each): close from 0.3, as a model's rewrite of a snippet is
    byte[] narrow = flat(0, 30);
    byte[] narrowNear = flat(16, 30);
    assertThat(CloseVectors.isClose(narrow, narrowNear, DocumentVectorizer.cosine(narrow, narrowNear), 0.5)).isTrue();
    byte[] narrowAtFloor = flat(21, 30); // 9 of 30 shared: 0.3
    assertThat(CloseVectors.isClose(narrow, narrowAtFloor, DocumentVectorizer.cosine(narrow, narrowAtFloor), 0.5)).isTrue();
    byte[] narrowFar = flat(22, 30); // 8 of 30: 0.267, from the short texts' floor only
    assertThat(closeOnlyAsShortTexts(narrow, narrowFar)).isTrue();
    byte[] narrowFarther = flat(23, 30); // 7 of 30: 0.233
    assertThat(CloseVectors.isClose(narrow, narrowFarther, DocumentVectorizer.cosine(narrow, narrowFarther), 0.5)).isFalse();
    // a snippet and a text wider than a short one, of not twice its vocabulary, keep the floor
    assertThat(CloseVectors.isClose(flat(0, CloseVectors.SHORT_SUPPORT + 5), flat(40, 48), 0.467, 0.5)).isFalse();
    assertThat(CloseVectors.isClose(narrow, flat(15, 30), 0.5, 0.5)).isTrue();
    assertThat(CloseVectors.lowestCosine(0.5)).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void twoShortTextsAreCloseFromTheShortTextsFloorWhateverTheirWidths() {
    // a 70-stem paragraph and its 40-stem easy-language version sharing 16 stems: 16 / sqrt(70 * 40) = 0.302
    byte[] paragraph = flat(0, 70);
    byte[] easy = flat(54, 40);
    assertThat(CloseVectors.isClose(paragraph, easy, DocumentVectorizer.cosine(paragraph, easy), 0.5)).isTrue();
    assertThat(CloseVectors.isClose(easy, paragraph, DocumentVectorizer.cosine(easy, paragraph), 0.5)).isTrue();
    byte[] easyFar = flat(55, 40); // 15 shared: 0.283, over the short texts' floor (0.25)
    assertThat(CloseVectors.isClose(paragraph, easyFar, DocumentVectorizer.cosine(paragraph, easyFar), 0.5)).isTrue();
    byte[] easyFarther = flat(58, 40); // 12 shared: 0.227
    assertThat(CloseVectors.isClose(paragraph, easyFarther, DocumentVectorizer.cosine(paragraph, easyFarther), 0.5)).isFalse();
    // two short texts both wide: the same floor
    byte[] rewrite = flat(48, 70); // 22 of 70 shared: 0.314
    assertThat(CloseVectors.isClose(paragraph, rewrite, DocumentVectorizer.cosine(paragraph, rewrite), 0.5)).isTrue();
    // once one side has the vocabulary of a longer text, the wide and condensed floors decide again
    byte[] article = flat(0, CloseVectors.SHORT_SUPPORT);
    byte[] easyBesideArticle = flat(CloseVectors.SHORT_SUPPORT - 22, 60);
    double cosine = DocumentVectorizer.cosine(article, easyBesideArticle);
    assertThat(cosine).isBetween(0.28, 0.3);
    assertThat(CloseVectors.isClose(flat(0, CloseVectors.SHORT_SUPPORT - 1), flat(CloseVectors.SHORT_SUPPORT - 1 - 20, 60),
        0.26, 0.5)).isTrue();
    assertThat(CloseVectors.isClose(article, easyBesideArticle, 0.3, 0.5)).isFalse();
  }

  @Test
  void onlyAPairCloseByTheShortTextsFloorAloneIsLeftToTheWholeTextJudge() {
    // a 70-stem paragraph beside a 40-stem easy version at 0.302: close only because both are short, either way round
    byte[] paragraph = flat(0, 70);
    byte[] easy = flat(54, 40);
    assertThat(closeOnlyAsShortTexts(paragraph, easy)).isTrue();
    assertThat(closeOnlyAsShortTexts(easy, paragraph)).isTrue();
    // from the floor itself, two snippets, or two wide short texts over the wide floor: proposed as before, not judged
    assertThat(CloseVectors.closeOnlyAsShortTexts(paragraph, easy, 0.5, 0.5)).isFalse();
    assertThat(closeOnlyAsShortTexts(flat(0, 30), flat(16, 30))).isFalse();
    byte[] rewrite = flat(36, 70); // 34 of 70 shared: 0.486
    assertThat(closeOnlyAsShortTexts(paragraph, rewrite)).isFalse();
    // a condensation of at most half a wide text's stems over the wide floor: not judged either
    assertThat(CloseVectors.closeOnlyAsShortTexts(flat(0, 70), flat(40, 30), 0.46, 0.5)).isFalse();
    // a query's candidate that only the vectors propose carries the same answer
    assertThat(Candidate.byVectorsAlone(7, paragraph, easy, 0.5).judgedWhole()).isTrue();
    assertThat(Candidate.byVectorsAlone(7, paragraph, rewrite, 0.5).judgedWhole()).isFalse();
    assertThat(new Candidate(7, 1, 0, 0).judgedWhole()).isFalse();
    // under the lowest floor nothing is close at all
    assertThat(closeOnlyAsShortTexts(paragraph, flat(58, 40))).isFalse();
  }

  @Test
  void aSummaryOrAnEasyVersionBesideAnOriginalOfUpToAbout230WordsIsProposedFromTheShortTextsFloor() {
    // a 25-stem summary beside an 89-stem original at 0.35: under the condensed floor, over the short texts' one
    byte[] original = flat(0, CloseVectors.SHORT_SUPPORT - 1);
    byte[] summary = flat(0, 25);
    assertThat(CloseVectors.isClose(original, summary, 0.35, 0.5)).isTrue();
    assertThat(CloseVectors.closeOnlyAsShortTexts(summary, original, 0.35, 0.5)).isTrue();
    // an easy-language version of more than half its original's stems (no condensation) beside an original of 82
    // stems, at 0.27: a short text beside a short text, proposed from the same floor and judged whole
    byte[] easy = flat(0, 48);
    assertThat(CloseVectors.isClose(flat(0, 82), easy, 0.27, 0.5)).isTrue();
    assertThat(CloseVectors.closeOnlyAsShortTexts(easy, flat(0, 82), 0.27, 0.5)).isTrue();
    assertThat(CloseVectors.isClose(original, flat(0, 60), 0.35, 0.5)).isTrue();
    // beside a longer original, or under the short texts' floor, the floors stay
    assertThat(CloseVectors.isClose(flat(0, CloseVectors.SHORT_SUPPORT), summary, 0.35, 0.5)).isFalse();
    assertThat(CloseVectors.isClose(flat(0, CloseVectors.SHORT_SUPPORT), easy, 0.27, 0.5)).isFalse();
    assertThat(CloseVectors.isClose(original, summary, 0.24, 0.5)).isFalse();
  }

  private static boolean closeOnlyAsShortTexts(byte[] a, byte[] b) {
    return CloseVectors.closeOnlyAsShortTexts(a, b, DocumentVectorizer.cosine(a, b), 0.5);
  }

  @Test
  void aSnippetOfAtMostHalfAWideTextsVocabularyIsCloseFromTheWideFloor() {
    // a 30-stem condensation keeping 23 of its 90-stem original's stems: cosine 23 / sqrt(30 * 90) = 0.443, and one
    // keeping 24: 0.462, under the floor of 0.5 for any faithful condensation this short
    byte[] original = flat(0, 90);
    byte[] condensedFar = flat(67, 30);
    byte[] condensedNear = flat(66, 30);
    assertThat(CloseVectors.isClose(original, condensedNear, DocumentVectorizer.cosine(original, condensedNear), 0.5)).isTrue();
    assertThat(CloseVectors.isClose(condensedNear, original, DocumentVectorizer.cosine(condensedNear, original), 0.5)).isTrue();
    assertThat(CloseVectors.isClose(original, condensedFar, DocumentVectorizer.cosine(original, condensedFar), 0.5)).isFalse();
    // at half the wide text's stems and over, or both wide or both narrow, the other floors decide
    assertThat(CloseVectors.condensed(30, 60)).isTrue();
    assertThat(CloseVectors.condensed(60, 30)).isTrue();
    assertThat(CloseVectors.condensed(31, 60)).isFalse();
    assertThat(CloseVectors.condensed(20, 40)).isFalse();
    assertThat(CloseVectors.condensed(50, 120)).isFalse();
  }
}
