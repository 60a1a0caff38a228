package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TrailingNoticesTest {
  private static final String PROSE = "The council voted on Tuesday to rebuild the old bridge, which the flood had damaged, "
      + "and to pay for it from the reserve that the town has kept since the last great flood.";
  // notices written for the test, not copied from an evaluation page
  private static final String REPRINT = "© 2024 Valley Post. All rights reserved. No part of this story may be copied, "
      + "shown on another website or printed in a newspaper or magazine without the prior written permission of the "
      + "editors; please ask our licensing desk before you quote more than a paragraph.";
  private static final String ADVERT_LOOKALIKES = "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th us: th\u0435 Valley Post "
      + "reaches readers in every town of the valley, in print and online. Write to ads@valleypost.example for rates.";

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
    String prose = "The town library, the council said, will keep its reading room open on Sundays and will pay for a "
        + "digital subscription to three regional papers, so that readers without a computer at home can follow the news.";
    assertThat(prose.length()).isGreaterThan(BoilerplateText.MAX_CHARS);
    assertThat(texts(TrailingNotices.drop(blocks(REPRINT, PROSE, prose)))).containsExactly(REPRINT, PROSE, prose);
  }

  @Test
  void readsCyrillicLookAlikesAsLatinLetters() {
    assertThat(BoilerplateText.fold("\u0410dv\u0435rt\u0456\u0455\u0435")).isEqualTo("advertise");
    assertThat(BoilerplateText.fold("Москва")).isEqualTo("мocквa");
  }

  @Test
  void dropsTheDeskAndAgencyMarksThatCloseANewsTextButNotAShortLastSentence() {
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, "kl/dpa")))).containsExactly(PROSE);
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, "(mr/AFP)")))).containsExactly(PROSE);
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, "Tickets: 12/9 euros.")))).containsExactly(PROSE, "Tickets: 12/9 euros.");
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, "Updated 4 March 2024")))).containsExactly(PROSE, "Updated 4 March 2024");
  }

  // prompts and articles written for the test
  @Test
  void dropsShortQuestionsToTheReaderAfterTheLastParagraphWhenNothingAnswersThem() {
    String rate = "Did you find this report on the bridge useful?";
    String share = "Would you like to share it with a neighbour?";
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, rate, "(12 votes: 4.5 of 5)", share))))
        .containsExactly(PROSE, "(12 votes: 4.5 of 5)");
    String comment = "Tell us in the comments: which bridge of the valley do you cross most often?";
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, comment)))).containsExactly(PROSE);
  }

  @Test
  void keepsQuestionsInsideTheArticleOrAnsweredAfterItAndLongOrSeveralSentences() {
    String question = "Will the bridge be ready before the winter?";
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, question, PROSE)))).containsExactly(PROSE, question, PROSE);
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, question, "Probably not, the mayor said."))))
        .containsExactly(PROSE, question, "Probably not, the mayor said.");
    String two = "Was it worth it? The council thinks so?";
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, two)))).containsExactly(PROSE, two);
    String longQuestion = "And who, the residents of the lower town kept asking at every meeting of the council this "
        + "autumn, will pay for the detour that the closed bridge forces on the school buses every single morning?";
    assertThat(longQuestion.length()).isGreaterThan(TrailingNotices.MAX_QUESTION_CHARS);
    assertThat(texts(TrailingNotices.drop(blocks(PROSE, longQuestion)))).containsExactly(PROSE, longQuestion);
  }

  @Test
  void keepsEveryQuestionOfAPageWithoutProse() {
    String question = "Where does the bus stop?";
    assertThat(texts(TrailingNotices.drop(blocks("Timetable", question)))).containsExactly("Timetable", question);
    assertThat(TrailingNotices.isQuestion("\u201eWho pays?\u201c")).isTrue();
    assertThat(TrailingNotices.isQuestion("Who pays.")).isFalse();
  }
}
