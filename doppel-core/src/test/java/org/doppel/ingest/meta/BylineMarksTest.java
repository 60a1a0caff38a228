package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylineMarksTest {
  @Test
  void anAgencyMarkIsKeptAsideForTheWriterMarkedAfterIt() {
    var page = Jsoup.parse("""
        <body><h1>Port talks resume</h1><span class="author">Reuters</span>
        <span class="byline">Jane Voe<br>Staff Writer</span></body>""");
    List<HtmlAuthors.Found> publishers = new ArrayList<>();

    assertThat(BylineMarks.author(page, null, null, null, publishers)).contains(new HtmlAuthors.Found("Jane Voe", "byline"));
    assertThat(publishers).containsExactly(new HtmlAuthors.Found("Reuters", "byline"));
  }

  @Test
  void aWritersLinkAroundTheirPortraitIsNamedByItsAltText() {
    var page = Jsoup.parse("<body><a href=\"/author/sam-quist/\"><img alt=\"Sam Quist\" src=\"s.jpg\"></a></body>");

    assertThat(BylineMarks.author(page, null, null, null, new ArrayList<>())).contains(new HtmlAuthors.Found("Sam Quist", "byline"));
  }

  @Test
  void aLinkMarkStandsForItsShortLineAndASideBoxIsLeftOut() {
    var page = Jsoup.parse("""
        <body><p>Von <a rel="author" href="/jane">Jane Voe</a> und Sam Quist</p>
        <aside class="sidebar"><span class="byline">Erik Beispiel</span></aside></body>""");

    assertThat(BylineMarks.text(page)).isEqualTo("Von Jane Voe und Sam Quist\n");
  }
}
