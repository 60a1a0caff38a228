package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class QuotedWordsTest {
  /** The quoted words of {@code text}, joined by spaces, with "|" between separate quotations. */
  private static String quoted(String text) {
    Document document = new DocumentAnalyzer().analyze(SourceText.of("t", text));
    return MarkedWords.joined(document.words(), text, QuotedWords.of(document.words(), text));
  }

  @Test
  void englishCurlyAndStraightQuotesAreRead() {
    assertThat(quoted("Title\n\nThe mayor spoke. “We will rebuild the bridge,” she said, \"and soon.\" Then she left."))
        .isEqualTo("We will rebuild the bridge | and soon");
  }

  @Test
  void germanFrenchAndScandinavianQuotesAreRead() {
    assertThat(quoted("Titel\n\nEr sagte: „Wir bauen die Brücke neu“, und ging.")).isEqualTo("Wir bauen die Brücke neu");
    assertThat(quoted("Titre\n\nIl a dit : « Nous reconstruirons le pont » hier.")).isEqualTo("Nous reconstruirons le pont");
    assertThat(quoted("Titel\n\nHan sa: »Vi bygger bron igen« i går.")).isEqualTo("Vi bygger bron igen");
    assertThat(quoted("Title\n\nShe called it ‘a new start’ for the town.")).isEqualTo("a new start");
  }

  @Test
  void apostrophesAndStrayMarksQuoteNothing() {
    assertThat(quoted("Title\n\nThe students’ union said it doesn’t agree.")).isEmpty();
    assertThat(quoted("Title\n\nThe screen is 6\" wide and the \"remote is missing from the box.")).isEmpty();
  }

  @Test
  void aQuotationLeftOpenDoesNotCrossAParagraph() {
    assertThat(quoted("Title\n\nHe said “this opens and never closes\n\nA new paragraph” with a mark.")).isEmpty();
  }

  @Test
  void aQuotationMayEndTheText() {
    assertThat(quoted("Title\n\nShe said: “It is done.”")).isEqualTo("It is done");
  }
}
