package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.SourceText;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.junit.jupiter.api.Test;

class SubwordGramsJoinersTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Test
  void softHyphensInsideWordsLeaveTheGramsAsTheyWere() {
    Document plain = analyzer.analyze(SourceText.of("a", "Die Vereinsmitglieder gründeten den Sportverein."));
    Document hyphenated = analyzer.analyze(SourceText.of("b", "Die Ver\u00ADeins\u00ADmit\u00ADglie\u00ADder gründeten den Sport\u00ADverein."));
    SubwordGrams grams = SubwordGrams.of(plain, 0, plain.words().size());
    assertThat(grams.cosine(SubwordGrams.of(hyphenated, 0, hyphenated.words().size()))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
