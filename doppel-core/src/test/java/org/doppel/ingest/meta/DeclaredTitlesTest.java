package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.ingest.meta.HtmlTitles.Found;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DeclaredTitlesTest {
  private static List<Found> of(String html) {
    Document page = Jsoup.parse(html);
    return DeclaredTitles.of(page, JsonLd.read(page), new MetaTags(page));
  }

  @Test
  void listsTheDeclaredTitlesInTheOrderTheyAreTrusted() {
    List<Found> titles = of("""
        <html><head><title>Harbour reopens | Coast Herald</title>
        <meta name="twitter:title" content="Harbour reopens after storm">
        <meta property="og:title" content="The harbour reopens">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens after the storm"}</script>
        </head><body><h1>Harbour reopens after the storm</h1></body></html>""");

    assertThat(titles).extracting(Found::where).containsExactly("json-ld", "og:title", "twitter:title", "html-title");
    assertThat(titles.get(0).title()).isEqualTo("Harbour reopens after the storm");
  }

  @Test
  void readsTheFirstArticleItemsMicrodataHeadline() {
    List<Found> titles = of("""
        <body><div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">Ferry timetable changes</h2></div>
        <div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">A teaser</h2></div></body>""");

    assertThat(titles).containsExactly(new Found("Ferry timetable changes", "microdata"));
  }

  @Test
  void decodesEntitiesCollapsesSpaceAndLeavesOutBlankAndOverlongTitles() {
    List<Found> titles = of("<head><title>Fish &amp;amp; chips\n   win   again</title><meta property=\"og:title\" content=\"  \">"
        + "<meta name=\"twitter:title\" content=\"" + "word ".repeat(100) + "\"></head>");

    assertThat(titles).containsExactly(new Found("Fish & chips win again", "html-title"));
  }
}
