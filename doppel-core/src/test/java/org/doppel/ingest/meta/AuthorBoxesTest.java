package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An author box after the text as the only place that names the writer, a parish office after a name, and a CMS account
 * as byline. Every page here is written for the test.
 */
class AuthorBoxesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "https://www.kiesel-und-karte.example/blog/hoehenweg-in-vier-etappen";

  private static ArticleMetadata meta(String head, String byline, String after) {
    String html = "<html><head><title>Der Höhenweg in vier Etappen — Kiesel &amp; Karte</title>"
        + "<meta property='og:site_name' content='Kiesel &amp; Karte'>" + head + "</head><body>"
        + "<header><a href='/'>Kiesel &amp; Karte</a></header><main><article><h1>Der Höhenweg in vier Etappen</h1>" + byline
        + "<p>Vier Tage, drei Hütten und ein Gipfel, den wir wegen Nebel nur von unten gesehen haben: so lief unsere Tour über "
        + "den Höhenweg im vergangenen Sommer.</p><p>Wer die Etappen nachgehen will, sollte die Hütten früh reservieren.</p>"
        + after + "</article></main><footer>© 2023 Kiesel &amp; Karte</footer></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  @Test
  void anAuthorBoxWithTheNameInBoldNamesTheWriter() {
    ArticleMetadata meta = meta("", "", "<div class='author-bio'><img src='/a.jpg' alt=''><h3>Über die Autorin</h3>"
        + "<p><strong>Malwine Oberacker</strong> ist Lehrerin in Coburg und wandert, seit sie laufen kann.</p></div>");
    assertThat(meta.author()).isEqualTo("Malwine Oberacker");
    assertThat(meta.evidence()).containsEntry("author", "author-box");
  }

  @Test
  void anAuthorBoxThatOpensWithTheNameAndAVerbNamesTheWriter() {
    assertThat(meta("", "", "<div class='author-box'>About the author Malwine Oberacker is a teacher who has walked every "
        + "long-distance trail of her region.</div>").author()).isEqualTo("Malwine Oberacker");
  }

  @Test
  void aJobTitleInASpanAndAMorePostsLinkAreNotPartOfTheBoxsName() {
    assertThat(meta("", "", "<div class='author-bio'><h2><a href='/team/mo/'>Malwine Oberacker<span class='job'>Redakteurin"
        + "</span></a></h2></div>").author()).isEqualTo("Malwine Oberacker");
    assertThat(meta("", "", "<div class='author-box author-box--name-yes'><div><h4 class='author-box__name'> Malwine Oberacker "
        + "</h4></div><a class='author-box__button' href='/team/mo/'>Weitere Beiträge</a></div>").author())
        .isEqualTo("Malwine Oberacker");
  }

  @Test
  void anAuthorBoxDoesNotOverruleTheByline() {
    assertThat(meta("", "<p class='byline'>Von Jonte Leimbach</p>", "<div class='author-box'><strong>Malwine Oberacker</strong>"
        + " ist Lehrerin in Coburg.</div>").author()).isEqualTo("Jonte Leimbach");
  }

  @Test
  void anAuthorBoxOutranksTheBlogsNameAsMetaAuthor() {
    assertThat(meta("<meta name='author' content='Kiesel &amp; Karte'>", "", "<div class='author-bio'><p><strong>Malwine "
        + "Oberacker</strong> schreibt hier über Touren in Franken.</p></div>").author()).isEqualTo("Malwine Oberacker");
  }

  @Test
  void aCustomersTestimonialBoxNamesNoWriter() {
    assertThat(meta("", "", "<div class='testimonial-author-info'><strong>Gesine Pfau</strong> ist Kundin seit 2019.</div>")
        .author()).isNotEqualTo("Gesine Pfau");
  }

  @Test
  void aParishOfficeAfterTheNameIsNotPartOfIt() {
    assertThat(AuthorNames.clean("Text: Ottilie Brunnhuber, Sozialdiakonin", null)).isEqualTo("Ottilie Brunnhuber");
    assertThat(AuthorNames.clean("Gottlieb Reinsch, Pastor", null)).isEqualTo("Gottlieb Reinsch");
  }

  @Test
  void aCmsAccountIsNoWritersName() {
    assertThat(AuthorNames.clean("webadmin", null)).isNull();
    assertThat(AuthorNames.clean("siteadmin", null)).isNull();
  }
}
