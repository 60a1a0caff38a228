package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Headlines that the page declares: in schema.org microdata of its article item, and in meta titles that leave out the kicker
 * the {@code <h1>} shows. Every page here is written for the test.
 */
class DeclaredHeadlinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "http://www.obstbauverein-talheim.example/aktuelles/artikel/bluete-kam-frueh/";

  private static ArticleMetadata meta(String teaser, String itemHeadline) {
    String html = "<html><head><title>Obstbauverein Talheim: Aktuelles</title></head><body>"
        + "<div id='kopf'><a href='/'>Obstbauverein Talheim</a></div><div id='mitte'>"
        + "<div class='csc-header'><h1>Aktuelles</h1></div>" + teaser
        + "<div class='news-single' itemscope itemtype='http://schema.org/Article'><div class='header'>" + itemHeadline + "</div>"
        + "<p><span class='news-date'>Erstellt: 03.04.2015</span></p>"
        + "<p>Die Apfelblüte kam in diesem Jahr fast drei Wochen früher als im langjährigen Mittel. Ein Nachtfrost hätte große "
        + "Teile der Ernte gekostet, doch die Nächte blieben mild.</p></div></div></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  @Test
  void theArticleItemsHeadlineIsTheTitleUnderASectionsH1() {
    ArticleMetadata meta = meta("", "<h2 itemprop='headline'>Frühe Blüte: Obstbauern kamen ohne Frostschaden davon</h2>");
    assertThat(meta.title()).isEqualTo("Frühe Blüte: Obstbauern kamen ohne Frostschaden davon");
  }

  @Test
  void aTeaserItemsHeadlineBeforeTheArticleIsNotTheTitle() {
    String teaser = "<div class='teaser' itemscope itemtype='http://schema.org/WebPage'><h3 itemprop='headline'>Vereinsausflug "
        + "an den Bodensee am 12. Mai</h3></div>";
    ArticleMetadata meta = meta(teaser, "<h2 itemprop='headline'>Frühe Blüte: Obstbauern kamen ohne Frostschaden davon</h2>");
    assertThat(meta.title()).isEqualTo("Frühe Blüte: Obstbauern kamen ohne Frostschaden davon");
  }

  private static ArticleMetadata kickerPage(String ogTitle) {
    String url = "https://www.auental-radio.example/region/pegel-sinken-100.html";
    String html = "<html><head><title>Hochwasser im Auental: Pegel sinken langsam | auental-radio.example</title>" + ogTitle
        + "</head><body><main><article><div class='topline'>Hochwasser</div>"
        + "<h1><span class='dachzeile'>Hochwasser im Auental:</span> Pegel sinken langsam</h1><p>Stand: 05.06.2023 16:05 Uhr</p>"
        + "<p>Nach drei Tagen Dauerregen fallen die Pegel an allen Messstellen des Flusses wieder, meldet das Landesamt.</p>"
        + "</article></main></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  @Test
  void anOgTitleWithoutTheHeadingsKickerWinsOverATitleWithIt() {
    assertThat(kickerPage("<meta property='og:title' content='Pegel sinken langsam'>").title()).isEqualTo("Pegel sinken langsam");
  }

  @Test
  void theKickerStaysWhenEveryDeclaredTitleHasIt() {
    assertThat(kickerPage("<meta property='og:title' content='Hochwasser im Auental: Pegel sinken langsam'>").title())
        .isEqualTo("Hochwasser im Auental: Pegel sinken langsam");
  }
}
