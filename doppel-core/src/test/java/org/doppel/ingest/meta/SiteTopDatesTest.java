package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Dates of the site or of other articles, not the article's: the day of viewing in a top bar before the headline that holds
 * the site's logo and its menu or in a strip right above the site's masthead, the event list or counter in a table layout's side column, and a "more news" list set as boxes or as lines. Every page here is written
 * for the test.
 */
class SiteTopDatesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String MENU = "<ul class='menu'><li><a href='/lokales/'>Lokales</a></li><li><a href='/sport/'>Sport</a></li>"
      + "<li><a href='/kultur/'>Kultur</a></li><li><a href='/termine/'>Termine</a></li><li><a href='/kontakt/'>Kontakt</a></li></ul>";

  private static LocalDate date(String html) {
    Document page = Jsoup.parse(html, "https://www.talbote.example/lokales/brunnen-saniert.html");
    return HtmlMetadata.extract(page, "https://www.talbote.example/lokales/brunnen-saniert.html", LATEST).date();
  }

  @Test
  void theDayOfViewingInTheTopBarWithTheLogoAndTheMenuIsNotTheArticles() {
    // a box classed as a date ("datum") in a top bar named neither header nor masthead, before the article's dated line
    String classed = "<html><body><div class='oben'><div class='datum'>Sonntag, 9. März 2025 | Talheim 6 °C</div>"
        + "<a href='/' class='marke'><img src='/img/talbote.png' alt='Talbote'></a>" + MENU + "</div>"
        + "<div id='inhalt'><h1>Brunnen am Marktplatz saniert</h1><p class='datum'>Veröffentlicht am 4. März 2025</p>"
        + "<p>Nach drei Monaten Bauzeit sprudelt der Brunnen am Marktplatz wieder.</p></div></body></html>";
    assertThat(date(classed)).isEqualTo(LocalDate.of(2025, 3, 4));
    // the logo as a link classed so, a text date in the bar, and the article's date only in its text
    String text = "<html><body><div id='top'><span class='logo'><a href='https://www.talbote.example/'>Talbote</a></span>" + MENU
        + "<p>Sonntag, 9. März 2025</p></div><div id='inhalt'><h1>Brunnen am Marktplatz saniert</h1>"
        + "<p>Talheim, 4. März 2025. Nach drei Monaten Bauzeit sprudelt der Brunnen am Marktplatz wieder.</p></div></body></html>";
    assertThat(date(text)).isEqualTo(LocalDate.of(2025, 3, 4));
  }

  /** A page that declares its publication and its last change on two days and shows a strip above its masthead. */
  private static String stripAbove(String strip, String headline) {
    return "<html><head><meta property='article:published_time' content='2025-03-04T17:30:00+01:00'>"
        + "<meta property='article:modified_time' content='2025-03-05T08:15:00+01:00'></head><body>" + strip
        + "<header><a href='/' class='logo'>Talbote</a><nav><a href='/lokales/'>Lokales</a> <a href='/sport/'>Sport</a></nav></header>"
        + "<main><article>" + headline + "<div class='meta'><span class='byline'>Von Lena Probe</span> "
        + "<span class='date'>4. März 2025, 17:30 Uhr</span> <span class='updated'>Aktualisiert: 5. März 2025</span></div>"
        + "<p>" + ARTICLE + "</p></article></main></body></html>";
  }

  @Test
  void theDayOfViewingInAStripAboveTheMastheadIsNotTheArticles() {
    // the day of viewing with the subscription links, in a box of its own right before the <header>; the day the page shows
    // first decides between the declared days, and that is now the article's
    String strip = "<div class='masthead-top'><span class='dateline'>Mittwoch, 5. März 2025</span> <a href='/abo'>Abo</a> "
        + "<a href='/login'>Anmelden</a></div>";
    assertThat(date(stripAbove(strip, "<h1>Brunnen am Marktplatz saniert</h1>"))).isEqualTo(LocalDate.of(2025, 3, 4));
    // without an <h1>: the headline in an <h2>
    assertThat(date(stripAbove("<div class='header-date'>Mittwoch, 5. März 2025</div>", "<h2>Brunnen am Marktplatz saniert</h2>")))
        .isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void aLongerBoxBeforeTheMastheadKeepsItsDates() {
    // a notice of more than a strip's few words before the masthead is read as the page shows it
    String notice = "<div class='hinweis'>Mittwoch, 5. März 2025: Wegen einer Störung erscheinen heute einige Artikel später als "
        + "gewohnt. Wir bitten um Verständnis und danken für Ihre Geduld.</div>";
    assertThat(date(stripAbove(notice, "<h1>Brunnen am Marktplatz saniert</h1>"))).isEqualTo(LocalDate.of(2025, 3, 5));
  }

  @Test
  void theDayOfViewingThatTheTextIntroducesAsTodaysIsNotTheArticles() {
    // a navigation cell that no class or id names as today's date, before a date line with a two-digit year
    String cell = "<html><body><table><tr><td class='leiste'><a href='/'>Start</a> | <a href='/news/'>News</a> &nbsp; Heute ist "
        + "Dienstag, 11.03.2025</td></tr><tr><td><b>Brunnen am Marktplatz saniert</b><br>Geschrieben von Lena Probe am 4.3.25"
        + "<br><br>" + ARTICLE + "</td></tr></table></body></html>";
    assertThat(date(cell)).isEqualTo(LocalDate.of(2025, 3, 4));
    // "Heute:" with a weekday and a month name, and "Today is" in English
    assertThat(date(barAndText("Heute: Dienstag, der 11. März 2025", "Talheim, 4. März 2025. Die Arbeiten sind beendet.")))
        .isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(date(barAndText("Today is Tuesday, 11 March 2025", "Talheim, 4 March 2025. The work is done.")))
        .isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void todaysWordWithoutADateAfterItLeavesTheDates() {
    // a visitor counter's "Heute: 37" and a relative "heute ist" in prose are no day of viewing
    assertThat(date(barAndText("Besucher heute: 37", "Heute ist der Brunnen wieder in Betrieb, seit dem 4. März 2025.")))
        .isEqualTo(LocalDate.of(2025, 3, 4));
  }

  /** A page with a line above the headline and a paragraph below it. */
  private static String barAndText(String bar, String text) {
    return "<html><body><p>" + bar + "</p><h1>Brunnen am Marktplatz saniert</h1><p>" + text + "</p></body></html>";
  }

  @Test
  void aBoxBeforeTheHeadlineWithoutTheSitesLogoOrMenuKeepsItsDate() {
    // a breadcrumb of home and sections above the dateline: links, but no logo
    String crumbs = "<html><body><div class='kopf'><p class='pfad'><a href='/'>Start</a> › <a href='/lokales/'>Lokales</a> › "
        + "<a href='/lokales/talheim/'>Talheim</a> › <a href='/lokales/talheim/markt/'>Markt</a> › <a href='/archiv/'>Archiv</a></p>"
        + "<div class='datum'>4. März 2025</div></div><h1>Brunnen am Marktplatz saniert</h1>"
        + "<p>Nach drei Monaten Bauzeit sprudelt der Brunnen am Marktplatz wieder.</p></body></html>";
    assertThat(date(crumbs)).isEqualTo(LocalDate.of(2025, 3, 4));
    // the logo without a menu: a dateline box beside the site's name
    String logoOnly = "<html><body><div class='kopf'><a href='/'><img src='/img/talbote.png' alt='Talbote'></a>"
        + "<div class='datum'>4. März 2025</div></div><h1>Brunnen am Marktplatz saniert</h1>"
        + "<p>Nach drei Monaten Bauzeit sprudelt der Brunnen am Marktplatz wieder.</p></body></html>";
    assertThat(date(logoOnly)).isEqualTo(LocalDate.of(2025, 3, 4));
  }

  private static final String ARTICLE = "Am Samstag hat der Gesangverein sein neues Vereinsheim am Dorfbach eingeweiht, nach zwei Jahren "
      + "Bauzeit und vielen Stunden Arbeit der Mitglieder.<br><br>Der Vorstand dankte allen Helfern und den Spendern aus dem Ort, ohne "
      + "die das Haus nicht fertig geworden wäre. Im Anschluss spielte die Jugendkapelle, und bis zum Abend wurde gefeiert.<br><br>"
      + "Im Herbst sollen im neuen Saal die ersten Proben stattfinden. Wer mitsingen möchte, ist dienstags willkommen.";

  private static String tableLayout(String side, String dateline) {
    return "<html><body><table width='760'><tr><td colspan='2'><img src='/img/kopf.jpg' alt='Gesangverein Tannbach'></td></tr>"
        + "<tr><td width='160' valign='top'><font size='1'>" + side + "</font></td><td width='600' valign='top'>"
        + "<font size='3'><b>Neues Vereinsheim eingeweiht</b></font><br><font size='1'>" + dateline + "</font><br><br>"
        + "<font size='2'>" + ARTICLE + "</font></td></tr></table></body></html>";
  }

  @Test
  void anEventListOrACounterInATableLayoutsSideColumnIsNotTheArticlesDate() {
    String events = "<b>Termine</b><br>14.06.09 Sommerfest<br>21.06.09 Chorprobe im Freien<br><br><b>Wetter</b><br>sonnig, 22 °C";
    assertThat(date(tableLayout(events, "08.06.09 - Rubrik: Vereinsleben"))).isEqualTo(LocalDate.of(2009, 6, 8));
    String counter = "<a href='index.html'>Startseite</a><br><a href='chor.html'>Der Chor</a><br><br>Besucher seit 01.01.2004:<br>"
        + "<img src='/cgi-bin/zaehler.pl' alt='Zähler'>";
    assertThat(date(tableLayout(counter, "8.6.09"))).isEqualTo(LocalDate.of(2009, 6, 8));
  }

  @Test
  void aCellBesideAShortOneIsNoSideColumn() {
    // two cells of a facts table, neither the article: the date cell counts
    String facts = "<html><body><h2>Neues Vereinsheim eingeweiht</h2><table><tr><td>Datum:</td><td>08.06.2009</td></tr>"
        + "<tr><td>Ort:</td><td>Vereinsheim am Dorfbach</td></tr></table><p>" + ARTICLE + "</p></body></html>";
    assertThat(date(facts)).isEqualTo(LocalDate.of(2009, 6, 8));
  }

  @Test
  void aListOfDatedLinksSetAsBoxesOfOneClassHoldsOtherArticlesDates() {
    // the "more news" list under the article, set as divs of one class, not as a list; its dates are marked by class
    String html = "<html><body><div id='inhalt'><div class='news-single-item'><h1>Brunnen am Marktplatz saniert</h1>"
        + "<div class='news-single-rightbox'>Erstellt: 04.03.2025</div>"
        + "<p>Nach drei Monaten Bauzeit sprudelt der Brunnen am Marktplatz wieder, pünktlich zum Frühjahr.</p></div>"
        + "<div class='more-news'><h3>Weitere Meldungen</h3>"
        + "<div class='more-news-item'><span class='more-news-date'>24.02.2025</span> <a href='/lokales/a.html'>Neuer Kreisel</a></div>"
        + "<div class='more-news-item'><span class='more-news-date'>11.02.2025</span> <a href='/lokales/b.html'>Fasching</a></div>"
        + "</div></div></body></html>";
    assertThat(date(html)).isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void aListOfDatedLinksSetAsLinesHoldsOtherArticlesDates() {
    // a table layout's "more news" lines between <br>s: a headline in it that ends in a publication word ("erschienen")
    // read as a label would date the page by the next line's day
    String more = "<font size='1'><b>Weitere Meldungen:</b><br>02.03.2025 - <a href='/meldung.php?id=88'>Neues Gemeindeblatt "
        + "erschienen</a><br>27.02.2025 - <a href='/meldung.php?id=87'>Neuer Kreisel an der Ortseinfahrt</a><br></font>";
    String html = "<html><body><table><tr><td><font size='3'><b>Brunnen am Marktplatz saniert</b></font><br>"
        + "<font size='1'>04.03.2025 - Quelle: Gemeinde Talheim</font><br><br><font size='2'>" + ARTICLE + "</font><br><br>"
        + more + "</td></tr></table></body></html>";
    assertThat(date(html)).isEqualTo(LocalDate.of(2025, 3, 4));
    // one dated line with a link is a byline or a source line, not a list: its date stays the page's
    String single = "<html><body><table><tr><td><font size='3'><b>Brunnen am Marktplatz saniert</b></font><br>"
        + "<font size='1'>Erschienen 04.03.2025 - <a href='/autor/jm'>Jana Muster</a><br>Foto: Gemeinde</font><br><br>"
        + "<font size='2'>" + ARTICLE + "</font></td></tr></table></body></html>";
    assertThat(date(single)).isEqualTo(LocalDate.of(2025, 3, 4));
  }
}
