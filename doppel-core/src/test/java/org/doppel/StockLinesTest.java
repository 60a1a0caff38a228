package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordTokenizer;
import org.junit.jupiter.api.Test;

class StockLinesTest {
  private static final WordTokenizer TOKENIZER = new WordTokenizer();
  private static final String PROMPT = "Sign up for our morning newsletter to get the day's headlines in your inbox";

  private static TokenSequence words(String... lines) {
    return TOKENIZER.tokenize(String.join("\n", lines), List.of());
  }

  private static final List<String> NOUNS = List.of("cranes", "orchards", "ferries", "glaciers", "bakeries", "violins",
      "tractors", "lanterns", "meadows", "quarries", "kettles", "harbours", "pylons", "canyons", "theatres", "beehives");

  /** A paragraph of its own for article {@code n} of a topic: no word in common with another article's. */
  private static String paragraph(String topic, int n) {
    return String.join(" ", topic + "s", NOUNS.get(n % 16), NOUNS.get((n + 5) % 16), NOUNS.get((n + 11) % 16),
        topic + "ish", NOUNS.get((n + 3) % 16) + "es", NOUNS.get((n + 7) % 16) + "ed");
  }

  private static boolean[] promptMask(StockLines stock) {
    return stock.mask(words(paragraph("closing", 99), PROMPT, paragraph("final", 99)));
  }

  @Test
  void aLinePrintedUnderDifferentArticlesBecomesStockOnceEnoughDocumentsBringIt() {
    StockLines stock = new StockLines(5, 3);
    for (int n = 0; n < 2; n++) {
      stock.add(stock.lines(words(paragraph("weather", n), PROMPT, paragraph("harbour", n))));
    }
    assertThat(promptMask(stock)).as("two surroundings are not yet three").doesNotContain(true);

    stock.add(stock.lines(words(paragraph("weather", 2), PROMPT, paragraph("harbour", 2))));
    boolean[] mask = promptMask(stock);
    int promptStart = words(paragraph("closing", 99)).size();
    int promptWords = words(PROMPT).size();
    for (int i = 0; i < mask.length; i++) {
      assertThat(mask[i]).as("word %d", i).isEqualTo(i >= promptStart && i < promptStart + promptWords);
    }
  }

  @Test
  void anArticleCarriedWholeByManySitesKeepsItsSurroundingsAndIsNotStock() {
    StockLines stock = new StockLines(5, 3);
    for (int copy = 0; copy < 6; copy++) {
      stock.add(stock.lines(words(paragraph("weather", 1), PROMPT, paragraph("harbour", 1))));
    }
    stock.count();
    assertThat(promptMask(stock)).doesNotContain(true);
  }

  @Test
  void aDocumentRepeatingTheLineCountsOnceAndCountingAgainSeesLaterDocuments() {
    StockLines stock = new StockLines(5, 2);
    stock.add(stock.lines(words(paragraph("weather", 1), PROMPT, paragraph("harbour", 1), PROMPT, paragraph("rail", 1))));
    stock.count();
    assertThat(promptMask(stock)).as("one document, however many surroundings").doesNotContain(true);

    stock.add(stock.lines(words(paragraph("weather", 2), PROMPT, paragraph("harbour", 2))));
    assertThat(promptMask(stock)).contains(true);
  }
}
