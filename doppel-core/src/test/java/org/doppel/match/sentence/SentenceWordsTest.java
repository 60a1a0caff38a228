package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceWordsTest {
  @Test
  void numbersKeepTheirDecimalsAndLoseThousandsSeparators() {
    SentenceWords w = SentenceWords.of("Shares rose 4.4% to A$4.56, a gain of 1,000 points.");
    assertThat(w.words()).containsExactly("shares", "rose", "4.4", "to", "a", "4.56", "a", "gain", "of", "1000", "points");
    assertThat(w.isNumber(2)).isTrue();
    assertThat(w.isNumber(9)).isTrue();
    assertThat(w.isNumber(1)).isFalse();
  }

  @Test
  void capitalisedWordsAfterTheFirstAreNames() {
    SentenceWords w = SentenceWords.of("Referring to her, Velmora accused the BBC and McCain");
    assertThat(w.isName(0)).isFalse();  // "Referring": first word
    assertThat(w.isName(3)).isTrue();   // Velmora
    assertThat(w.isName(6)).isTrue();   // BBC
    assertThat(w.isName(8)).isTrue();   // McCain
    assertThat(w.isName(4)).isFalse();
  }

  @Test
  void contractionsAreOneWordAndNegations() {
    SentenceWords w = SentenceWords.of("He isn't here.");
    assertThat(w.words()).containsExactly("he", "isn't", "here");
    assertThat(w.isNegation(1)).isTrue();
  }
}
