package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Today's news templates, where the article's writers and dates compete with other names (photographers, translators,
 * the person interviewed, a desk as meta author) and other dates (updates the page shows). Every page here is written for the test.
 */
class CompetingBylinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "https://zeitung.example/politik/artikel-123.html";

  private static ArticleMetadata meta(String html) {
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  private static String page(String ldAuthors, String article) {
    return "<html><head><title>Stadtrat beschließt neuen Haushalt | Musterzeitung</title>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Stadtrat beschließt neuen Haushalt\",\"datePublished\":\"2024-03-04T09:00:00+01:00\","
        + "\"author\":" + ldAuthors + "}</script></head><body><article><h1>Stadtrat beschließt neuen Haushalt</h1>"
        + article
        + "<p>Der Stadtrat hat am Montagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen.</p>"
        + "<p>Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken und den Bädern.</p>"
        + "</article></body></html>";
  }

  private static String persons(String... names) {
    StringBuilder list = new StringBuilder("[");
    for (String name : names) {
      list.append(list.length() > 1 ? "," : "").append("{\"@type\":\"Person\",\"name\":\"").append(name).append("\"}");
    }
    return list.append(']').toString();
  }

  @Test
  void aPhotographerInTheJsonLdAuthorListIsNotAnAuthor() {
    String html = page(persons("Erika Beispiel", "Jonas Probe"),
        "<p class='byline'>Von Erika Beispiel</p><figure><img src='/a.jpg'><figcaption>Der Ratssaal. Foto: Jonas Probe</figcaption></figure>");
    assertThat(meta(html).author()).isEqualTo("Erika Beispiel");
  }

  @Test
  void aTranslatorCreditedByLabelIsNotAnAuthorEvenInsideTheBylineBox() {
    String html = page(persons("Ana Ejemplo", "Luis Muestra"),
        "<div class='autor'><p>Por Ana Ejemplo</p><p>Traducción: Luis Muestra</p></div>");
    assertThat(meta(html).author()).isEqualTo("Ana Ejemplo");
  }

  @Test
  void theWriterWhoAlsoTookThePicturesStaysAnAuthor() {
    String html = page(persons("Erika Beispiel", "Jonas Probe"),
        "<p class='byline'>Text und Fotos: Erika Beispiel und Jonas Probe</p>");
    assertThat(meta(html).author()).isEqualTo("Erika Beispiel; Jonas Probe");
  }

  @Test
  void theBylineNamesTheWritersAmongTheListedPersons() {
    // an interview: the CMS lists the person interviewed with the interviewer
    String html = page(persons("Erika Beispiel", "Paul Gast"),
        "<p class='byline'>Interview: <a rel='author' href='/autoren/erika-beispiel'>Erika Beispiel</a></p>"
            + "<p><strong>Gast:</strong> Wir haben das lange unterschätzt, sagt Paul Gast.</p>");
    assertThat(meta(html).author()).isEqualTo("Erika Beispiel");
    // two writers who both sign keep their places
    String both = page(persons("Erika Beispiel", "Jonas Probe"), "<p class='byline'>Von Erika Beispiel und Jonas Probe</p>");
    assertThat(meta(both).author()).isEqualTo("Erika Beispiel; Jonas Probe");
  }

  @Test
  void theBylineNamesAWriterWhoseApostropheTheTypographyCurls() {
    // the JSON-LD writes a straight apostrophe, the page's typography a curly one and a no-break space
    String both = page(persons("Erika Beispiel", "Seán O'Brady"), "<p class='byline'>Von Erika Beispiel und Seán\u00A0O’Brady</p>");
    assertThat(meta(both).author()).isEqualTo("Erika Beispiel; Seán O'Brady");
    String photographer = page(persons("Erika Beispiel", "Seán O'Brady"),
        "<p class='byline'>Von Erika Beispiel</p><figure><img src='/a.jpg'><figcaption>Der Ratssaal. Foto: Seán O’Brady</figcaption></figure>");
    assertThat(meta(photographer).author()).isEqualTo("Erika Beispiel");
  }

  @Test
  void aDeskAsMetaAuthorGivesWayToTheBylineWhenJsonLdFilesTheArticleUnderAnOrganisation() {
    String html = "<html><head><title>Spital streicht Stellen - News - RFO</title><meta name='author' content='Regionaljournal Ost'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Spital streicht Stellen\","
        + "\"datePublished\":\"2024-03-04T09:00:00+01:00\",\"author\":{\"@type\":\"Organization\",\"name\":\"Radio Ost\"}}</script>"
        + "</head><body><article><h1>Spital streicht Stellen</h1>"
        + "<p class='author'>Autorin: <a href='/autoren/nina-muster'>Nina Muster</a>, Redaktorin Stadtressort</p>"
        + "<p>Das Spital baut bis 2027 rund 180 Stellen ab, vor allem in der Verwaltung und in der Logistik.</p></article></body></html>";
    assertThat(meta(html).author()).isEqualTo("Nina Muster");
    // with no byline, the desk is still the answer
    String unsigned = html.replace("<p class='author'>Autorin: <a href='/autoren/nina-muster'>Nina Muster</a>, Redaktorin Stadtressort</p>", "");
    assertThat(meta(unsigned).author()).isEqualTo("Regionaljournal Ost");
  }

  @Test
  void anInterviewBylineOpensWithItsKind() {
    assertThat(AuthorNames.clean("Interview by Jane Voe", null)).isEqualTo("Jane Voe");
    assertThat(AuthorNames.clean("Nina Muster, Redaktorin Stadtressort", null)).isEqualTo("Nina Muster");
  }

  private static String updated(String modified, String shown) {
    return "<html><head><title>Bahnstrecke gesperrt | Musterfunk</title>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bahnstrecke gesperrt\","
        + "\"datePublished\":\"2024-06-13T22:47:00+02:00\",\"dateModified\":\"" + modified + "\"}</script></head>"
        + "<body><article><h1>Bahnstrecke gesperrt</h1><div class='lastchanged'>Aktualisiert: " + shown + "</div>"
        + "<p>Nach dem Unwetter bleibt die Strecke zwischen den beiden Städten bis auf Weiteres gesperrt, teilte die Bahn mit.</p>"
        + "</article></body></html>";
  }

  @Test
  void anUpdateTheDayAfterThatThePageShowsDatesIt() {
    // extraction-meta's annotators date a page by an update it shows, even the next day (docs/quality.md, thirteenth round)
    assertThat(meta(updated("2024-06-14T16:05:00+02:00", "14.06.2024, 16:05 Uhr")).date()).isEqualTo(LocalDate.of(2024, 6, 14));
  }

  @Test
  void aRevisionMonthsLaterThatThePageShowsDatesIt() {
    assertThat(meta(updated("2024-11-02T10:00:00+01:00", "02.11.2024")).date()).isEqualTo(LocalDate.of(2024, 11, 2));
  }
}
