package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordTokenizer;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {
  private static final String NORTH_KOREA = Fixtures.text("/seeds/000_33b918fbab2694f1.txt");
  private static final String TRAM = Fixtures.text("/synthetic/tram-original.txt");
  private static final String CHESS = Fixtures.text("/synthetic/chess-unrelated.txt");
  private static final String PARAGRAPH = "Most of the country of North Korea is starving, with a huge percentage of the population "
      + "dangerously malnourished, eating rats and squirrels for sustenance. The country is therefore trying to increase its arable "
      + "farmland in order to feed its people. However, due to still using farming methods from the 1700s, this isn’t really working "
      + "out, with people all over the country emaciated and malnourished. North Koreans who escape to China are easily recognizable "
      + "for being extremely thin, and for their tendencies to eat everything they see.";
  private final PassageAligner aligner = new PassageAligner(AlignmentSettings.DEFAULTS);
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  private Document analyze(String id, String text) {
    return analyzer.analyze(SourceText.of(id, text));
  }

  /** The paragraph from its first to its last word character: what a passage span covers. */
  private static String wordExtent(String text) {
    int end = text.length();
    while (!Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  @Test
  void aVerbatimCopiedParagraphIsOnePassageCuttingOutExactlyTheCopiedTextFromBoth() {
    assertThat(NORTH_KOREA).contains(PARAGRAPH);
    int middle = TRAM.indexOf("\n\n", TRAM.length() / 2);
    String host = TRAM.substring(0, middle) + "\n\n" + PARAGRAPH + TRAM.substring(middle);
    Document a = analyze("a", NORTH_KOREA);
    Document b = analyze("b", host);

    Alignment alignment = aligner.align(a.words(), b.words());

    assertThat(alignment.passages()).hasSize(1);
    Passage passage = alignment.passages().get(0);
    assertThat(passage.a().of(a.text())).isEqualTo(wordExtent(PARAGRAPH));
    assertThat(passage.b().of(b.text())).isEqualTo(wordExtent(PARAGRAPH));
    assertThat(passage.a().start()).isEqualTo(NORTH_KOREA.indexOf(PARAGRAPH));
    assertThat(passage.b().start()).isEqualTo(host.indexOf(PARAGRAPH));
    assertThat(passage.density()).isEqualTo(1.0);
    assertThat(passage.wordsA()).isEqualTo(passage.wordsB()).isEqualTo(passage.matchedA());
    assertThat(alignment.coverageB()).isLessThan(0.3);
    assertThat(alignment.coverageA()).isLessThan(alignment.coverageB());
    assertThat(alignment.density()).isEqualTo(1.0);
  }

  @Test
  void aNearDuplicateWithACoupleOfEditedWordsIsOneDensePassage() {
    String edited = PARAGRAPH.replace("rats and squirrels", "mice and squirrels").replace("farming methods", "agricultural methods");
    TokenSequence a = new WordTokenizer().tokenize(PARAGRAPH, List.of());
    TokenSequence b = new WordTokenizer().tokenize(edited, List.of());

    Alignment alignment = aligner.align(a, b);

    assertThat(alignment.passages()).hasSize(1);
    Passage passage = alignment.passages().get(0);
    assertThat(passage.density()).isLessThan(1.0).isGreaterThan(0.8);
    assertThat(passage.a().of(PARAGRAPH)).isEqualTo(wordExtent(PARAGRAPH));
    assertThat(passage.b().of(edited)).isEqualTo(wordExtent(edited));
    assertThat(alignment.coverageA()).isEqualTo(1.0);
    assertThat(alignment.coverageB()).isEqualTo(1.0);
  }

  @Test
  void unrelatedTextsShareNoPassage() {
    Alignment alignment = aligner.align(analyze("a", NORTH_KOREA).words(), analyze("b", CHESS).words());
    assertThat(alignment.isEmpty()).isTrue();
    assertThat(alignment.coverageA()).isZero();
    assertThat(alignment.density()).isZero();
    Alignment other = aligner.align(analyze("a", TRAM).words(), analyze("b", CHESS).words());
    assertThat(other.passages()).isEmpty();
  }

  @Test
  void aDocumentAlignedWithItselfIsCoveredWhole() {
    String body = PARAGRAPH + "\n\n" + PARAGRAPH.replace("North Korea", "the Hermit Kingdom");
    TokenSequence words = new WordTokenizer().tokenize(body, List.of());
    Alignment alignment = aligner.align(words, words);
    assertThat(alignment.coverageA()).isEqualTo(1.0);
    assertThat(alignment.coverageB()).isEqualTo(1.0);
    assertThat(alignment.passages()).allSatisfy(p -> assertThat(p.density()).isEqualTo(1.0));
  }

  @Test
  void emptyDocumentsAlignToNothing() {
    TokenSequence empty = new WordTokenizer().tokenize("", List.of());
    TokenSequence some = new WordTokenizer().tokenize(PARAGRAPH, List.of());
    assertThat(aligner.align(empty, some).passages()).isEmpty();
    assertThat(aligner.align(some, empty).passages()).isEmpty();
    assertThat(aligner.align(empty, empty).passages()).isEmpty();
  }
}
