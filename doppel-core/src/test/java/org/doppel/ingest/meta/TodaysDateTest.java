package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The day of viewing as a header shows it; every text and page here is written for the test. */
class TodaysDateTest {
  @Test
  void aDateTheTextIntroducesAsTodaysIsBlankedWithItsCueAndOtherDatesStay() {
    String text = "Heute ist Freitag, 13.03.2009 | Der Gemeinderat tagte am 10.03.2009 im Rathaus.";
    String left = TodaysDate.withoutTodayCued(text);
    assertThat(left).doesNotContain("13.03.2009").doesNotContain("Heute ist").contains("Der Gemeinderat tagte am 10.03.2009");
    assertThat(TodaysDate.withoutTodayCued("Today is Monday, 4 March 2024. The council met.")).doesNotContain("2024")
        .endsWith("The council met.");
  }

  @Test
  void aCueFarFromTheDateOrNoCueLeavesTheTextAsItIs() {
    String far = "Heute ist ein guter Tag für den Markt, der am 13.03.2009 öffnete.";
    assertThat(TodaysDate.withoutTodayCued(far)).isEqualTo(far);
    String plain = "Der Gemeinderat tagte am 10.03.2009 im Rathaus.";
    assertThat(TodaysDate.withoutTodayCued(plain)).isSameAs(plain);
  }

  @Test
  void aBoxNamedAsTodaysDateIsLeftOutOfTheText() {
    Document page = Jsoup.parse("<div class='tagesdatum'>Montag, 4. März 2024</div>"
        + "<p>Der Gemeinderat tagte am 28. Februar 2024 im Rathaus.</p>");
    String left = TodaysDate.withoutTodaysDate(page.body(), page.body().text());
    assertThat(left).doesNotContain("4. März 2024").contains("28. Februar 2024");
  }

  @Test
  void aParentNamedAsTodayCountsOnlyWhenItHoldsLittleElse() {
    Document page = Jsoup.parse("<div id='heute'><span class='tag'>Montag</span><span class='d'>4. März 2024</span></div>"
        + "<div class='today-news'><p class='a'>1. März 2024</p><p>Zwei</p><p>Drei</p></div>");
    assertThat(TodaysDate.isTodaysDate(page.selectFirst("span.d"))).isTrue();
    assertThat(TodaysDate.isTodaysDate(page.selectFirst("p.a"))).isFalse();
    assertThat(TodaysDate.isTodaysDate(page.selectFirst("div.today-news"))).isTrue(); // its own name is read as it is
  }
}
