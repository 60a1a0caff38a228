package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Bylines that go on from the article's date line, as table layouts and news records of older CMSs print them: "DATE -
 * Text: NAME", "DATE - eingetragen von NAME", "eingetragen am DATE von NAME", and a box whose two lines "Erstellt: DATE" and
 * "Autor: NAME" its text joins; and an author box's heading ("Über die Autorin"), which is no name. Every page here is written for the test.
 */
class DateLineBylinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  private static ArticleMetadata extract(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  private static final String PROSE = "Am Samstag hat der Verein sein neues Vereinsheim am Dorfbach eingeweiht, nach zwei Jahren Bauzeit "
      + "und vielen Stunden Arbeit der Mitglieder.<br><br>Der Vorstand dankte allen Helfern und den Spendern aus dem Ort, ohne die "
      + "das Haus nicht fertig geworden wäre.";

  private static String tableLayout(String dateLine) {
    return "<html><head><title>Gesangverein Talheim 1890 e.V. - Aktuelles</title></head><body><table width='780'>"
        + "<tr><td colspan='2'><font size='5'><b>Gesangverein Talheim 1890 e.V.</b></font></td></tr>"
        + "<tr><td width='160'><a href='index.html'>Startseite</a><br><a href='news.php'>Aktuelles</a></td><td width='620'>"
        + "<font size='4'><b>Neues Vereinsheim am Dorfbach eingeweiht</b></font><br>"
        + "<font size='1' color='#666666'>" + dateLine + "</font><br><br>"
        + "<font size='2'>" + PROSE + "</font></td></tr>"
        + "<tr><td colspan='2'><font size='1'>&copy; 2009 Gesangverein Talheim 1890 e.V.</font></td></tr></table></body></html>";
  }

  @Test
  void aDateLineThatGoesOnWithATextCreditNamesTheWriterNotThePhotographer() {
    String url = "http://www.gesangverein-talheim.example/news.php?id=41";
    ArticleMetadata page = extract(tableLayout("Sa., 16.05.2009 - Text: Erika Musterfrau / Fotos: Hans Beispiel"), url);
    assertThat(page.author()).isEqualTo("Erika Musterfrau");
    assertThat(page.date()).hasToString("2009-05-16");
  }

  @Test
  void aPostingLineWithEingetragenNamesTheWriterBeforeOrAfterTheDate() {
    String url = "http://www.gesangverein-talheim.example/news.php?id=41";
    assertThat(extract(tableLayout("16.5.09 - eingetragen von Erika Musterfrau"), url).author()).isEqualTo("Erika Musterfrau");
    assertThat(extract(tableLayout("eingetragen am 16.5.09 von Erika Musterfrau"), url).author()).isEqualTo("Erika Musterfrau");
  }

  @Test
  void aNewsRecordsBoxOfDateAndAuthorLinesNamesTheWriterNotTheCopyrightHolder() {
    String url = "http://www.pfarrei-talheim.example/index.php?id=12&tx_ttnews[tt_news]=90";
    String html = "<html><head><title>Pfarrei Talheim: Neuer Kirchenchor gegründet</title></head><body>"
        + "<div id='inhalt'><div class='news-single-item'><h1>Neuer Kirchenchor gegründet</h1>"
        + "<div class='news-single-rightbox'>Erstellt: 16.05.2009<br>Autor: Erika Musterfrau</div>"
        + "<p class='bodytext'>" + PROSE + "</p></div></div>"
        + "<div id='fuss'>&copy; 2009 Kath. Pfarramt St. Georg</div></body></html>";
    assertThat(extract(html, url).author()).isEqualTo("Erika Musterfrau");
  }

  @Test
  void anAuthorBoxsHeadingClassedLikeTheNameGivesWayToTheWritersLink() {
    String url = "https://www.haustechnik-talheim.example/blog/waermepumpe-im-altbau/";
    String html = "<html><head><title>Wärmepumpe im Altbau | Haustechnik Talheim</title></head><body><article>"
        + "<h1>Wärmepumpe im Altbau</h1><p>" + PROSE + "</p><div class='author-box'><div class='author-bio'>"
        + "<h4 class='about-author'>Über die Autorin</h4><p class='author-title'><a href='/author/emusterfrau/' rel='author'>"
        + "Erika Musterfrau</a></p><p>Erika Musterfrau ist Energieberaterin.</p></div></div></article></body></html>";
    assertThat(extract(html, url).author()).isEqualTo("Erika Musterfrau");
  }

  @Test
  void onlyWhatFollowsAnOpeningDateIsTheLinesRest() {
    assertThat(DatedNameLine.afterOpeningDate("Mo., 24.08.2009 - Text: Erika Musterfrau")).contains("Text: Erika Musterfrau");
    assertThat(DatedNameLine.afterOpeningDate("Erstellt: 09.03.2010 Autor: Erika Musterfrau")).contains("Autor: Erika Musterfrau");
    // a line that opens with other words than a label or a weekday does not open with its date
    assertThat(DatedNameLine.afterOpeningDate("Konzert am 24.08.2009 - Text: Erika Musterfrau")).isEqualTo(Optional.empty());
    assertThat(DatedNameLine.afterOpeningDate("24.08.2009")).isEqualTo(Optional.empty());
  }
}
