package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class SubwordAlignmentTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private SubwordAlignment align(String a, String b) {
    Document x = analyzer.analyze(SourceText.of("a", a));
    Document y = analyzer.analyze(SourceText.of("b", b));
    return SubwordAlignment.of(x, splitter.split(x), y, splitter.split(y));
  }

  @Test
  void inflectedAndCompoundedWordsShareTheirParts() {
    Document x = analyzer.analyze(SourceText.of("a", "Die Vereinsmitglieder gründeten den Sportverein."));
    Document y = analyzer.analyze(SourceText.of("b", "Bei der Gründung des Vereins waren viele Mitglieder dabei."));
    Document z = analyzer.analyze(SourceText.of("c", "Morgen regnet es im ganzen Land."));
    SubwordGrams grams = SubwordGrams.of(x, 0, x.words().size());
    assertThat(grams.cosine(SubwordGrams.of(y, 0, y.words().size()))).isGreaterThan(0.3);
    assertThat(grams.cosine(SubwordGrams.of(z, 0, z.words().size()))).isLessThan(0.05);
  }

  @Test
  void aSimplificationsPairedSentencesSpreadOverItsOriginal() {
    SubwordAlignment simplified = align(GermanTexts.ORIGINAL, GermanTexts.SIMPLIFIED);
    SubwordAlignment independent = align(GermanTexts.ORIGINAL, GermanTexts.INDEPENDENT);
    assertThat(simplified.longerCoverage()).isGreaterThan(0.4);
    assertThat(independent.longerCoverage()).isLessThan(simplified.longerCoverage() - 0.3);
  }

  @Test
  void aSimplificationSharesMoreWordPartsThanAnIndependentTextOnItsSubject() {
    SubwordAlignment simplified = align(GermanTexts.ORIGINAL, GermanTexts.SIMPLIFIED);
    SubwordAlignment independent = align(GermanTexts.ORIGINAL, GermanTexts.INDEPENDENT);
    assertThat(simplified.wholeCosine()).isGreaterThan(independent.wholeCosine() + 0.2);
    assertThat(simplified.shorterCoverage()).isGreaterThan(0.7);
    assertThat(independent.shorterCoverage()).isLessThan(0.3);
  }

  @Test
  void theShorterTextsSentencesPairInTheFirstTextsOrderWhicheverSideItIs() {
    SubwordAlignment forward = align(GermanTexts.ORIGINAL, GermanTexts.SIMPLIFIED);
    SubwordAlignment backward = align(GermanTexts.SIMPLIFIED, GermanTexts.ORIGINAL);
    assertThat(backward.wholeCosine()).isEqualTo(forward.wholeCosine());
    assertThat(backward.shorterCoverage()).isEqualTo(forward.shorterCoverage());
    assertThat(forward.sentences().pairs()).extracting(p -> p.a().first()).isSorted();
    assertThat(forward.sentences().pairs()).allSatisfy(p -> assertThat(p.similarity()).isGreaterThanOrEqualTo(SubwordAlignment.SENTENCE_COSINE));
  }

  @Test
  void caseDoesNotMatter() {
    SubwordAlignment cased = align(GermanTexts.ORIGINAL, GermanTexts.SIMPLIFIED);
    SubwordAlignment lower = align(GermanTexts.ORIGINAL.toLowerCase(Locale.ROOT), GermanTexts.SIMPLIFIED);
    assertThat(lower.wholeCosine()).isCloseTo(cased.wholeCosine(), org.assertj.core.api.Assertions.within(1e-9));
  }
}
