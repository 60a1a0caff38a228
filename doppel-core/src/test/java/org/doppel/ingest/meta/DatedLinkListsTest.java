package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Lists whose items each link elsewhere beside a date; every page written for the test. */
class DatedLinkListsTest {
  private static final String EVENTS = "<ul><li><a href='/x'>Weinprobe</a> 29.02.2020</li><li><a href='/y'>Konzert</a> 3.3.2020</li>"
      + "<li>Impressum</li></ul>";

  @Test
  void twoDatedLinksMakeAListAndEachIsFoundAgainInACopy() {
    Document page = Jsoup.parse("<ul><li>Erstellt: 1.2.2020</li></ul>" + EVENTS);
    assertThat(DatedLinkLists.inListOfDatedLinks(page.selectFirst("li:contains(Weinprobe)"))).isTrue();
    List<Element> lists = page.select(DatedLinkLists.LISTS);
    List<DatedLinkLists.DatedItem> items = DatedLinkLists.datedItems(lists);
    assertThat(items).containsExactly(new DatedLinkLists.DatedItem(1, 0), new DatedLinkLists.DatedItem(1, 1));
    Document copy = page.clone();
    assertThat(items.get(1).in(copy.select(DatedLinkLists.LISTS)).text()).isEqualTo("Konzert 3.3.2020");
  }

  @Test
  void oneDatedLinkIsABylineNotAList() {
    Document page = Jsoup.parse("<ul><li>Von <a href='/jane'>Jane Voe</a>, 4.3.2022</li><li>Ressort: Kultur</li></ul>");
    assertThat(DatedLinkLists.inListOfDatedLinks(page.selectFirst("li"))).isFalse();
    assertThat(DatedLinkLists.datedItems(page.select(DatedLinkLists.LISTS))).isEmpty();
  }

  @Test
  void plainBoxesCountWhenThreeStandSideBySide() {
    String box = "<p><span>21.08.2017</span><br><a href='/r'>Frühere Meldung</a></p>";
    Document two = Jsoup.parse("<div>" + box.repeat(2) + "</div>");
    Document three = Jsoup.parse("<div>" + box.repeat(3) + "</div>");
    assertThat(DatedLinkLists.inListOfDatedLinks(two.selectFirst("span"))).isFalse();
    assertThat(DatedLinkLists.inListOfDatedLinks(three.selectFirst("span"))).isTrue();
  }
}
