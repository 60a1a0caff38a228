package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TrailingNoticesTest {
  private static final String PROSE = "The council voted on Tuesday to rebuild the old bridge, which the flood had damaged, "
      + "and to pay for it from the reserve that the town has kept since the last great flood.";
  private static final String REPRINT = "© 2022, Valley Post. This article is the copyrighted property of Valley Post. "
      + "Written permission must be obtained before reprint in online or print media. Reprinting content without "
      + "permission and/or payment is theft and punishable by law.";
  private static final String ADVERT_LOOKALIKES = "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most visited news "
      + "site in the valley ~ W\u0435 \u043Ef\u0435r fully customizable digital marketing packages for businesses big "
      + "and small. Contact us at ads@valleypost.example or call us at 555-0100.";

  private static List<TextBlock> blocks(String... texts) {
    Element p = new Element("p");
    return java.util.Arrays.stream(texts).map(text -> new TextBlock(p, text, 0, 0)).toList();
  }

  private static List<String> texts(List<TextBlock> blocks) {
    return blocks.stream().map(TextBlock::text).toList();
  }

  @Test
  void dropsReprintNoticesAndAdvertisingOffersWrittenWithLookAlikeLettersAtTheEnd() {
    assertThat(REPRINT.length()).isGreaterThan(BoilerplateText.MAX_CHARS);
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, ADVERT_LOOKALIKES, REPRINT)))).containsExactly(PROSE);
  }

  @Test
  void dropsMembershipAppealsAndSeparatorLines() {
    String appeal = "To be less dependent on advertising and to bring you even better stories, we need your support.";
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, appeal, "Become a member today", "+++")))).containsExactly(PROSE);
  }

  @Test
  void keepsTheSameWordsInsideTheArticleAndLongProseThatMentionsSubscriptions() {
    String prose = "After two more years of this, the editor asks, what kind of products are going to be left in local "
        + "communities that readers feel are worth a digital subscription, and what is the strategy after all the cuts?";
    assertThat(prose.length()).isGreaterThan(BoilerplateText.MAX_CHARS);
    assertThat(texts(TrailingNotices.drop(blocks(REPRINT, PROSE, prose)))).containsExactly(REPRINT, PROSE, prose);
  }

  @Test
  void readsCyrillicLookAlikesAsLatinLetters() {
    assertThat(BoilerplateText.fold("\u0410dv\u0435rt\u0456\u0455\u0435")).isEqualTo("advertise");
    assertThat(BoilerplateText.fold("Москва")).isEqualTo("мocквa");
  }
}
