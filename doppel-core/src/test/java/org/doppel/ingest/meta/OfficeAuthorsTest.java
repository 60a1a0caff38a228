package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An organisation's office, desk or studio is no writer: after the writer's name and a comma ("Jane Voe, Communications
 * Office", "Von Anna Muster, ARD-Studio Kassel") it is cut, and as the author meta tag's whole value ("Pfarrbüro",
 * "Pressestelle") it gives way to a byline that names a person. Every page here is written for the test.
 */
class OfficeAuthorsTest {
  private static final LocalDate LATEST = DeskAuthorsAndPlainDateListsTest.LATEST;
  private static final String PROSE = DeskAuthorsAndPlainDateListsTest.PROSE;

  private static String author(String head, String body) {
    String html = "<html><head><title>Messreihe am Gletscher fortgesetzt</title>" + head + "</head><body><div class='article'>"
        + "<h1>Messreihe am Gletscher fortgesetzt</h1>" + body + "</div></body></html>";
    String url = "https://www.beispielstadt.example/aktuelles/messreihe-gletscher/";
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST).author();
  }

  @Test
  void anOfficeOrAStudioAfterTheWritersNameIsCut() {
    assertThat(author("", "<div class='post-meta'>By Jane Voe, Press Office | June 14, 2019</div>" + PROSE))
        .isEqualTo("Jane Voe");
    assertThat(author("", PROSE + "<p class='author'>Von Anna Muster, ARD-Studio Kassel</p>")).isEqualTo("Anna Muster");
    assertThat(author("", PROSE + "<p class='author'>Von Anna Muster, Pressestelle</p>")).isEqualTo("Anna Muster");
  }

  @Test
  void aSecondWritersNameAfterTheCommaStays() {
    assertThat(author("", "<div class='entry-meta'>By Jane Voe, Sam Quist | June 14, 2019</div>" + PROSE))
        .isEqualTo("Jane Voe, Sam Quist");
  }

  @Test
  void anOfficeAsTheAuthorTagGivesWayToTheBylineThatNamesAPerson() {
    String signed = "<dl class='article-info'><dd class='createdby'>Geschrieben von Erika Beispiel</dd></dl>" + PROSE;
    assertThat(author("<meta name='author' content='Pfarrbüro'>", signed)).isEqualTo("Erika Beispiel");
    assertThat(author("<meta name='author' content='Pressestelle Beispielstadt'>", signed)).isEqualTo("Erika Beispiel");
    assertThat(author("<meta name='author' content='Press Office'>", signed)).isEqualTo("Erika Beispiel");
  }

  @Test
  void anOfficeThatAloneSignsThePageIsStillGiven() {
    // no person named anywhere: the office that signs is what the page names, as the publisher is
    assertThat(author("<meta name='author' content='Pfarrbüro'>", PROSE)).isEqualTo("Pfarrbüro");
  }

  @Test
  void aPersonsNameIsNoOffice() {
    assertThat(PublisherNames.isNewsroom("Jana Beispiel")).isFalse();
    assertThat(PublisherNames.isNewsroom("Pfarrbüro Oberdorf")).isTrue();
    assertThat(PublisherNames.isNewsroom("Studio")).isFalse();
  }
}
