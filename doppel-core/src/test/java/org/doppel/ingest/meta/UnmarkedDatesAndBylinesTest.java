package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Dates and bylines that a page shows without marking them for machines, beside dates and names that are other things':
 * a "most read" column, a comment, a list of sections. Every page here is written for the test.
 */
class UnmarkedDatesAndBylinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "https://musterblatt.example/lokales/neue-sporthalle-123.html";

  private static ArticleMetadata meta(String html) {
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  /** A page of the local paper: {@code head} in the head, {@code header} under the headline, {@code aside} after the article. */
  private static String page(String head, String header, String aside) {
    return "<html><head><title>Neue Sporthalle beschlossen | Musterblatt</title>" + head + "</head><body>"
        + "<div class='top'><a href='/'>Musterblatt</a></div>"
        + "<main><article><h1>Neue Sporthalle beschlossen</h1>" + header
        + "<p>Der Gemeinderat hat am Dienstagabend nach langer Diskussion den Neubau der Sporthalle beschlossen.</p>"
        + "<p>Die Kosten werden auf rund vier Millionen Euro geschätzt, ein Teil kommt aus Fördermitteln des Landes.</p>"
        + "</article>" + aside + "</main></body></html>";
  }

  private static final String MOST_READ = "<aside><h3>Meistgelesen</h3><ul>"
      + "<li><a href='/a1'>Feuerwehr löscht Brand in Scheune</a> 03.12.2025</li>"
      + "<li><a href='/a2'>Kreisel an der Landstraße eröffnet</a> 01.12.2025</li></ul></aside>";

  @Test
  void aMostReadColumnsDatesDoNotDateAnUndatedArticle() {
    assertThat(meta(page("", "", MOST_READ)).date()).isNull();
    // nor a comment's date below it
    String comment = "<section><div class='comment'><p>Leserin A. schrieb am 04.12.2025:</p><p>Endlich!</p></div></section>";
    assertThat(meta(page("", "", comment)).date()).isNull();
  }

  @Test
  void theArticlesDateInItsTextIsReadPastAColumnBeforeIt() {
    // the column stands before the article in the source, as templates with a left column write it
    String html = "<html><head><title>Neue Sporthalle beschlossen</title></head><body><nav><a href='/'>Start</a> 05.12.2025</nav>"
        + "<div class='sidebar'><p><a href='/a1'>Feuerwehr löscht Brand</a> 03.12.2025</p></div>"
        + "<div class='content'><h1>Neue Sporthalle beschlossen</h1><p>Der Gemeinderat hat den Neubau beschlossen. Gemeinde Musterdorf, "
        + "14.03.2022</p></div></body></html>";
    assertThat(meta(html).date()).isEqualTo(LocalDate.of(2022, 3, 14));
  }

  @Test
  void anAsideInsideTheArticleKeepsTheArticlesOwnDate() {
    String html = page("", "<aside class='meta' role='complementary'><p><time datetime='2022-03-14'>14.03.2022 - 13:30</time></p></aside>", "");
    assertThat(meta(html).date()).isEqualTo(LocalDate.of(2022, 3, 14));
  }

  @Test
  void anEventsDayInTheHeadlineGivesWayToTheDatelineUnderIt() {
    String html = "<html><head><title>Konzert</title></head><body><article><h1>Konzert am 20.03.2022 in der neuen Halle</h1>"
        + "<p class='x'>14.03.2022</p><p>Der Chor lädt zu seinem Frühjahrskonzert ein, der Eintritt ist frei.</p></article></body></html>";
    assertThat(meta(html).date()).isEqualTo(LocalDate.of(2022, 3, 14));
    // a headline that is the page's only date dates it
    String release = "<html><head><title>Presse</title></head><body><article><h1>Pressemitteilung vom 14.03.2022</h1>"
        + "<p>Der Verein lädt zu seinem Frühjahrskonzert ein, der Eintritt ist frei.</p></article></body></html>";
    assertThat(meta(release).date()).isEqualTo(LocalDate.of(2022, 3, 14));
  }

  @Test
  void aTemplatesDateTagThatThePageNeverShowsGivesWayToTheDateItShows() {
    assertThat(meta(page("<meta name='date' content='2019-01-01'>", "<p>14.03.2022</p>", "")).date()).isEqualTo(LocalDate.of(2022, 3, 14));
    // shown, or the only date there is: the tag dates the page
    assertThat(meta(page("<meta name='date' content='2022-03-14'>", "<p>Mo., 14. März 2022</p>", "")).date())
        .isEqualTo(LocalDate.of(2022, 3, 14));
    assertThat(meta(page("<meta name='date' content='2022-03-14'>", "", "")).date()).isEqualTo(LocalDate.of(2022, 3, 14));
  }

  @Test
  void aDateTagWrittenWithoutSeparatorsIsRead() {
    assertThat(meta(page("<meta name='pubdate' content='20220314'>", "", "")).date()).isEqualTo(LocalDate.of(2022, 3, 14));
    ArticleMetadata withTime = meta(page("<meta name='pubdate' content='20220314140500'>", "", ""));
    assertThat(withTime.date()).isEqualTo(LocalDate.of(2022, 3, 14));
    assertThat(withTime.time()).hasToString("14:05");
    // no such day: not a date
    assertThat(meta(page("<meta name='pubdate' content='20220231'>", "", "")).date()).isNull();
  }

  @Test
  void aNameBesideTheDateUnderTheHeadlineIsTheByline() {
    assertThat(meta(page("", "<p>Erika Beispiel | 14.03.2022</p>", "")).author()).isEqualTo("Erika Beispiel");
    assertThat(meta(page("", "<p>Mo, 14. März 2022 · Erika Beispiel und Jonas Probe</p>", "")).author())
        .isEqualTo("Erika Beispiel und Jonas Probe");
  }

  @Test
  void sectionsBesideTheDateOrANameFarFromTheHeadlineAreNoByline() {
    assertThat(meta(page("", "<p>14.03.2022 | Naturschutz, Umwelt</p>", "")).author()).isNull();
    // the site's own name beside the date is the publisher
    assertThat(meta(page("<meta property='og:site_name' content='Musterblatt Online'>", "<p>Musterblatt Online | 14.03.2022</p>", ""))
        .author()).isNull();
    // a teaser's writer in the column after the article
    String teaser = "<aside><div><p><a href='/a1'>Feuerwehr löscht Brand</a></p><p>Jonas Probe | 03.12.2025</p></div></aside>";
    assertThat(meta(page("", "", teaser)).author()).isNull();
  }

  @Test
  void dutchAndInterviewBylinesNameTheWriter() {
    assertThat(meta(page("", "<p>Door Anna de Vries</p>", "")).author()).isEqualTo("Anna de Vries");
    assertThat(meta(page("", "<p>Interview: Erika Beispiel</p>", "")).author()).isEqualTo("Erika Beispiel");
  }

  /** A statement an association publishes, its text's last paragraph {@code signature}. */
  private static String statement(String byline, String signature) {
    return "<html><head><title>Grußwort zum Jahreswechsel | Musterverein</title></head><body><div class='content'>"
        + "<h1>Grußwort zum Jahreswechsel</h1>" + byline
        + "<p>Liebe Mitglieder, ein bewegtes Jahr liegt hinter uns. Wir haben gemeinsam viel erreicht, neue Mitglieder gewonnen"
        + " und das Vereinsheim renoviert.</p><p>Dafür danke ich allen, die mitgeholfen haben. Ich wünsche Ihnen ein gesundes"
        + " neues Jahr.</p>" + signature + "</div></body></html>";
  }

  @Test
  void aStatementSignedWithTheSignersOfficeNamesNoAuthor() {
    // a signature under the text is no byline: the rule that read one served a single development page (issue 11)
    assertThat(meta(statement("", "<p>Erika BEISPIEL<br>Vorsitzende des Mustervereins</p>")).author()).isNull();
    assertThat(meta(statement("", "<p>Jonas Probe<br>Chief Executive</p>")).author()).isNull();
    // a byline names the writer
    assertThat(meta(statement("<p class='author'>Anna Muster</p>", "<p>Erika Beispiel<br>Vorsitzende</p>")).author())
        .isEqualTo("Anna Muster");
  }

  @Test
  void aDatelineWithoutTheYearTakesTheYearOfTheUrlOrTheCopyright() {
    String weekly = "<html><head><title>Neue Ampel</title></head><body><article><h1>Neue Ampel an der Kreuzung</h1><p class='date'>4. Juli</p>"
        + "<p>Seit Montag regelt eine Ampel den Verkehr an der Kreuzung, die Gemeinde hatte sie lange gefordert.</p></article>"
        + "<footer>© 2024 Musterverlag</footer></body></html>";
    String inUrl = "https://wochenblatt.example/lokales/2023/neue-ampel";
    assertThat(HtmlMetadata.extract(Jsoup.parse(weekly, inUrl), inUrl, LATEST).date()).isEqualTo(LocalDate.of(2023, 7, 4));
    assertThat(meta(weekly).date()).isEqualTo(LocalDate.of(2024, 7, 4));
    // a full date elsewhere on the page wins; without a year anywhere, no date
    assertThat(meta(weekly.replace("</article>", "<p>Musterdorf, 03.07.2024</p></article>")).date()).isEqualTo(LocalDate.of(2024, 7, 3));
    assertThat(meta(weekly.replace("© 2024 ", "")).date()).isNull();
  }
}
