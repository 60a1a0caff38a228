package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A table layout's side column beside the article's cell, a layout of boxes' side column named by its place, and cells and
 * boxes that are not one; every page written for the test.
 */
class SideColumnsTest {
  private static final String ARTICLE = "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. ".repeat(8);

  private static Document layout(String side, String main) {
    return Jsoup.parse("<html><body><table><tr><td id='side'><span id='date'>" + side + "</span></td><td id='main'><p>" + main
        + "</p></td></tr></table></body></html>");
  }

  @Test
  void aNarrowCellBesideTheArticlesCellIsASideColumn() {
    Document page = layout("Besucher seit 1.1.2003", ARTICLE);
    assertThat(SideColumns.inSideColumn(page.getElementById("date"))).isTrue();
    assertThat(SideColumns.inSideColumn(page.selectFirst("#main p"))).isFalse();
    assertThat(SideColumns.of(page.body())).extracting(cell -> cell.id()).containsExactly("side");
  }

  @Test
  void cellsOfLikeSizeOrOutsideATableAreNot() {
    Document page = layout("Besucher seit 1.1.2003", "Kurz.");
    assertThat(SideColumns.inSideColumn(page.getElementById("date"))).isFalse();
    assertThat(SideColumns.of(page.body())).isEmpty();
    Document plain = Jsoup.parse("<p id='p'>" + ARTICLE + "</p>");
    assertThat(SideColumns.inSideColumn(plain.getElementById("p"))).isFalse();
  }

  /** A page of boxes as a German CMS template lays it out: a column of appointments, the article's, a column of news. */
  private static String boxes(String left, String middle, String right) {
    return "<html><head><title>Verein Beispielstadt: Aktuelles</title></head><body><div id='kopf'><img src='/kopf.jpg' alt=''></div>"
        + "<div id='inhalt'>" + left + middle + right + "</div></body></html>";
  }

  private static final String ENTRY = "<div id='mitte'><div class='news-single-item'><div class='news-single-rightbox'>Di., 11.02.2014"
      + "<br>Kategorie: Vereinsleben</div><h1>Jugendgruppe gewinnt den Regionalentscheid</h1><p>" + ARTICLE + "</p></div></div>";

  private static LocalDate date(String html) {
    String url = "http://www.verein-beispielstadt.example/index.php?id=12&tx_ttnews[tt_news]=321";
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LocalDate.of(2026, 1, 1)).date();
  }

  @Test
  void aColumnNamedByItsPlaceThatHoldsNoHeadlineIsASideColumn() {
    String appointments = "<div id='links'><div class='termine'><h3>Termine</h3><p><b>14.02.2014</b><br>Zeugnisausgabe</p></div></div>";
    String news = "<div id='spalte_rechts'><div class='box'><h3>Meistgelesen</h3><p>Landtag tagt <span class='date'>15.02.2014</span></p></div></div>";
    Document page = Jsoup.parse(boxes(appointments, ENTRY, news));
    assertThat(SideColumns.inNamedColumn(page.selectFirst(".termine b"))).isTrue();
    assertThat(SideColumns.inNamedColumn(page.selectFirst("span.date"))).isTrue();
    assertThat(SideColumns.inNamedColumn(page.selectFirst(".news-single-rightbox"))).isFalse();
    // the appointment before the article and the side box's marked date give way to the article's dateline
    assertThat(date(boxes(appointments, ENTRY, ""))).isEqualTo(LocalDate.of(2014, 2, 11));
    assertThat(date(boxes("", ENTRY, news))).isEqualTo(LocalDate.of(2014, 2, 11));
  }

  @Test
  void aColumnNamedByItsPlaceThatHoldsTheHeadlineIsTheArticles() {
    // the article's own column is named so too: id="spalte_links" beside "spalte_rechts"
    String entry = "<div id='spalte_links'><p>Sa., 15.02.2014</p><h2>Jugendgruppe gewinnt den Regionalentscheid</h2><p>" + ARTICLE
        + "</p></div>";
    Document page = Jsoup.parse(boxes("", entry, ""));
    assertThat(SideColumns.inNamedColumn(page.selectFirst("#spalte_links p"))).isFalse();
    assertThat(date(boxes("", entry, ""))).isEqualTo(LocalDate.of(2014, 2, 15));
  }

  @Test
  void onlyTheOutermostSideColumnIsListed() {
    Document page = Jsoup.parse("<table><tr><td id='outer'><table><tr><td id='inner'>Termine</td><td>" + ARTICLE.substring(0, 450)
        + "</td></tr></table></td><td>" + ARTICLE.repeat(4) + "</td></tr></table>");
    assertThat(SideColumns.of(page.body())).extracting(cell -> cell.id()).containsExactly("outer");
  }

  /**
   * {@code ReaderFuzzTest}'s page (seed 20261202, seven formats, step 84): tables nested past the parser's depth bound
   * leave one row of thousands of cells, each of which was once held against every other, its text measured anew each
   * time (seconds of CPU). Each cell's text is measured once now.
   */
  @Test
  void aRowOfThousandsOfCellsHasEachCellMeasuredOnce() throws IOException {
    Document page = Jsoup.parse(fixture("fuzzed-row-of-thousands-of-cells.html.gz"));
    List<Element> cells = page.body().select("td");
    assertThat(cells.stream().mapToInt(cell -> cell.parent().childrenSize()).max().orElse(0)).as("the widest row").isGreaterThan(50_000);
    AtomicInteger measured = new AtomicInteger();
    assertThat(SideColumns.of(page.body(), counting(measured))).isEmpty();
    assertThat(measured.get()).isLessThanOrEqualTo(cells.size());
  }

  /** One article cell beside n short ones: all n are side columns, found with n + 1 measurements at n and at 4n. */
  @Test
  void theWorkOfAWideRowGrowsWithItsCellsNotTheirPairs() {
    for (int n : new int[] {500, 2_000}) {
      Document page = Jsoup.parse("<table><tr><td>" + ARTICLE + "</td>" + "<td>Termine</td>".repeat(n) + "</tr></table>");
      AtomicInteger measured = new AtomicInteger();
      List<Element> sides = SideColumns.of(page.body(), counting(measured));
      assertThat(sides).hasSize(n).allSatisfy(cell -> assertThat(cell.text()).isEqualTo("Termine"));
      assertThat(measured.get()).as("measurements at n = %d", n).isEqualTo(n + 1);
    }
  }

  private static ToIntFunction<Element> counting(AtomicInteger measured) {
    return cell -> {
      measured.incrementAndGet();
      return cell.text().length();
    };
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = new GZIPInputStream(SideColumnsTest.class.getResourceAsStream(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
