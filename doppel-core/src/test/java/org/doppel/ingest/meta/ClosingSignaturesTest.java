package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A school's, a club's or an association's news signed by a closing paragraph that is only the writer's name and, after a
 * comma, their office or class: the last paragraph of the text names the writer, when no other place names a person; and a
 * text written as a letter, signed off with the writer's office and name ("Ihre Pastorin Anna Muster"). Every page here is
 * written for the test.
 */
class ClosingSignaturesTest {
  /** Three paragraphs of a report, more than the text a signature must close. */
  private static final String REPORT = paragraphs(
      "Die Schülerinnen und Schüler der neunten Klassen haben in der letzten Woche vor den Ferien ein Projekt zum "
          + "Wasserverbrauch der Schule abgeschlossen und ihre Ergebnisse in der Aula vorgestellt.",
      "Gemessen wurde an allen Hähnen des Hauses, vier Wochen lang und jeden Morgen zur gleichen Zeit. Der Verbrauch ist seit "
          + "dem Einbau der neuen Spülkästen um fast ein Viertel gesunken.",
      "Im nächsten Schuljahr geht es mit dem Thema Schulweg weiter; Ideen nimmt die Projektgruppe gern entgegen.");

  private static String paragraphs(String... texts) {
    return Arrays.stream(texts).map(text -> "<p>" + text + "</p>").collect(Collectors.joining());
  }

  private static String author(String text) {
    String html = "<html><head><title>Projekt Wasser abgeschlossen</title></head><body><div class='entry-content'>"
        + "<h1>Projekt Wasser abgeschlossen</h1>" + text + "</div></body></html>";
    String url = "https://www.schule-beispielstadt.example/aktuelles/projekt-wasser/";
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LocalDate.of(2026, 1, 1)).author();
  }

  @Test
  void theTextsClosingSignatureNamesItsWriter() {
    assertThat(author(REPORT + "<p>– Ms. Jane Voe, Eco Committee Co-ordinator</p>")).isEqualTo("Jane Voe");
    assertThat(author(REPORT + "<p><strong>Sam Quist</strong>, 2nd XI captain</p>")).isEqualTo("Sam Quist");
    assertThat(author(REPORT + "<p style='text-align: right;'>Anna Muster und Erik Beispiel, 9a</p>"))
        .isEqualTo("Anna Muster und Erik Beispiel");
  }

  @Test
  void aNameAndRoleThatDoesNotCloseTheTextNamesNoWriter() {
    // followed by another paragraph: a person the text introduces, not its signature
    assertThat(author(REPORT + "<p>Jane Voe, Eco Committee Co-ordinator</p><p>Mehr dazu im nächsten Elternbrief.</p>")).isNull();
    // after too little text: a contact box, not a report's end
    assertThat(author("<p>Fragen zum Projekt?</p><p>Jane Voe, Eco Committee Co-ordinator</p>")).isNull();
    // in the comments under the text
    assertThat(author(REPORT + "<div class='comments'>" + REPORT + "<p>Erika Beispiel, Elternbeirat</p></div>")).isNull();
  }

  @Test
  void aSentenceWithACommaIsNoSignature() {
    assertThat(author(REPORT + "<p>Gute Arbeit, weiter so!</p>")).isNull();
    assertThat(author(REPORT + "<p>Vielen Dank, Frau Muster und Herr Beispiel.</p>")).isNull();
    assertThat(ClosingSignatures.signed("Anna Muster, Lindenweg 3, 12345 Beispielstadt")).isEmpty();
    assertThat(ClosingSignatures.signed("Anna Muster, Schülerin der Klasse 9a und Sprecherin der Projektgruppe Wasser")).isEmpty();
  }

  @Test
  void aLettersSignOffWithTheWritersOfficeNamesTheWriter() {
    // the last line of a greeting paragraph, with more of the page after it (the week's services, links to other letters)
    assertThat(author(REPORT + "<p>Herzlich grüßt Sie<br>\nIhre Pastorin <b>Anna Muster</b></p><hr><h3>Gottesdienste</h3>"
        + "<table><tr><td>So., 10 Uhr</td><td>Gottesdienst</td></tr></table>")).isEqualTo("Anna Muster");
    assertThat(author(REPORT + "<p>Ich wünsche Ihnen eine gesegnete Woche.<br>Ihr Pfarrer Erik Beispiel</p><p>Weitere Beiträge:</p>"))
        .isEqualTo("Erik Beispiel");
    // a paragraph of its own
    assertThat(author(REPORT + "<p>Euer Diakon Jan Probe</p>")).isEqualTo("Jan Probe");
  }

  @Test
  void aSignOffWithoutAnOfficeOrAfterTooLittleTextNamesNoWriter() {
    // an organisation signs off so too
    assertThat(author(REPORT + "<p>Mit freundlichen Grüßen<br>Ihre Stadtwerke Beispielstadt</p>")).isNull();
    assertThat(author(REPORT + "<p>Ihr Erik Beispiel</p>")).isNull();
    // a notice of a few lines, not a letter's end
    assertThat(author("<p>Sprechstunde am Freitag.</p><p>Ihr Pfarrer Erik Beispiel</p>")).isNull();
    // in the comments under the text
    assertThat(author(REPORT + "<div class='comments'>" + REPORT + "<p>Ihre Pastorin Anna Muster</p></div>")).isNull();
    assertThat(ClosingSignatures.signedOff("Ihr Pfarrer")).isEmpty();
    assertThat(ClosingSignatures.signedOff("Ihre Pastorin und das ganze Team des Pfarrbüros")).isEmpty();
  }

  @Test
  void aBylineElsewhereComesFirst() {
    assertThat(author("<p class='author'>Von Erika Beispiel</p>" + REPORT + "<p>Anna Muster und Erik Beispiel, 9a</p>"))
        .isEqualTo("Erika Beispiel");
  }
}
