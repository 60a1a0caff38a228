package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The day of viewing in a site's top bar that no name marks as a masthead: the box before the headline that holds the
 * site's logo and its menu. Every page here is written for the test.
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
}
