package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class StockSentencesTest {
  /** The stock words of {@code text}, joined by spaces, with "|" between separate runs. */
  private static String stock(String text) {
    Document document = new DocumentAnalyzer().analyze(SourceText.of("t", text));
    return MarkedWords.joined(document.words(), text, StockSentences.of(document.words(), text));
  }

  private static void allStock(String... fragments) {
    for (String fragment : fragments) {
      assertThat(StockSentences.isStock(fragment)).as(fragment).isTrue();
    }
  }

  private static void noneStock(String... fragments) {
    for (String fragment : fragments) {
      assertThat(StockSentences.isStock(fragment)).as(fragment).isFalse();
    }
  }

  @Test
  void callsToActionAddressedToTheReaderAreStock() {
    allStock(
        "Sign up for our weekly briefing and never miss a story.",
        "Get the Harbour Gazette's morning digest straight to your inbox.",
        "What would you have done? Tell us in the comments below!",
        "Let us know what you think.",
        "For the latest scores, download the Riverside Sport app.",
        "Pick up the spring issue, on newsstands now.",
        "Tap to play",
        "Something went wrong, please try to subscribe again",
        "Folgen Sie der Lokalredaktion auf Instagram.",
        "Abonnieren Sie jetzt den kostenlosen Newsletter der Redaktion.");
  }

  @Test
  void imperativesAndWordsOfArticleTextAreNot() {
    noneStock(
        "Add your spices once the onions are soft, and don't forget the salt.",
        "Get ready for a cold week, forecasters warned on Monday.",
        "Readers left hundreds of comments under the mayor's post.",
        "The club did not respond to requests for comment.",
        "The council published the transcript of the hearing on Tuesday.",
        "This story is far from over, the coach said.",
        "Streaming subscriptions rose by a fifth last year across the region's households.",
        "The new budget rewrites the rules for regional rail operators.");
  }

  @Test
  void contactDetailsGivenToTheReaderAreStock() {
    allStock(
        "Have a story? Write to us at news@harbour-gazette.example or call 555-014-2290 any time.",
        "If you saw the crash, contact the desk on (555) 014-2291.",
        "For details of the tour, visit www.riverside-choir.example.",
        "Edited by Mara Lind <mara@gazette.example>");
    // a number or a site named in the news is no contact detail
    noneStock(
        "The fund raised 1,250,000 euros in 2024, up from 980,000 euros the year before.",
        "Riverside.com reported the sale first, citing two people familiar with it.");
  }

  @Test
  void noticesAboutTheTextItselfAreStock() {
    assertThat(stock("This is a rush transcript. This copy may not be in its final form. MAYOR: We begin with the bridge."))
        .isEqualTo("This is a rush transcript This copy may not be in its final form");
    allStock(
        "An earlier version of this article gave the wrong date for the vote.",
        "This story was originally published by the Meadow Ledger.",
        "The views expressed here are the author's own.",
        "Editor's note:",
        "Dieser Artikel wurde zuerst im Stadtanzeiger veröffentlicht.",
        "Anmerkung der Redaktion: Der Name wurde geändert.");
  }

  @Test
  void promptScaffoldingLeftInARewriteIsStock() {
    assertThat(stock("Please rewrite the following text in a calm tone. Here is the rewritten text:\n\nThe ferry resumed service on Friday."))
        .isEqualTo("Please rewrite the following text in a calm tone Here is the rewritten text");
    allStock(
        "Sure! Here's a more concise version:",
        "Reworded:",
        "The tone should be neutral and factual.",
        "Do not generate any other words.",
        "You are a careful editor.",
        "Hier ist die umformulierte Fassung:");
    // a label of article text is not
    noneStock("Best Supporting Role:");
  }

  @Test
  void onlyTheAttributionFormulaOfASentenceIsStock() {
    assertThat(stock("The pair split in May, according to exclusive information obtained by Gazette.example, and sold the house."))
        .isEqualTo("according to exclusive information obtained by Gazette example");
    assertThat(stock("The ferry will run again in June, according to the harbour authority.")).isEqualTo(
        "according to the harbour authority");
    // a long clause after "according to" is the sentence's own text
    assertThat(stock("According to the plan the council approved on Monday after a long debate, the ferry will run in June."))
        .isEmpty();
  }

  @Test
  void aShortQuestionLeadingIntoACallToActionIsStockWithIt() {
    assertThat(stock("The bridge reopens on Monday. Seen the new bridge yet? Share your photos with us in the comments."))
        .isEqualTo("Seen the new bridge yet Share your photos with us in the comments");
    assertThat(stock("For the full interview, see the winter issue of the Riverside Review.")).isEqualTo(
        "For the full interview see the winter issue of the Riverside Review");
    assertThat(stock("For the rules, refer to our guide below.")).isEqualTo("For the rules refer to our guide below");
    // a question asked before article text, or on the line before the appeal, is the article's own
    assertThat(stock("Will the bridge open on time? The council says the work is on schedule.")).isEmpty();
    assertThat(stock("Will the bridge open on time?\nShare your photos with us in the comments."))
        .isEqualTo("Share your photos with us in the comments");
  }

  @Test
  void aSentenceEndsAtADoubleSpaceAsScrapedBlocksAreJoined() {
    assertThat(stock("Thank you for subscribing!  Could not subscribe, try again later  The mayor opened the bridge on Monday."))
        .isEqualTo("Thank you for subscribing Could not subscribe try again later");
  }
}
