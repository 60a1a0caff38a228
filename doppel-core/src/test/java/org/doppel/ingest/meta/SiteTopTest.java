package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The site's masthead and top bar, found by markup and by parts; every page here is written for the test. */
class SiteTopTest {
  private static final String MENU = "<ul><li><a href='/lokales/'>Lokales</a></li><li><a href='/sport/'>Sport</a></li>"
      + "<li><a href='/kultur/'>Kultur</a></li><li><a href='/termine/'>Termine</a></li></ul>";
  private static final String ARTICLE = "<div id='inhalt'><h1>Brücke wieder offen</h1><p class='when'>3. März 2025</p>"
      + "<p>Seit Montag rollt der Verkehr wieder über die Brücke.</p></div>";

  @Test
  void aBarBeforeTheHeadlineWithTheLogoAndTheMenuIsTheSiteTop() {
    Document page = Jsoup.parse("<div id='bar'><a href='/'><img src='/logo.png' alt='Bote'></a>" + MENU
        + "<span class='day'>Montag, 10. März 2025</span></div>" + ARTICLE);
    assertThat(SiteTop.inSiteTop(page.selectFirst("span.day"))).isTrue();
    assertThat(SiteTop.inMasthead(page.selectFirst("span.day"))).isTrue();
    assertThat(SiteTop.siteTopOf(page.body())).isSameAs(page.getElementById("bar"));
    assertThat(SiteTop.inSiteTop(page.selectFirst("p.when"))).isFalse();
  }

  @Test
  void withoutALogoOrWithTooFewLinksABarIsNoSiteTop() {
    Document noLogo = Jsoup.parse("<div id='bar'>" + MENU + "<span class='day'>Montag, 10. März 2025</span></div>" + ARTICLE);
    assertThat(SiteTop.inSiteTop(noLogo.selectFirst("span.day"))).isFalse();
    assertThat(SiteTop.siteTopOf(noLogo.body())).isNull();
    Document fewLinks = Jsoup.parse("<div id='bar'><a href='/' class='logo'>Bote</a><a href='/sport/'>Sport</a>"
        + "<span class='day'>Montag, 10. März 2025</span></div>" + ARTICLE);
    assertThat(SiteTop.inSiteTop(fewLinks.selectFirst("span.day"))).isFalse();
  }

  @Test
  void aHeaderOutsideTheArticleIsTheMastheadButTheArticlesOwnHeaderIsNot() {
    Document page = Jsoup.parse("<header><span class='day'>Montag, 10. März 2025</span></header>"
        + "<article><header><h1>Brücke wieder offen</h1><time>3. März 2025</time></header><p>Text.</p></article>");
    assertThat(SiteTop.inMasthead(page.selectFirst("span.day"))).isTrue();
    assertThat(SiteTop.inMasthead(page.selectFirst("time"))).isFalse();
  }
}
