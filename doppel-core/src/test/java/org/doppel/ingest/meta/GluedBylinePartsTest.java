package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Byline marks whose name and job title (or date) sit in adjacent elements, which jsoup's text joins into one word
 * ("Jorvina QuirinoStaff Writer"): the element boundary separates them, and the job title goes as a role after a comma does.
 * Every page here is written for the test.
 */
class GluedBylinePartsTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "https://www.harrowfield-gazette.example/news/ferry-runs-again-8812.html";

  private static ArticleMetadata meta(String byline) {
    String html = "<html><head><title>Ferry runs again | Harrowfield Gazette</title></head><body>"
        + "<header><a href='/'>Harrowfield Gazette</a><nav><a href='/local'>Local</a> <a href='/sport'>Sport</a></nav></header>"
        + "<main><article><h1>Ferry runs again</h1>" + byline
        + "<p>After three weeks of repairs the ferry between the two banks is back on its timetable. The work on the landing "
        + "stage took longer than planned because a spare part was missing.</p>"
        + "<p>Commuters had to drive almost twenty kilometres around by the next bridge in the meantime.</p>"
        + "</article></main><footer>© 2024 Harrowfield Gazette</footer></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST);
  }

  @Test
  void aJobTitleInTheSpanAfterTheNameIsCut() {
    assertThat(meta("<a class='author' href='/staff/jorvina-quirino'><span>Jorvina Quirino</span><span>Staff Writer</span></a>").author())
        .isEqualTo("Jorvina Quirino");
  }

  @Test
  void aJobTitleInAnElementAfterTheNamesTextIsCut() {
    assertThat(meta("<div class='byline'>By Tobin Ashgrove<em>Senior Correspondent</em></div>").author()).isEqualTo("Tobin Ashgrove");
  }

  @Test
  void aJobTitleInADivOfItsOwnIsCut() {
    assertThat(meta("<div class='author'><div>Mirela Vantongeren</div><div>Contributing Editor</div></div>").author())
        .isEqualTo("Mirela Vantongeren");
  }

  @Test
  void aGermanFunctionInASpanOfItsOwnIsCut() {
    assertThat(meta("<p class='autor'><span>Von Ilka Brenndörfer</span><span>Redakteurin</span></p>").author())
        .isEqualTo("Ilka Brenndörfer");
  }

  @Test
  void anUnmarkedBylineLineSeparatesItsSpansToo() {
    ArticleMetadata meta = meta("<p><span>Von Ilka Brenndörfer</span><span>Redakteurin</span></p>");
    assertThat(meta.author()).isEqualTo("Ilka Brenndörfer");
    assertThat(meta.evidence()).containsEntry("author", "text");
  }

  @Test
  void aJobTitleAfterALineBreakStillGoes() {
    assertThat(meta("<div class='byline'>By Oswin Perrault<br>Staff Writer</div>").author()).isEqualTo("Oswin Perrault");
  }

  @Test
  void aDateInTheSpanAfterTheNameIsCut() {
    assertThat(meta("<div class='byline'><span>Von Ilka Brenndörfer</span><span>12.03.2024</span></div>").author())
        .isEqualTo("Ilka Brenndörfer");
  }

  @Test
  void twoNamesInAdjacentLinksStaySeparate() {
    assertThat(meta("<div class='byline'>By <a href='/staff/a'>Jorvina Quirino</a><a href='/staff/b'>Tobin Ashgrove</a></div>")
        .author()).doesNotContain("QuirinoTobin");
  }

  @Test
  void markupInsideANameKeepsTheNameWhole() {
    assertThat(meta("<span class='author'><b>J</b>orvina <b>Q</b>uirino</span>").author()).isEqualTo("Jorvina Quirino");
  }

  @Test
  void aLeadInASpanOfItsOwnIsStillALead() {
    assertThat(meta("<div class='byline'><span>By</span><span>Oswin Perrault</span></div>").author()).isEqualTo("Oswin Perrault");
  }

  @Test
  void elementBoundariesSeparateWordsOnlyWhereTheyWouldGlue() {
    var mark = Jsoup.parse("<div><span>Jorvina Quirino</span><span>Staff Writer</span> <i>x</i><b>Y</b>z 3<span>4</span></div>")
        .selectFirst("div");
    assertThat(MarkText.of(mark)).isEqualTo("Jorvina Quirino, Staff Writer x Yz 34");
  }
}
