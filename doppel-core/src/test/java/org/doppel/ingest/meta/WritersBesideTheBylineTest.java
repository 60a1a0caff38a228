package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that stand near an article without being its writer's: links to writers' pages in the site's navigation menu and
 * a picture's credit; the weekday that an English byline sets between the name and the date; and the author box after the
 * text, where some blogs alone name the writer. Every page here is written
 * for the test ({@link AuthorNamesTest} has the time after a name).
 */
class WritersBesideTheBylineTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "https://www.harbourtown-courier.example/news/ferry-timetable-changes-2291";

  private static ArticleMetadata meta(String nav, String header, String picture) {
    String html = "<html><head><title>Ferry timetable changes | Harbourtown Courier</title></head><body>"
        + "<header><a href='/'>Harbourtown Courier</a>" + nav + "</header>"
        + "<main><article><h1>Ferry timetable changes from next week</h1>" + header + picture
        + "<p>The harbour authority will run the morning ferry twenty minutes earlier from Monday, after commuters asked for "
        + "a connection to the first train.</p>"
        + "<p>The evening crossing stays as it is, and the weekend timetable does not change at all.</p>"
        + "</article></main><footer>© 2024 Harbourtown Courier</footer></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  /** A writers' page linked from a navigation menu, in a {@code nav} element or in a list classed as a menu. */
  @ParameterizedTest
  @ValueSource(strings = {
      "<nav class='site-nav'><ul class='menu'><li><a href='/columns'>Columns</a><ul class='sub-menu'><li>"
          + "<a href='/author/orla-pennyfeather/'>Orla Pennyfeather</a></li><li><a href='/author/desk/'>News</a></li></ul></li></ul></nav>",
      "<div class='header-links'><ul class='nav navbar-nav'><li class='dropdown'><a href='/author/partners/'>Partners</a></li></ul></div>"})
  void aWritersPageLinkedFromANavigationMenuIsNoByline(String nav) {
    String byline = "<div class='entry-byline'>By <a class='author' href='/author/tamsin-holloway/'>Tamsin Holloway</a></div>";
    assertThat(meta(nav, byline, "").author()).isEqualTo("Tamsin Holloway");
  }

  @Test
  void aPhotographerSignedWithAnAgencyInAPictureCreditIsNoAuthor() {
    String picture = "<div class='media'><img src='/img/ferry.jpg' alt=''><div class='image-caption'>The morning ferry at the pier"
        + "</div><div class='image-credit'>Bram Ostrowski, AP</div></div>";
    ArticleMetadata meta = meta("", "", picture);
    assertThat(meta.author()).isNotEqualTo("Bram Ostrowski");
    assertThat(meta("", "<p>By Tamsin Holloway</p>", picture).author()).isEqualTo("Tamsin Holloway");
  }

  @Test
  void thePhotographerOfAPicturesLicenceLineIsNoAuthor() {
    String picture = "<p class='media-license'><span class='media-legend'>The pier at dawn.</span><span>&copy; </span>"
        + "<span class='media-license-author'>Bram Ostrowski</span></p>";
    assertThat(meta("", "", picture).author()).isNotEqualTo("Bram Ostrowski");
  }

  @Test
  void aPortraitsCaptionInsideTheAuthorsBoxStillNamesTheWriter() {
    String box = "<div class='author-box'><figure><img src='/img/th.jpg' alt=''>"
        + "<figcaption><a rel='author' href='/author/tamsin-holloway/'>Tamsin Holloway</a></figcaption></figure></div>";
    assertThat(meta("", box, "").author()).isEqualTo("Tamsin Holloway");
  }

  @Test
  void aCreditsBoxThatNamesTheTextsWriterIsStillAByline() {
    assertThat(meta("", "<p class='credits'>Text: Tamsin Holloway / Foto: Bram Ostrowski</p>", "").author())
        .isEqualTo("Tamsin Holloway");
  }

  @Test
  void theWeekdayBeforeTheDateIsNotPartOfTheName() {
    assertThat(meta("", "<p class='article__meta'>By <a href='/staff/th/'>Tamsin Holloway</a> on Monday, March 4th, 2024 at "
        + "11:04 a.m.</p>", "").author()).isEqualTo("Tamsin Holloway");
  }

  // an author box after the text, the only place some blogs name their writer
  private static final String BLOG_URL = "https://www.kiesel-und-karte.example/blog/hoehenweg-in-vier-etappen";

  private static ArticleMetadata blog(String head, String byline, String after) {
    String html = "<html><head><title>Der Höhenweg in vier Etappen — Kiesel &amp; Karte</title>"
        + "<meta property='og:site_name' content='Kiesel &amp; Karte'>" + head + "</head><body>"
        + "<header><a href='/'>Kiesel &amp; Karte</a></header><main><article><h1>Der Höhenweg in vier Etappen</h1>" + byline
        + "<p>Vier Tage, drei Hütten und ein Gipfel, den wir wegen Nebel nur von unten gesehen haben: so lief unsere Tour über "
        + "den Höhenweg im vergangenen Sommer.</p><p>Wer die Etappen nachgehen will, sollte die Hütten früh reservieren.</p>"
        + after + "</article></main><footer>© 2023 Kiesel &amp; Karte</footer></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, BLOG_URL), BLOG_URL, LATEST);
  }

  @Test
  void anAuthorBoxWithTheNameInBoldNamesTheWriter() {
    ArticleMetadata meta = blog("", "", "<div class='author-bio'><img src='/a.jpg' alt=''><h3>Über die Autorin</h3>"
        + "<p><strong>Malwine Oberacker</strong> ist Lehrerin in Coburg und wandert, seit sie laufen kann.</p></div>");
    assertThat(meta.author()).isEqualTo("Malwine Oberacker");
    assertThat(meta.evidence()).containsEntry("author", "author-box");
  }

  @Test
  void anAuthorBoxThatOpensWithTheNameAndAVerbNamesTheWriter() {
    assertThat(blog("", "", "<div class='author-box'>About the author Malwine Oberacker is a teacher who has walked every "
        + "long-distance trail of her region.</div>").author()).isEqualTo("Malwine Oberacker");
  }

  @Test
  void aJobTitleInASpanAndAMorePostsLinkAreNotPartOfTheBoxsName() {
    assertThat(blog("", "", "<div class='author-bio'><h2><a href='/team/mo/'>Malwine Oberacker<span class='job'>Redakteurin"
        + "</span></a></h2></div>").author()).isEqualTo("Malwine Oberacker");
    assertThat(blog("", "", "<div class='author-box author-box--name-yes'><div><h4 class='author-box__name'> Malwine Oberacker "
        + "</h4></div><a class='author-box__button' href='/team/mo/'>Weitere Beiträge</a></div>").author())
        .isEqualTo("Malwine Oberacker");
  }

  @Test
  void anAuthorBoxDoesNotOverruleTheByline() {
    assertThat(blog("", "<p class='byline'>Von Jonte Leimbach</p>", "<div class='author-box'><strong>Malwine Oberacker</strong>"
        + " ist Lehrerin in Coburg.</div>").author()).isEqualTo("Jonte Leimbach");
  }

  @Test
  void anAuthorBoxOutranksTheBlogsNameAsMetaAuthor() {
    assertThat(blog("<meta name='author' content='Kiesel &amp; Karte'>", "", "<div class='author-bio'><p><strong>Malwine "
        + "Oberacker</strong> schreibt hier über Touren in Franken.</p></div>").author()).isEqualTo("Malwine Oberacker");
  }

  @Test
  void aCustomersTestimonialBoxNamesNoWriter() {
    assertThat(blog("", "", "<div class='testimonial-author-info'><strong>Gesine Pfau</strong> ist Kundin seit 2019.</div>")
        .author()).isNotEqualTo("Gesine Pfau");
  }
  private static String twoPersonsInJsonLd(String byline) {
    return "<html><head><title>Neue Fähre ab Mai | Hafenbote</title><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Neue Fähre ab Mai\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jonte Leimbach\"},"
        + "{\"@type\":\"Person\",\"name\":\"Gesine Pfau\"}]}</script></head><body><article><h1>Neue Fähre ab Mai</h1>" + byline
        + "<p>Die Reederei setzt ab Mai ein neues Schiff auf der Linie zur Insel ein, das doppelt so viele Fahrräder mitnimmt.</p>"
        + "<p>Der Fahrplan bleibt, nur die erste Abfahrt am Morgen rückt um zehn Minuten vor.</p></article></body></html>";
  }

  @Test
  void aSecondWriterBesideTheFirstWritersLinkIsAWriterToo() {
    // the byline, in a box no byline mark names, links the first writer's page only; the second, named in plain text beside it,
    // is in JSON-LD's list too
    String html = twoPersonsInJsonLd("<div class='Meta_root__x'><span>Von <a rel='author' href='/autoren/jonte-leimbach'>Jonte Leimbach</a>"
        + " und Gesine Pfau</span></div>");
    String url = "https://www.hafenbote.example/region/neue-faehre-ab-mai-4711.html";
    assertThat(HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST).author()).isEqualTo("Jonte Leimbach; Gesine Pfau");
    // a photographer credited on the byline's line stays out
    String photo = twoPersonsInJsonLd("<div class='Meta_root__x'><span>Von <a rel='author' href='/autoren/jonte-leimbach'>Jonte Leimbach</a>"
        + " · Foto: Gesine Pfau</span></div>");
    assertThat(HtmlMetadata.extract(Jsoup.parse(photo, url), url, LATEST).author()).isEqualTo("Jonte Leimbach");
  }
}
