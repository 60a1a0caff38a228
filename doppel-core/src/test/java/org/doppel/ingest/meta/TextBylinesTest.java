package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextBylinesTest {
  private static java.util.Optional<HtmlAuthors.Found> author(Document page, List<HtmlAuthors.Found> publishers) {
    return TextBylines.author(ShortBlocks.of(page.body()), null, null, publishers, BylinePlaces.headline(page));
  }

  @Test
  void theNewsroomIsKeptAsideForTheWriterWhoSignsBelow() {
    var page = Jsoup.parse("<body><p>Geschrieben von Redaktion</p><p>Lange Nacht im Rathaus.</p><p>von Anna Muster</p></body>");
    List<HtmlAuthors.Found> aside = new ArrayList<>();

    assertThat(author(page, aside)).contains(new HtmlAuthors.Found("Anna Muster", "text"));
    assertThat(aside).extracting(HtmlAuthors.Found::author).containsExactly("Redaktion");
  }

  @Test
  void theBylineItemOfAMetaLineAndAParagraphsClosingSignature() {
    var metaLine = Jsoup.parse("<body><p>Published 4 March 2024 · Guest post by Jane Voe · 5 min read</p></body>");
    var signed = Jsoup.parse("<body><p>Go team! See you all next season.<br>– Report by Sam Quist</p></body>");

    assertThat(author(metaLine, new ArrayList<>())).map(HtmlAuthors.Found::author).contains("Jane Voe");
    assertThat(author(signed, new ArrayList<>())).map(HtmlAuthors.Found::author).contains("Sam Quist");
  }

  @Test
  void aHanBylineAndAnAgencysWriterOnALineOfTheirOwn() {
    var han = Jsoup.parse("<body><p>【纠错】 责任编辑： 王小明</p></body>");
    var agency = Jsoup.parse("<body><p>Erika Muster, dpa</p></body>");
    var caption = Jsoup.parse("<body><figure><figcaption><p>Erika Muster, dpa</p></figcaption></figure></body>");

    assertThat(author(han, new ArrayList<>())).contains(new HtmlAuthors.Found("王小明", "text"));
    assertThat(author(agency, new ArrayList<>())).map(HtmlAuthors.Found::author).contains("Erika Muster");
    assertThat(author(caption, new ArrayList<>())).isEmpty();
  }
}
