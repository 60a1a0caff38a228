package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.doppel.ingest.SourceText;
import org.doppel.match.GermanTexts;
import org.junit.jupiter.api.Test;

class GermanTextTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  private boolean german(String text) {
    return GermanText.is(analyzer.analyze(SourceText.of("t", text)));
  }

  @Test
  void germanProseIsGermanCasedOrNot() {
    assertThat(german(GermanTexts.ORIGINAL)).isTrue();
    assertThat(german(GermanTexts.SIMPLIFIED)).isTrue();
    assertThat(german(GermanTexts.ORIGINAL.toLowerCase(Locale.ROOT))).isTrue();
  }

  @Test
  void englishWithTheWordsBothLanguagesShareIsNot() {
    assertThat(german(GermanTexts.ENGLISH)).isFalse();
  }

  @Test
  void aListOfGermanNamesWithoutFunctionWordsIsNot() {
    assertThat(german("Oberweiler Marktplatz Stadtbibliothek Rathausgebäude Lesecafé Bürgermeisterin")).isFalse();
    assertThat(german("")).isFalse();
  }
}
