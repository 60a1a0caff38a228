package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

  /**
   * Tables nested {@code depth} deep, each level a row of a short cell of appointments beside the article's cell, which holds
   * a paragraph and the next level: the article's cell at each level holds the rest of the page.
   */
  private static Document nested(int depth) {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int level = 0; level < depth; level++) {
      html.append("<table><tr><td>Termine ").append(level % 28 + 1).append(".2.2014</td><td><p>").append(ARTICLE).append("</p>");
    }
    html.append("</td></tr></table>".repeat(depth));
    return Jsoup.parse(html.append("</body></html>").toString());
  }

  /**
   * Each level's article cell once held the whole page below it, its text built anew at each level: at 30 deep the cells'
   * text measured was 15.5 times the page's (231,406 characters for 14,928), at 100 deep 50 times. The article cell
   * around an inner row is known at least as long as that row's longest cell, so it is not measured again.
   */
  @Test
  void tablesNestedDeepHaveTheirTextMeasuredAboutOnce() {
    for (int depth : new int[] {30, 100}) {
      Document page = nested(depth);
      AtomicLong characters = new AtomicLong();
      List<Element> sides = SideColumns.of(page.body(), cell -> {
        int length = cell.text().length();
        characters.addAndGet(length);
        return length;
      });
      assertThat(sides).as("depth %d", depth).hasSize(depth).allSatisfy(cell -> assertThat(cell.text()).startsWith("Termine"));
      assertThat(characters.get()).as("characters measured at depth %d", depth).isLessThan(page.body().text().length());
    }
  }

  /** A random page of tables nested up to five deep, cells of every length around the thresholds, blocks, breaks and odd spaces. */
  private static Document randomTables(Random random) {
    StringBuilder html = new StringBuilder("<html><body>");
    randomTable(random, html, 0);
    return Jsoup.parse(html.append("</body></html>").toString());
  }

  private static final String[] PIECES = {" ", "  \n\t", "\u00a0", "\u200b", "<br>", "<p>", "</p>", "<div>", "</div>", "<b>", "</b>",
      "<pre>  a \n b  </pre>", "<span> x </span>", "<li>", "Termine", "Der Gemeinderat ", "1.2.2014", "&nbsp;"};

  private static void randomTable(Random random, StringBuilder html, int depth) {
    html.append("<table>");
    for (int row = 1 + random.nextInt(3); row > 0; row--) {
      html.append("<tr>");
      for (int cell = 1 + random.nextInt(4); cell > 0; cell--) {
        html.append(random.nextInt(8) == 0 ? "<th>" : "<td>");
        int length = random.nextInt(4) == 0 ? random.nextInt(2_000) : random.nextInt(150);
        for (int written = 0; written < length; ) {
          String piece = random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : ARTICLE.substring(0, 1 + random.nextInt(60));
          html.append(piece);
          written += piece.length();
        }
        if (depth < 5 && random.nextInt(3) == 0) {
          randomTable(random, html, depth + 1);
        }
        html.append(random.nextInt(4) == 0 ? "" : "</td>");
      }
      html.append("</tr>");
    }
    html.append("</table>");
  }

  /** What {@link SideCells} rests on: jsoup's text of a cell is no shorter than that of any cell inside it. */
  @Test
  void aCellsTextIsNoShorterThanTheTextOfAnyCellInsideIt() {
    Random random = new Random(20261207);
    int pairs = 0;
    for (int i = 0; i < 150; i++) {
      Map<Element, Integer> lengths = new IdentityHashMap<>();
      List<Element> cells = randomTables(random).select("td");
      cells.forEach(cell -> lengths.put(cell, cell.text().length()));
      for (Element cell : cells) {
        for (Element inner : cell.select("td")) {
          assertThat(lengths.get(cell)).isGreaterThanOrEqualTo(lengths.get(inner));
          pairs++;
        }
      }
    }
    assertThat(pairs).as("pairs of a cell and a cell inside it").isGreaterThan(40_000);
  }

  /**
   * Every row's side cells, asked inner rows first (as {@link SideColumns#of} asks) or outer rows first, are those a row
   * asked alone gives, each cell measured: the lengths passed outward change what is measured (fewer cells asked inner
   * rows first: 6,266 of 6,399), not the answer.
   */
  @Test
  void everyRowsSideCellsAreThoseOfTheRowMeasuredAlone() {
    Random random = new Random(7122026);
    int sides = 0;
    AtomicInteger measuredAlone = new AtomicInteger();
    AtomicInteger measuredInnerFirst = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      Document page = randomTables(random);
      List<Element> inPageOrder = new ArrayList<>(page.select("tr"));
      page.select("td").forEach(cell -> inPageOrder.add(cell.parent()));
      SideCells innerFirst = new SideCells(counting(measuredInnerFirst));
      SideCells outerFirst = new SideCells(cell -> cell.text().length());
      inPageOrder.reversed().forEach(innerFirst::of);
      for (Element row : page.select("tr")) {
        Set<Element> alone = new SideCells(counting(measuredAlone)).of(row);
        assertThat(innerFirst.of(row)).isEqualTo(alone);
        assertThat(outerFirst.of(row)).isEqualTo(alone);
        sides += alone.size();
      }
      assertThat(SideColumns.of(page.body())).isEqualTo(SideColumns.of(page.body(), cell -> cell.text().length()));
    }
    assertThat(sides).as("side cells").isGreaterThan(1_000);
    assertThat(measuredInnerFirst.get()).as("cells measured inner rows first, of %d", measuredAlone.get()).isLessThan(measuredAlone.get());
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
