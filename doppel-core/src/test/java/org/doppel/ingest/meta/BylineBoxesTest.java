package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Bylines in boxes that templates name by their parts (BEM class names such as {@code author-info__name}, a German
 * {@code verfasser} class, an {@code authors} box), a one-word label before the names and a date's label after them.
 * Every page here is written for the test.
 */
class BylineBoxesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "https://www.elbgrund-anzeiger.example/region/faehre-faehrt-wieder-4711.html";

  private static ArticleMetadata meta(String header) {
    return meta("", header);
  }

  private static ArticleMetadata meta(String head, String header) {
    String html = "<html><head><title>Fähre fährt wieder | Elbgrund Anzeiger</title>" + head + "</head><body>"
        + "<header><a href='/'>Elbgrund Anzeiger</a><nav><a href='/region'>Region</a> <a href='/sport'>Sport</a></nav></header>"
        + "<main><article><h1>Fähre fährt wieder</h1>" + header
        + "<p>Nach drei Wochen Pause legt die Fähre zwischen den beiden Ufern wieder regelmäßig ab. Die Reparatur am Anleger "
        + "dauerte länger als geplant, weil ein Ersatzteil fehlte.</p>"
        + "<p>Pendler mussten in dieser Zeit einen Umweg von fast zwanzig Kilometern über die nächste Brücke fahren.</p>"
        + "</article></main><footer>© 2024 Elbgrund Anzeiger</footer></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  @Test
  void aNameInABemNamedAuthorBoxIsTheAuthor() {
    ArticleMetadata meta = meta("<div class='article-header'><div class='author-info'>"
        + "<a class='author-info__name' href='/profil/wiebke-sandhoff'>Wiebke Sandhoff</a></div></div>");
    assertThat(meta.author()).isEqualTo("Wiebke Sandhoff");
    assertThat(meta.evidence()).containsEntry("author", "byline");
  }

  @Test
  void aBlockAndElementNameOfTheBylineIsABylineMark() {
    assertThat(meta("<div class='c-article-byline__name'>Lisbeth Quandt</div>").author()).isEqualTo("Lisbeth Quandt");
  }

  @Test
  void aVerfasserClassIsABylineMark() {
    assertThat(meta("<span class='verfasser'>Jorinde Wittkopp</span>").author()).isEqualTo("Jorinde Wittkopp");
  }

  @Test
  void anAuthorBoxsBiographyIsNoByline() {
    // the part of the box is its text about the writer, not the name: nothing on the page names the author
    assertThat(meta("<div class='author-box__bio'>Jorinde Wittkopp schreibt seit zehn Jahren über die Region.</div>").author())
        .isNull();
  }

  @Test
  void anAuthorsBoxNamesTheWritersAsWrittenWithoutItsLabel() {
    ArticleMetadata meta = meta("<div class='authors'>Recherche-Team: <a href='/profil/malte-rosskamp'>Malte Rosskamp</a>, "
        + "<a href='/profil/lisbeth-quandt'>Lisbeth Quandt</a></div>");
    assertThat(meta.author()).isEqualTo("Malte Rosskamp, Lisbeth Quandt");
  }

  @Test
  void aOneWordLabelBeforeTheNamesIsCutButAPicturesCreditIsNotAWriter() {
    assertThat(AuthorNames.clean("Reportage: Wiebke Sandhoff", null)).isEqualTo("Wiebke Sandhoff");
    assertThat(AuthorNames.clean("Foto: Wiebke Sandhoff", null)).isNotEqualTo("Wiebke Sandhoff");
    assertThat(AuthorNames.clean("Bildquelle: Wiebke Sandhoff", null)).isNotEqualTo("Wiebke Sandhoff");
  }

  @Test
  void theDatesLabelAfterTheNameGoesWithTheDate() {
    assertThat(meta("<p>Autor: Jorinde Wittkopp | Datum: 14.03.2024</p>").author()).isEqualTo("Jorinde Wittkopp");
  }
}
