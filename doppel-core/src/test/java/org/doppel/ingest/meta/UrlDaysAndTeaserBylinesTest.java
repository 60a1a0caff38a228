package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A URL's day against the day a page declares and shows, and bylines beside other lines. Every page here is written for
 * the test.
 */
class UrlDaysAndTeaserBylinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  /** A path that holds the day the article was created in the CMS. */
  private static final String DATED_URL = "https://gartenblatt.example/2023/04/28/beete-im-fruehjahr-anlegen/";

  private static ArticleMetadata meta(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  /** A blog post: {@code head} in the head, {@code line} under the headline. */
  private static String post(String head, String line) {
    return "<html><head><title>Beete im Frühjahr anlegen – Gartenblatt</title>" + head + "</head><body>"
        + "<header><a href='/'>Gartenblatt</a></header><article><h1>Beete im Frühjahr anlegen</h1>" + line
        + "<p>Wer im Frühjahr ein neues Beet anlegt, sollte zuerst den Boden lockern und Unkraut gründlich entfernen.</p>"
        + "<p>Kompost verbessert die Struktur; gesät wird erst, wenn sich die Erde erwärmt hat.</p></article></body></html>";
  }

  private static final String PUBLISHED_MAY_2 = "<meta property='article:published_time' content='2023-05-02T07:00:00+02:00'>";

  @Test
  void theDeclaredDayThePageShowsWinsOverAnotherDayInTheUrl() {
    assertThat(meta(post(PUBLISHED_MAY_2, "<p class='meta'>Veröffentlicht am 2. Mai 2023</p>"), DATED_URL).date())
        .isEqualTo(LocalDate.of(2023, 5, 2));
    String ld = "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"datePublished\":\"2023-05-02T07:00:00+02:00\"}</script>";
    assertThat(meta(post(ld, "<p class='meta'>02.05.2023</p>"), DATED_URL).date()).isEqualTo(LocalDate.of(2023, 5, 2));
  }

  @Test
  void theUrlsDayStaysWhenThePageDoesNotShowTheDeclaredDayOrShowsTheUrlsToo() {
    // declared but not shown: the URL, set once, is trusted as before
    assertThat(meta(post(PUBLISHED_MAY_2, ""), DATED_URL).date()).isEqualTo(LocalDate.of(2023, 4, 28));
    // both shown: the URL's day is the page's too
    assertThat(meta(post(PUBLISHED_MAY_2, "<p class='meta'>28.04.2023 · geändert 02.05.2023</p>"), DATED_URL).date())
        .isEqualTo(LocalDate.of(2023, 4, 28));
  }

  @Test
  void aShownLastChangeDoesNotOverruleTheUrl() {
    String modified = "<meta property='article:modified_time' content='2023-05-02T07:00:00+02:00'>";
    assertThat(meta(post(modified, "<p class='meta'>Aktualisiert am 2. Mai 2023</p>"), DATED_URL).date())
        .isEqualTo(LocalDate.of(2023, 4, 28));
  }

  private static final String URL = "https://talbote.example/region/neue-faehre-fuer-den-see-4411.html";

  /** A news page: {@code header} under the headline, {@code after} after the text. */
  private static String news(String header, String after) {
    return "<html><head><title>Neue Fähre für den See | Talbote</title></head><body><header><a href='/'>Talbote</a></header>"
        + "<main><article><h1>Neue Fähre für den See</h1>" + header
        + "<figure><img src='/f.jpg' alt='Die Fähre'><figcaption>Die neue Fähre am Steg. <span>Jonas Probe (dpa)</span></figcaption></figure>"
        + "<p>Die Gemeinden am Nordufer bekommen im Frühjahr eine neue Fähre, die bis zu vierzig Autos aufnimmt.</p>"
        + "<p>Sie fährt elektrisch und soll den Takt in der Hauptsaison auf zwanzig Minuten verkürzen.</p>" + after
        + "</article></main><footer>© Talbote</footer></body></html>";
  }

  @Test
  void anUpdateNoteInABoxBesideTheNameIsNotPartOfIt() {
    String header = "<div class='byline-box'><span>By Erika Beispiel</span> <span>Updated 3 hours ago · Published 6:00am</span></div>";
    assertThat(meta(news(header, ""), URL).author()).isEqualTo("Erika Beispiel");
    String german = "<div class='kopf-info'><span>Von Erika Beispiel</span> <span>Aktualisiert vor 2 Stunden</span></div>";
    assertThat(meta(news(german, ""), URL).author()).isEqualTo("Erika Beispiel");
  }

  @Test
  void anAgencysWriterSigningOnALineOfTheirOwnIsTheAuthor() {
    assertThat(meta(news("", "<p>Erika Beispiel, dpa</p>"), URL).author()).isEqualTo("Erika Beispiel");
    assertThat(meta(news("", "<p>Erika Beispiel (AFP)</p>"), URL).author()).isEqualTo("Erika Beispiel");
  }

  @Test
  void aPhotographersAgencyCreditInACaptionNamesNoAuthor() {
    assertThat(meta(news("", ""), URL).author()).isNull();
  }

  @Test
  void aDatedNameLineBesideAnH2UnderTheSitesH1IsTheByline() {
    String html = "<html><head><title>SV Musterdorf</title></head><body><div id='header'><h1>SV Musterdorf</h1></div>"
        + "<div id='nav'><a href='/'>Home</a> <a href='/news/'>News</a></div><div id='main'>"
        + "<h2>Erste Mannschaft gewinnt das Derby deutlich</h2><p class='info'>14.03.2022 | Erika Beispiel</p>"
        + "<p>Mit einem klaren Sieg gegen den Nachbarn hat die erste Mannschaft am Sonntag die Tabellenführung übernommen.</p>"
        + "<p>Vor vollen Rängen war die Stimmung großartig; gefeiert wurde bis in den Abend.</p></div>"
        + "<div id='footer'>© 2022 SV Musterdorf</div></body></html>";
    assertThat(meta(html, URL).author()).isEqualTo("Erika Beispiel");
  }

  @Test
  void aNameInABoxOfItemsBesideTheHeadlineIsTheBylineWhenTheOtherItemsAreDates() {
    String items = "<div class='meta'><span>Erika Beispiel</span><span>Publiziert: 14.03.2022, 19.42 Uhr</span>"
        + "<span>Aktualisiert: 21.10 Uhr</span></div>";
    assertThat(meta(news(items, ""), URL).author()).isEqualTo("Erika Beispiel");
  }

  @Test
  void aSectionOrASenderBesideADateIsNoByline() {
    String section = "<div class='story-info'><div class='story-tags'>Lokale Politik</div><div class='story-date'>14.03.2022</div></div>";
    assertThat(meta(news(section, ""), URL).author()).isNull();
    String sender = "<div class='story-meta'><a href='/presse/4411'>Polizeidirektion Ulmenwalden</a> <p>14.03.2022 – 10:27</p></div>";
    assertThat(meta(news(sender, ""), URL).author()).isNull();
  }
}
