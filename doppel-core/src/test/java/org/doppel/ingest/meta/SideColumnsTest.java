package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A table layout's side column beside the article's cell, and cells that are not one; every page written for the test. */
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

  @Test
  void onlyTheOutermostSideColumnIsListed() {
    Document page = Jsoup.parse("<table><tr><td id='outer'><table><tr><td id='inner'>Termine</td><td>" + ARTICLE.substring(0, 450)
        + "</td></tr></table></td><td>" + ARTICLE.repeat(4) + "</td></tr></table>");
    assertThat(SideColumns.of(page.body())).extracting(cell -> cell.id()).containsExactly("outer");
  }
}
