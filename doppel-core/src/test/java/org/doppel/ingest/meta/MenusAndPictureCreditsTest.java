package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Names that stand near an article without being its writer's: links to writers' pages in the site's navigation menu,
 * a picture's credit, and the weekday or the time that an English byline sets after the name. Every page here is
 * written for the test.
 */
class MenusAndPictureCreditsTest {
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

  @Test
  void aWritersPageLinkedFromTheNavigationMenuIsNoByline() {
    String nav = "<nav class='site-nav'><ul class='menu'><li><a href='/columns'>Columns</a><ul class='sub-menu'>"
        + "<li><a href='/author/orla-pennyfeather/'>Orla Pennyfeather</a></li><li><a href='/author/desk/'>News</a></li>"
        + "</ul></li></ul></nav>";
    String byline = "<p class='meta'>By <a href='/author/tamsin-holloway/'>Tamsin Holloway</a></p>";
    assertThat(meta(nav, byline, "").author()).isEqualTo("Tamsin Holloway");
  }

  @Test
  void aMenuOutsideANavElementIsNavigationToo() {
    String nav = "<div class='header-links'><ul class='nav navbar-nav'><li class='dropdown'>"
        + "<a href='/author/partners/'>Partners</a></li></ul></div>";
    String byline = "<div class='entry-byline'><a class='author' href='/author/tamsin-holloway/'>Tamsin Holloway</a></div>";
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

  @Test
  void theTimeAfterAPostersNameIsNotPartOfTheName() {
    assertThat(AuthorNames.clean("posted by Tamsin Holloway at 12:53", null)).isEqualTo("Tamsin Holloway");
    assertThat(AuthorNames.clean("Tamsin Holloway à 9h30", null)).isEqualTo("Tamsin Holloway");
  }

  @Test
  void aPaperNamedAfterAWeekdayKeepsItsNameWhenNoDateFollows() {
    assertThat(AuthorNames.clean("Harbourtown on Sunday", null)).isEqualTo("Harbourtown on Sunday");
  }
}
