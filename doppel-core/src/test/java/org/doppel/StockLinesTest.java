package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
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

  @Test
  void aBlockOfLinesAtTheTopOfManyArticlesIsStockThoughItsFirstLineIsNeverSeenInManySurroundings() {
    String name = "Quillfeather Weekly | Home | Valley | Harvest | Weather";
    String motto = "Written and printed above the ferry landing every Friday";
    StockLines stock = learntFrom(topic -> words(name, motto, own(topic), paragraph("weather", 2)));
    assertMaskedExactly(stock.mask(words(name, motto, paragraph("closing", 99), paragraph("final", 99))), 0, words(name, motto).size());
    // the motto is stock alone (the articles after it vary); the name line only as the first line of the block
    int nameWords = words(name).size();
    assertThat(masked(stock.mask(words(motto, name, paragraph("closing", 99))), words(motto).size(), nameWords))
        .as("the lines in another order").isZero();
    assertThat(masked(stock.mask(words(paragraph("closing", 99), name, motto, paragraph("final", 99))), 7, nameWords))
        .as("the two lines inside a text, not at its edge").isZero();
  }

  @Test
  void aBlockAtTheEndOfManyArticlesIsStockButAnArticleCarriedWholeKeepsItsEdgesOwn() {
    String sign = "Letters to the editor reach the desk by the ferry office";
    String place = "Quillfeather Weekly, Landing Street, printed by the valley press";
    StockLines stock = learntFrom(topic -> words(paragraph("weather", 2), own(topic), sign, place));
    for (int copy = 0; copy < 6; copy++) {
      stock.add(stock.lines(words(paragraph("orchard", 1), paragraph("rail", 1), paragraph("mill", 1))));
    }
    TokenSequence page = words(paragraph("closing", 99), sign, place);
    assertMaskedExactly(stock.mask(page), words(paragraph("closing", 99)).size(), page.size());
    assertThat(stock.mask(words(paragraph("orchard", 1), paragraph("rail", 1), paragraph("mill", 1)))).doesNotContain(true);
  }

  /** Stock lines (in 3 surroundings) learnt from three pages, one a topic: {@code page} writes each. */
  private static StockLines learntFrom(Function<String, TokenSequence> page) {
    StockLines stock = new StockLines(5, 3);
    for (String topic : List.of("harbour", "meadow", "kettle")) {
      stock.add(stock.lines(page.apply(topic)));
    }
    return stock;
  }

  private static void assertMaskedExactly(boolean[] mask, int from, int to) {
    for (int i = 0; i < mask.length; i++) {
      assertThat(mask[i]).as("word %d", i).isEqualTo(i >= from && i < to);
    }
  }

  /** A paragraph whose every word is its topic's own, so that its smallest word hash is another topic's by chance only. */
  private static String own(String topic) {
    return String.join(" ", topic + "s", topic + "ish", topic + "ed", topic + "ful", topic + "less", topic + "ing", topic + "ly");
  }

  private static int masked(boolean[] mask, int from, int words) {
    int n = 0;
    for (int i = from; i < from + words; i++) {
      n += mask[i] ? 1 : 0;
    }
    return n;
  }
}
