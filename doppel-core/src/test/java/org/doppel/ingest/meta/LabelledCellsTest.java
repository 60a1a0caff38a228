package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An author's cell beside its label, and the letter counts that spare a long cell's text; every page written for the test. */
class LabelledCellsTest {
  @Test
  void theCellAfterAnAuthorsLabelIsTheAuthor() {
    Document page = Jsoup.parse("<table><tr><td>Ort:</td><td>Ulm</td></tr><tr><td> Verfasserin \u00a0 : </td><td>Anna Muster</td></tr></table>");
    assertThat(LabelledCells.author(page)).contains("Anna Muster");
  }

  @Test
  void aCellWithMoreLettersThanAnyLabelIsNotOne() {
    Document page = Jsoup.parse("<table><tr><td>Autor: und Verlag</td><td>Anna Muster</td></tr></table>");
    assertThat(LabelledCells.author(page)).isEmpty();
  }

  /** Tables nested deep: each cell's count is capped, so the walk costs the page once, not once for each table around a text. */
  @Test
  void lettersAreCountedOnceUpToTheCap() {
    Document page = Jsoup.parse("<table><tr><td id='c'>".repeat(50) + "a b\u00a0c" + "<i>de</i>".repeat(20) + "</td></tr></table>".repeat(50)
        + "<p id='p'>  x\ty </p>");
    Map<Element, Integer> letters = LabelledCells.lettersUpTo(16, page);
    assertThat(letters.get(page.getElementById("p"))).isEqualTo(2);
    assertThat(page.select("td")).hasSize(50).allSatisfy(cell -> assertThat(letters.get(cell)).isEqualTo(17));
    assertThat(letters.get(page.selectFirst("i"))).isEqualTo(2);
  }
}
