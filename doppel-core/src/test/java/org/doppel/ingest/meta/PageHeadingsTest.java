package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageHeadingsTest {
  @Test
  void theVisibleHeadlineLeavesOutItsKickerAndHiddenHeadings() {
    var page = Jsoup.parse("""
        <body><h1 class="sr-only">Jump to the article</h1>
        <h1><span class="kicker">Tunis:</span> Talks resume at the port</h1></body>""");

    assertThat(PageHeadings.h1(page)).isEqualTo("Talks resume at the port");
    assertThat(PageHeadings.h1WithKicker(page, "Talks resume at the port")).isEqualTo("Tunis: Talks resume at the port");
  }

  @Test
  void withoutAnH1TheEntryTitleIsTheHeadline() {
    var page = Jsoup.parse("<body><h3 class=\"post-title entry-title\">Spring concert moved indoors</h3></body>");

    assertThat(PageHeadings.h1(page)).isEqualTo("Spring concert moved indoors");
    assertThat(PageHeadings.isSoleH1(page)).isFalse();
  }

  @Test
  void aPageHasASoleH1WhenOneNonEmptyH1IsShown() {
    assertThat(PageHeadings.isSoleH1(Jsoup.parse("<h1>One</h1><h1> </h1>"))).isTrue();
    assertThat(PageHeadings.isSoleH1(Jsoup.parse("<h1>One</h1><h1>Two</h1>"))).isFalse();
  }

  @Test
  void theHeadingsKeysAreFoldedAndInPageOrder() {
    var page = Jsoup.parse("<h2>Weather  WARNING</h2><h1>Storm Ahead</h1><h4>Not read</h4><h3>ＦＵＬＬ width</h3>");

    assertThat(PageHeadings.keys(page)).containsExactly("weather warning", "storm ahead", "full width");
  }
}
