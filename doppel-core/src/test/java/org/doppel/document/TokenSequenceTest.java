package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSequenceTest {
  @Test
  void theOpeningQuotesAreTheFourQuotationMarksAndNoOtherChar() {
    String quotes = "\"\u201c\u00ab\u201e"; // " “ « „
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(TokenSequence.isOpeningQuote((char) c)).as("U+%04X", c).isEqualTo(quotes.indexOf(c) >= 0);
    }
  }
}
