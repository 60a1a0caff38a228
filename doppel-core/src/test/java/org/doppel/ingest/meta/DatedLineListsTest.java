package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Lists of dated links set as lines between breaks; every page written for the test. */
class DatedLineListsTest {
  @Test
  void twoLinesEachWithALinkAndADateAreAList() {
    Document page = Jsoup.parse("<div id='list'>14.10.2009 - <a href='/a'>Ältere Meldung</a><br>12.10.2009 - <a href='/b'>Noch eine</a><br>"
        + "Impressum</div>");
    Element list = page.getElementById("list");
    assertThat(DatedLineLists.of(page.body())).containsExactly(list);
    assertThat(DatedLineLists.datedLines(list)).hasSize(2);
    assertThat(DatedLineLists.datedLines(list).get(0)).last().matches(node -> node.nodeName().equals("br"));
  }

  @Test
  void oneDatedLineOrDatesWithoutLinksAreNot() {
    Document one = Jsoup.parse("<div>14.10.2009 - <a href='/a'>Ältere Meldung</a><br>Impressum<br></div>");
    Document unlinked = Jsoup.parse("<div>14.10.2009 - Sitzung<br>12.10.2009 - Sitzung<br></div>");
    assertThat(DatedLineLists.of(one.body())).isEmpty();
    assertThat(DatedLineLists.of(unlinked.body())).isEmpty();
  }
}
