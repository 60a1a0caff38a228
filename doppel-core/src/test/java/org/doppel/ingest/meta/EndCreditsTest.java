package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A writer credited on the last line of a long element, after a line break, as table layouts sign a report. Every page
 * here is written for the test.
 */
class EndCreditsTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String PROSE = "Am Samstag hat der Gesangverein sein neues Vereinsheim am Dorfbach eingeweiht, nach zwei Jahren Bauzeit "
      + "und vielen Stunden Arbeit der Mitglieder.<br><br>Der Vorstand dankte allen Helfern und den Spendern aus dem Ort, "
      + "ohne die das Haus nicht fertig geworden wäre. Im Anschluss spielte die Jugendkapelle, und bis zum Abend wurde "
      + "gefeiert.<br><br>Im Herbst sollen im neuen Saal die ersten Proben und ein Konzert für die Senioren stattfinden. Wer mitsingen möchte, ist "
      + "dienstags um acht Uhr willkommen.<br><br>";

  private static ArticleMetadata meta(String lastLine) {
    String page = "<html><head><title>Gesangverein Tannbach</title></head><body><table><tr><td>"
        + "<font size='3'><b>Neues Vereinsheim eingeweiht</b></font><br>"
        + "<font size='2'>" + PROSE + lastLine + "\n</font><br><br><font size='1'><a href='/news.php'>zurück</a></font>"
        + "</td></tr></table></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(page, "http://gv-tannbach.example/news.php?id=77"), "http://gv-tannbach.example/news.php?id=77", LATEST);
  }

  @Test
  void aTextCreditOnTheLastLineOfTheArticleNamesItsWriter() {
    assertThat(meta("Text: Hanna Quellmeier").author()).isEqualTo("Hanna Quellmeier");
    assertThat(meta("<i>Text und Fotos: Bruno Wetterlind</i>").author()).isEqualTo("Bruno Wetterlind");
    assertThat(meta("Words: Tilda Marrowby").author()).isEqualTo("Tilda Marrowby");
    // a photographer credited after the writer on the same line is cut away
    assertThat(meta("Text: Hanna Quellmeier / Fotos: Bruno Wetterlind").author()).isEqualTo("Hanna Quellmeier");
    assertThat(meta("Text: Hanna Quellmeier · Bilder: Bruno Wetterlind").author()).isEqualTo("Hanna Quellmeier");
    assertThat(meta("Text: Hanna Quellmeier | fotos:Bruno Wetterlind").author()).isEqualTo("Hanna Quellmeier");
  }

  @Test
  void aClubsReportCreditOnTheLastLineNamesItsWriter() {
    assertThat(meta("<i>Bericht: Hanna Quellmeier</i>").author()).isEqualTo("Hanna Quellmeier");
    assertThat(meta("Bericht: Hanna Quellmeier / Fotos: Bruno Wetterlind").author()).isEqualTo("Hanna Quellmeier");
    // a report's last line that goes on in prose is no credit, as for "Text:"
    assertThat(meta("Bericht: Die Proben beginnen im Herbst, wenn der Saal fertig eingerichtet ist und die Stühle geliefert sind.").author())
        .isNull();
  }

  @Test
  void aClubsReportCreditInTheInfoLineUnderTheHeadlineNamesItsWriter() {
    String page = "<html><head><title>Vereinsmeisterschaft 2025 – SV Tannbach</title></head><body><main>"
        + "<h2 class='titel'>Vereinsmeisterschaft: Drei neue Meister</h2>"
        + "<div class='info'>14.9.25 &nbsp;|&nbsp; Bericht: Hanna Quellmeier &nbsp;|&nbsp; Fotos: Bruno Wetterlind</div>"
        + "<div class='text'><p>" + PROSE.replace("<br><br>", "</p><p>") + "</p></div></main></body></html>";
    String url = "https://sv-tannbach.example/aktuelles/vereinsmeisterschaft-2025";
    assertThat(HtmlMetadata.extract(Jsoup.parse(page, url), url, LATEST).author()).isEqualTo("Hanna Quellmeier");
  }

  @Test
  void aPhotographersOrASourcesLastLineNamesNoWriter() {
    assertThat(meta("Fotos: Bruno Wetterlind").author()).isNull();
    assertThat(meta("Quelle: Hanna Quellmeier").author()).isNull();
    assertThat(meta("Text: dpa").author()).isNull();
    // a last line that goes on in prose is no credit
    assertThat(meta("Text: Die Proben beginnen im Herbst, wenn der Saal fertig eingerichtet ist und die Stühle geliefert sind.").author())
        .isNull();
  }

  @Test
  void aCreditInAShortBoxOrInACaptionIsNotReadSo() {
    assertThat(EndCredits.credited("Texte: Hanna Quellmeier", null)).contains("Hanna Quellmeier");
    assertThat(EndCredits.credited("Foto: Bruno Wetterlind", null)).isEmpty();
    String caption = "<html><body><figure><img src='a.jpg'><figcaption>" + PROSE + "Text: Hanna Quellmeier</figcaption></figure></body></html>";
    assertThat(EndCredits.author(Jsoup.parse(caption).body(), null)).isEmpty();
    // the text before the credit is too short to be an article
    String box = "<html><body><div>Vereinsheim offen<br>Text: Hanna Quellmeier</div></body></html>";
    assertThat(EndCredits.author(Jsoup.parse(box).body(), null)).isEmpty();
  }
}
