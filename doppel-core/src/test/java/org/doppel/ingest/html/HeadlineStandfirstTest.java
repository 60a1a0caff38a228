package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standfirst between the headline and the body, found by where it stands (pages written for the test). */
class HeadlineStandfirstTest {
  private static final String STANDFIRST = "The ferry between the two islands will stop for the winter, and the "
      + "villagers on the smaller one fear that the school will close for good.";
  /** The article's body, four paragraphs in a container of its own. */
  private static final List<String> BODY = List.of(
      "The operator said the old boat failed its inspection in October, and that a replacement, bought second-hand "
          + "from a northern port, would not arrive before the spring.",
      "Parents of the twelve pupils on the small island met in the chapel on Tuesday, where the teacher, the harbour "
          + "master and the mayor answered their questions until late.",
      "A water taxi will carry the children on weekdays, the mayor promised, but only when the sea allows it, and the "
          + "island's shop will be supplied once a week by a fishing boat.",
      "The regional council will discuss a subsidy for a new boat in January, its chair said, though the budget for "
          + "harbours, roads and bridges has been cut twice in three years.");

  /** A headline and what the test puts under it, then the body in a container of its own. */
  private static String page(String headline, String underHeadline) {
    return """
        <html lang="en"><head><title>Winter without a ferry | Harbour Gazette</title></head>
        <body>
        <div class="page-top"><a href="/">Harbour Gazette</a></div>
        <main><div class="top-box">%s
        %s
        </div>
        <article><p>%s</p></article></main>
        </body></html>
        """.formatted(headline, underHeadline, String.join("</p><p>", BODY));
  }

  private static ExtractedArticle extract(String html) {
    return ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://harbourgazette.example/news/ferry");
  }

  @Test
  void takesTheProseBetweenTheHeadlineAndTheBodyAsTheStandfirst() {
    String html = page("<h1>Winter without a ferry</h1>", "<div class=\"stage-text\"><p>" + STANDFIRST + "</p></div>");
    assertThat(extract(html).paragraphs()).startsWith(STANDFIRST).containsSequence(BODY).hasSize(BODY.size() + 1);
  }

  @Test
  void withoutAHeadlineAboveTheBodyTheProseBeforeItIsNoStandfirst() {
    String html = page("<h2>Winter without a ferry</h2>", "<div class=\"stage-text\"><p>" + STANDFIRST + "</p></div>");
    assertThat(extract(html).paragraphs()).containsExactlyElementsOf(BODY);
  }

  @Test
  void aPicturesTextACaptionOrAQuotationUnderTheHeadlineIsNoStandfirst() {
    String pictureBox = "<div class=\"stage-media\"><img src=\"/ferry.jpg\" alt=\"\"><p>" + STANDFIRST + "</p></div>";
    String caption = "<figure><img src=\"/ferry.jpg\" alt=\"\"><figcaption><p>" + STANDFIRST + "</p></figcaption></figure>";
    String quotation = "<blockquote><p>" + STANDFIRST + "</p></blockquote>";
    for (String underHeadline : new String[] {pictureBox, caption, quotation}) {
      assertThat(extract(page("<h1>Winter without a ferry</h1>", underHeadline)).paragraphs())
          .as(underHeadline).containsExactlyElementsOf(BODY);
    }
  }

  @Test
  void aSidebarsOrACommentsTextUnderTheHeadlineIsNoStandfirst() {
    for (String box : new String[] {"sidebar-box", "comment-list"}) {
      String html = page("<h1>Winter without a ferry</h1>", "<div class=\"" + box + "\"><p>" + STANDFIRST + "</p></div>");
      assertThat(extract(html).paragraphs()).as(box).containsExactlyElementsOf(BODY);
    }
  }

  @Test
  void aBylineOrALinkListUnderTheHeadlineIsNoStandfirst() {
    String html = page("<h1>Winter without a ferry</h1>", """
        <p>By Imke Larsholt, 3 November 2025. Updated 4 November 2025.</p>
        <p><a href="/a">More on the ferry, the islands and the winter timetable of the harbour.</a></p>""");
    assertThat(extract(html).paragraphs()).containsExactlyElementsOf(BODY);
  }
}
