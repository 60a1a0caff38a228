package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Three forms of press rooms', magazines' and older templates' pages: an author meta tag that names the publisher and one
 * word beside it, its desk ("University, Communications"), where the text names the writer; the newsroom declared as author
 * (in JSON-LD, a meta tag or Twitter's label) where the text credits a writer; and a side box of earlier releases set as plain
 * paragraphs, each a date and a link, whose dates are other pages'. Every page here is written for the test.
 */
class DeskAuthorsAndPlainDateListsTest {
  static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  /** Two paragraphs of an article's text, which the office authors' pages ({@link OfficeAuthorsTest}) share. */
  static final String PROSE = "<p>Das Institut hat die Messreihe am Gletscher im Herbst fortgesetzt und legt nun die Ergebnisse "
      + "des vergangenen Jahres vor. Die Zunge ist deutlich schneller zurückgegangen als im Mittel der letzten zehn Jahre.</p>"
      + "<p>Die Daten gehen an ein internationales Messnetz, das die Veränderungen der Gletscher weltweit vergleicht.</p>";

  private static ArticleMetadata extract(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  private static String desk(String metaAuthor) {
    String html = "<html><head><title>Messreihe am Gletscher fortgesetzt – Universität Beispielstadt</title>"
        + "<meta name='author' content='" + metaAuthor + "'><meta property='og:site_name' content='Universität Beispielstadt'></head>"
        + "<body><div class='article'><h1>Messreihe am Gletscher fortgesetzt</h1><div class='news-meta'>Erstellt: 14.01.2022</div>"
        + PROSE + "<p class='news-author'>Text: Erika Muster</p></div></body></html>";
    return extract(html, "https://www.uni-beispielstadt.example/news/messreihe/").author();
  }

  @Test
  void oneWordBesideThePublishersNameInTheAuthorTagIsItsDeskNotTheWriter() {
    assertThat(desk("Universität Beispielstadt, Öffentlichkeitsarbeit")).isEqualTo("Erika Muster");
    assertThat(desk("Universität Beispielstadt - Kommunikation")).isEqualTo("Erika Muster");
  }

  @Test
  void aWritersNameBesideThePublishersNameInTheAuthorTagIsKept() {
    assertThat(desk("Universität Beispielstadt, Jana Beispiel")).isEqualTo("Jana Beispiel");
  }

  /** A magazine's page whose head names the newsroom as author ({@code head}) and whose text credits a writer ({@code credit}). */
  private static String newsroomDeclared(String head, String credit) {
    String html = "<html><head><title>Sieben Räder im Test – Radmagazin Beispiel</title>" + head + "</head><body><article>"
        + "<h1>Sieben Räder im Test</h1><div class='entry-meta'><span class='posted-on'>14.01.2022</span></div>" + credit + PROSE
        + "</article></body></html>";
    return extract(html, "https://www.radmagazin-beispiel.example/tests/sieben-raeder/").author();
  }

  @Test
  void theNewsroomDeclaredAsAuthorGivesWayToTheWriterTheTextCredits() {
    String credit = "<p class='credits'>Text: Erika Muster · Fotos: Jan Probe</p>";
    assertThat(newsroomDeclared("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
        + "\"headline\":\"Sieben Räder im Test\",\"author\":{\"name\":\"Redaktion\"}}</script>", credit)).isEqualTo("Erika Muster");
    assertThat(newsroomDeclared("<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Redaktion'>", credit))
        .isEqualTo("Erika Muster");
    // a compound of the newsroom's word is the newsroom too
    assertThat(newsroomDeclared("<meta name='author' content='Webredaktion'>", credit)).isEqualTo("Erika Muster");
  }

  @Test
  void theNewsroomDeclaredAsAuthorIsTheAuthorWhereNoWriterIsCredited() {
    assertThat(newsroomDeclared("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
        + "\"headline\":\"Sieben Räder im Test\",\"author\":{\"name\":\"Redaktion\"}}</script>", "")).isEqualTo("Redaktion");
    assertThat(newsroomDeclared("<meta name='author' content='Sportredaktion'>", "")).isEqualTo("Sportredaktion");
  }

  private static String pressRelease(int earlierReleases) {
    // a box named for its content, not for its place: a column named "rechts" is a side column whatever it holds (SideColumns)
    StringBuilder box = new StringBuilder("<div id='meldungen'><div class='kasten'><h3>Aktuelle Meldungen</h3>");
    for (int i = 0; i < earlierReleases; i++) {
      box.append("<p><span class='datum'>").append(21 - 3 * i).append(".08.2017</span><br><a href='/presse/pm-").append(117 - i)
          .append("/'>Frühere Meldung ").append(i + 1).append(" des Landkreises</a></p>");
    }
    String html = "<html><head><title>Landkreis Beispiel - Pressemitteilungen - Kreisstraße wird gesperrt</title>"
        + "<meta name='date' content='2017-08-22'></head><body><div id='inhalt'>"
        + "<div class='pm-kopf'>Pressemitteilung Nr. 118/2017 vom 22.08.2017</div><h2 class='pm-titel'>Kreisstraße wird gesperrt</h2>"
        + PROSE + "</div>" + box + "</div></body></html>";
    return html;
  }

  @Test
  void threePlainParagraphsEachADateAndALinkAreAListOfOtherReleases() {
    String url = "https://www.landkreis-beispiel.example/presse/pm-118/";
    assertThat(extract(pressRelease(3), url).date()).isEqualTo(LocalDate.of(2017, 8, 22));
  }

  @Test
  void twoPlainBoxesEachADateAndALinkAreNoList() {
    // a breadcrumb that ends with the article's day and a footer's dated line stand side by side as plain boxes too
    Document page = Jsoup.parse(pressRelease(2));
    assertThat(DatesElsewhere.isElsewhere(page.selectFirst("span.datum"))).isFalse();
    assertThat(DatesElsewhere.isElsewhere(Jsoup.parse(pressRelease(3)).selectFirst("span.datum"))).isTrue();
  }
}
