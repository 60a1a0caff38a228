package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Headlines and credits of plain templates: a blog's post title in an {@code <h3>} with several classes under a
 * {@code <title>} that puts the blog's name first, a table layout's headline as a bold line between line breaks of the
 * cell that holds the text (a rule under the headline's lines, as such templates draw), a "Text und Fotos:" credit in a paragraph of its own,
 * bylines that go on from the date line ("DATE - Text: NAME", "eingetragen am DATE von NAME", a news record's box "Erstellt:
 * DATE" / "Autor: NAME"), and an author box's heading, which is no name. Every page here is written for the test.
 */
class PlainTemplatesHeadlinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  private static ArticleMetadata extract(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  private static final String PROSE = "Am Samstag hat der Verein sein neues Vereinsheim am Dorfbach eingeweiht, nach zwei Jahren Bauzeit "
      + "und vielen Stunden Arbeit der Mitglieder.<br><br>Der Vorstand dankte allen Helfern und den Spendern aus dem Ort, ohne die "
      + "das Haus nicht fertig geworden wäre.";

  @Test
  void aBlogsPostTitleWithSeveralClassesIsTheHeadlineNotTheTitleWithTheBlogsName() {
    String url = "http://workbenchnotes.example/2012/04/new-vise.html";
    String html = "<html><head><title>Workbench Notes: Fitting a new vise to the old bench</title></head><body>"
        + "<div id='header'><h1 class='title'><a href='http://workbenchnotes.example/'>Workbench Notes</a></h1></div>"
        + "<div class='post hentry'><h3 class='post-title entry-title'><a href='" + url + "'>Fitting a new vise to the old bench</a></h3>"
        + "<div class='post-body entry-content'><p>The old vise finally cracked last winter, so this weekend the new one went on. "
        + "It took four bolts and a lot of swearing.</p></div></div></body></html>";
    assertThat(extract(html, url).title()).isEqualTo("Fitting a new vise to the old bench");
  }

  private static String tableLayout(String beforeText) {
    return "<html><head><title>Gesangverein Talheim 1890 e.V. - Aktuelles</title></head><body><table width='780'>"
        + "<tr><td colspan='2'><font size='6'><b>Gesangverein Talheim 1890 e.V.</b></font></td></tr>"
        + "<tr><td width='160'><a href='index.html'>Startseite</a><br><a href='news.php'>Aktuelles</a></td><td width='620'>"
        + "<font size='1'><a href='news.php'>Aktuelles</a> &raquo; Bericht</font><br><br>" + beforeText
        + "<hr size='1'><font size='2'>" + PROSE + "</font></td></tr></table></body></html>";
  }

  @Test
  void aTableLayoutsBoldLineBetweenLineBreaksIsTheHeadline() {
    String url = "http://www.gesangverein-talheim.example/news.php?id=41";
    String bold = tableLayout("<font size='1'>12.5.09</font><br><font size='4'><b>Neues Vereinsheim am Dorfbach eingeweiht</b></font><br><br>");
    assertThat(extract(bold, url).title()).isEqualTo("Neues Vereinsheim am Dorfbach eingeweiht");
    // after a bold kicker of two words, which is no headline
    String kicker = tableLayout("<font size='1'><b>CHOR AKTUELL</b></font><br><b>Neues Vereinsheim am Dorfbach eingeweiht</b><br>");
    assertThat(extract(kicker, url).title()).isEqualTo("Neues Vereinsheim am Dorfbach eingeweiht");
  }

  @Test
  void boldWordsInsideALineAreNoHeadline() {
    String url = "http://www.gesangverein-talheim.example/news.php?id=41";
    String inline = tableLayout("Heute: <b>Neues Vereinsheim am Dorfbach eingeweiht</b> mit allen Sängern<br><br>");
    assertThat(extract(inline, url).title()).isNotEqualTo("Neues Vereinsheim am Dorfbach eingeweiht");
  }

  @Test
  void aTextAndPhotosCreditInAParagraphOfItsOwnNamesTheWriter() {
    String url = "https://www.pfarrei-talheim.example/2015/05/12/pfarrfest/";
    String html = "<html><head><title>Pfarrfest bei Sonnenschein | Pfarrei St. Georg Talheim</title></head><body>"
        + "<article class='post hentry'><h1 class='entry-title'>Pfarrfest bei Sonnenschein</h1><div class='entry-content'>"
        + "<p>Bei strahlendem Wetter feierte die Pfarrei am Sonntag ihr Pfarrfest mit einem Gottesdienst im Freien und einem "
        + "Mittagessen auf dem Kirchplatz.</p><p style='text-align:right'>Text und Fotos: Erika Musterfrau</p></div></article>"
        + "<footer>&copy; 2015 Pfarrei St. Georg Talheim</footer></body></html>";
    assertThat(extract(html, url).author()).isEqualTo("Erika Musterfrau");
  }

  private static String withDateLine(String dateLine) {
    return tableLayout("<font size='4'><b>Neues Vereinsheim am Dorfbach eingeweiht</b></font><br><font size='1' color='#666666'>"
        + dateLine + "</font><br><br>");
  }

  @Test
  void aDateLineThatGoesOnWithATextCreditNamesTheWriterNotThePhotographer() {
    String url = "http://www.gesangverein-talheim.example/news.php?id=41";
    ArticleMetadata page = extract(withDateLine("Sa., 16.05.2009 - Text: Erika Musterfrau / Fotos: Hans Beispiel"), url);
    assertThat(page.author()).isEqualTo("Erika Musterfrau");
    assertThat(page.date()).isEqualTo(LocalDate.of(2009, 5, 16));
  }

  @Test
  void aPostingLineWithEingetragenNamesTheWriterBeforeOrAfterTheDate() {
    String url = "http://www.gesangverein-talheim.example/news.php?id=41";
    assertThat(extract(withDateLine("16.5.09 - eingetragen von Erika Musterfrau"), url).author()).isEqualTo("Erika Musterfrau");
    assertThat(extract(withDateLine("eingetragen am 16.5.09 von Erika Musterfrau"), url).author()).isEqualTo("Erika Musterfrau");
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
    assertThat(DatedNameLine.afterOpeningDate("Konzert am 24.08.2009 - Text: Erika Musterfrau")).isEmpty();
    assertThat(DatedNameLine.afterOpeningDate("24.08.2009")).isEmpty();
  }
}
