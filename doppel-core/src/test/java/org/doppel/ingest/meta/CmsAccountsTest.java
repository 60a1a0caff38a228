package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A club's report posted under a site-administration account ("Xcc Admin", "webadmin") and signed by its writer at the end
 * ("Report by NAME, role"): the account is no author, the signature is. Every page here is written for the test.
 */
class CmsAccountsTest {
  private static final LocalDate LATEST = LocalDate.of(2031, 1, 1);
  private static final String URL = "https://www.example-rovers.example/2030/05/seniors-win-the-cup/";
  private static final String PROSE = "<p>Our seniors won the county cup on Saturday after a tense second half, with two late goals "
      + "from the bench turning a one-goal deficit into a famous win in front of a big home crowd.</p>"
      + "<p>The club thanks every volunteer who helped on the day, from the car park to the tea hut, and the supporters who "
      + "travelled to every round of the cup this season.</p>";

  private static String author(String head, String article) {
    String html = "<html><head><title>Seniors win the cup – Example Rovers</title>" + head + "</head><body>"
        + "<article><h1>Seniors win the cup</h1>" + article + "</article>"
        + "<footer><p>© 2030 Example Rovers Football Club</p></footer></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST).author();
  }

  @Test
  void anAdminAccountUnderTheClubsShortNameGivesWayToTheSignatureOnTheClosingParagraphsLastLine() {
    String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
        + "\"headline\":\"Seniors win the cup\",\"author\":{\"@type\":\"Person\",\"name\":\"Erfc Admin\"}}</script>";
    String byline = "<div class='byline'><span class='author vcard'>Erfc Admin</span></div>";
    assertThat(author(ld, byline + PROSE + "<p>Up the Rovers!<br>– Report by Jane Voe, Seconds coach</p>")).isEqualTo("Jane Voe");
  }

  @Test
  void aWebadminBylineGivesWayToTheSignatureNotToTheClubsCopyright() {
    String byline = "<footer class='entry-meta'><span class='byline'>by <span class='author vcard'>"
        + "<a class='url fn n' href='/author/webadmin/'>webadmin</a></span></span></footer>";
    assertThat(author("", PROSE + "<p><strong>Report by Sam Quist, Club PRO</strong></p>" + byline)).isEqualTo("Sam Quist");
  }

  @Test
  void aDatedEventOnAListsLastLineIsNoSignature() {
    String events = "<div class='events'><h3>Coming up</h3><p>15.06.2030 – Open day<br>22.06.2030 – Summer Cup Region North</p></div>";
    assertThat(author("", PROSE + events)).isEqualTo(author("", PROSE)).isNotEqualTo("Summer Cup Region North");
  }

  @Test
  void accountNamesAreNoNamesAndClubOfficesAreCutOnlyInLowerCase() {
    assertThat(AuthorNames.clean("Erfc Admin", null)).isNull();
    assertThat(AuthorNames.clean("Admin Rovers", null)).isNull();
    assertThat(AuthorNames.clean("Jane Voe, 1st XI captain", null)).isEqualTo("Jane Voe");
    assertThat(AuthorNames.clean("Sam Quist, Club PRO", null)).isEqualTo("Sam Quist");
    assertThat(AuthorNames.clean("Jane Voe, Tom Coach", null)).isEqualTo("Jane Voe, Tom Coach");
  }
}
