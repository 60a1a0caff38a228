package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A {@code <title>} "Site :: Section :: Headline" whose headline names the place the site is named after (a municipality's
 * portal on its own host): both edges read as the site, but a title names its site once, so the shorter edge is the site and
 * the headline stays. Every page here is written for the test.
 */
class TitlesNamingTheSitesPlaceTest {
  private static String title(String title, String headline) {
    String html = "<html><head><title>" + title + "</title></head><body><table><tr><td>"
        + "<font size='1'>U bent hier: <a href='/'>Home</a> &gt; <a href='/nieuws/'>Nieuws</a></font><br>"
        + "<font size='4'><b>" + headline + "</b></font><br><font size='2'>Op zaterdag is het nieuwe dorpshuis van Beekveld "
        + "geopend. Ruim driehonderd inwoners kwamen naar de opening.<br><br>Het dorpshuis biedt ruimte aan verenigingen en "
        + "de bibliotheek.</font></td></tr></table></body></html>";
    String url = "http://www.beekveld.example/nieuws/2009/05/dorpshuis-geopend.html";
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LocalDate.of(2026, 1, 1)).title();
  }

  @Test
  void theHeadlineThatNamesTheSitesPlaceIsNotTheSite() {
    assertThat(title("Gemeente Beekveld :: Nieuws :: Nieuw dorpshuis in Beekveld geopend", "Nieuw dorpshuis in Beekveld geopend"))
        .isEqualTo("Nieuw dorpshuis in Beekveld geopend");
  }

  @Test
  void theSitesNameAloneAtOneEdgeIsStillCut() {
    assertThat(TitleSiteNames.stripSite("Gemeente Beekveld :: Nieuw dorpshuis geopend", null, "www.beekveld.example", null,
        java.util.List.of())).isEqualTo("Nieuw dorpshuis geopend");
    assertThat(TitleSiteNames.stripSite("Nieuw dorpshuis in Beekveld geopend - Gemeente Beekveld", null, "www.beekveld.example",
        null, java.util.List.of())).isEqualTo("Nieuw dorpshuis in Beekveld geopend");
  }
}
