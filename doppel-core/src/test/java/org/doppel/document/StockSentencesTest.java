package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class StockSentencesTest {
  /** The stock words of {@code text}, joined by spaces, with "|" between separate runs. */
  private static String stock(String text) {
    Document document = new DocumentAnalyzer().analyze(SourceText.of("t", text));
    boolean[] stock = StockSentences.of(document.words(), text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < stock.length; i++) {
      if (stock[i]) {
        if (i > 0 && !stock[i - 1] && !out.isEmpty()) {
          out.add("|");
        }
        out.add(text.substring(document.words().start(i), document.words().end(i)));
      }
    }
    return String.join(" ", out);
  }

  @Test
  void callsToActionAddressedToTheReaderAreStock() {
    assertThat(StockSentences.isStock("Sign up for our weekly briefing and never miss a story.")).isTrue();
    assertThat(StockSentences.isStock("Get the Harbour Gazette's morning digest straight to your inbox.")).isTrue();
    assertThat(StockSentences.isStock("What would you have done? Tell us in the comments below!")).isTrue();
    assertThat(StockSentences.isStock("Let us know what you think.")).isTrue();
    assertThat(StockSentences.isStock("For the latest scores, download the Riverside Sport app.")).isTrue();
    assertThat(StockSentences.isStock("Pick up the spring issue, on newsstands now.")).isTrue();
    assertThat(StockSentences.isStock("Tap to play")).isTrue();
    assertThat(StockSentences.isStock("Something went wrong, please try to subscribe again")).isTrue();
    assertThat(StockSentences.isStock("Folgen Sie der Lokalredaktion auf Instagram.")).isTrue();
    assertThat(StockSentences.isStock("Abonnieren Sie jetzt den kostenlosen Newsletter der Redaktion.")).isTrue();
  }

  @Test
  void imperativesAndWordsOfArticleTextAreNot() {
    assertThat(StockSentences.isStock("Add your spices once the onions are soft, and don't forget the salt.")).isFalse();
    assertThat(StockSentences.isStock("Get ready for a cold week, forecasters warned on Monday.")).isFalse();
    assertThat(StockSentences.isStock("Readers left hundreds of comments under the mayor's post.")).isFalse();
    assertThat(StockSentences.isStock("The club did not respond to requests for comment.")).isFalse();
    assertThat(StockSentences.isStock("The council published the transcript of the hearing on Tuesday.")).isFalse();
    assertThat(StockSentences.isStock("This story is far from over, the coach said.")).isFalse();
    assertThat(StockSentences.isStock("Streaming subscriptions rose by a fifth last year across the region's households.")).isFalse();
    assertThat(StockSentences.isStock("The new budget rewrites the rules for regional rail operators.")).isFalse();
  }

  @Test
  void contactDetailsGivenToTheReaderAreStock() {
    assertThat(StockSentences.isStock("Have a story? Write to us at news@harbour-gazette.example or call 555-014-2290 any time.")).isTrue();
    assertThat(StockSentences.isStock("If you saw the crash, contact the desk on (555) 014-2291.")).isTrue();
    assertThat(StockSentences.isStock("For details of the tour, visit www.riverside-choir.example.")).isTrue();
    assertThat(StockSentences.isStock("Edited by Mara Lind <mara@gazette.example>")).isTrue();
    // a number or a site named in the news is no contact detail
    assertThat(StockSentences.isStock("The fund raised 1,250,000 euros in 2024, up from 980,000 euros the year before.")).isFalse();
    assertThat(StockSentences.isStock("Riverside.com reported the sale first, citing two people familiar with it.")).isFalse();
  }

  @Test
  void noticesAboutTheTextItselfAreStock() {
    assertThat(stock("This is a rush transcript. This copy may not be in its final form. MAYOR: We begin with the bridge."))
        .isEqualTo("This is a rush transcript This copy may not be in its final form");
    assertThat(StockSentences.isStock("An earlier version of this article gave the wrong date for the vote.")).isTrue();
    assertThat(StockSentences.isStock("This story was originally published by the Valley Ledger.")).isTrue();
    assertThat(StockSentences.isStock("The views expressed here are the author's own.")).isTrue();
    assertThat(StockSentences.isStock("Editor's note:")).isTrue();
    assertThat(StockSentences.isStock("Dieser Artikel wurde zuerst im Stadtanzeiger veröffentlicht.")).isTrue();
    assertThat(StockSentences.isStock("Anmerkung der Redaktion: Der Name wurde geändert.")).isTrue();
  }

  @Test
  void promptScaffoldingLeftInARewriteIsStock() {
    assertThat(stock("Please rewrite the following text in a calm tone. Here is the rewritten text:\n\nThe ferry resumed service on Friday."))
        .isEqualTo("Please rewrite the following text in a calm tone Here is the rewritten text");
    assertThat(StockSentences.isStock("Sure! Here's a more concise version:")).isTrue();
    assertThat(StockSentences.isStock("Reworded:")).isTrue();
    assertThat(StockSentences.isStock("The tone should be neutral and factual.")).isTrue();
    assertThat(StockSentences.isStock("Do not generate any other words.")).isTrue();
    assertThat(StockSentences.isStock("You are a careful editor.")).isTrue();
    assertThat(StockSentences.isStock("Hier ist die umformulierte Fassung:")).isTrue();
    // a label of article text is not
    assertThat(StockSentences.isStock("Best Supporting Role:")).isFalse();
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
  void aSentenceEndsAtADoubleSpaceAsScrapedBlocksAreJoined() {
    assertThat(stock("Thank you for subscribing!  Could not subscribe, try again later  The mayor opened the bridge on Monday."))
        .isEqualTo("Thank you for subscribing Could not subscribe try again later");
  }
}
