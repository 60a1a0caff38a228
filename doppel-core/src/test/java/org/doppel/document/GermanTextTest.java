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

  @Test
  void aWordsHashSaysWhatItsLetters() {
    // the hash probe must find every function word the string check finds, umlauts and sharp s included, and no other
    String text = "Für die Kinder gibt es über den Sommer mehr Plätze, daß sie nicht allein sind; Dieser Plan kann gelingen.";
    Document document = analyzer.analyze(SourceText.of("t", text));
    TokenSequence words = document.words();
    int found = 0;
    for (int i = 0; i < words.size(); i++) {
      boolean byLetters = GermanText.isFunctionWord(words, document.text(), i);
      assertThat(GermanText.isFunctionWord(words.hash(i))).as(document.text().substring(words.start(i), words.end(i))).isEqualTo(byLetters);
      found += byLetters ? 1 : 0;
    }
    assertThat(found).isEqualTo(12); // für die es über den mehr daß sie nicht sind Dieser kann
  }
}
