package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class WordStemsTest {
  @Test
  void wordsSharingTheirFirstLettersInAnyCaseShareAStem() {
    TokenSequence words = new WordTokenizer().tokenize("Visited VISITING visits vista", List.of());
    String text = "Visited VISITING visits vista";
    assertThat(WordStems.of(words, text, 0)).isEqualTo(WordStems.of(words, text, 1)).isEqualTo(WordStems.of(words, text, 2));
    assertThat(WordStems.of(words, text, 3)).isNotEqualTo(WordStems.of(words, text, 0));
  }

  /** Every word's stem as Character.toLowerCase gives it, char for char, whatever the script or case. */
  @Property(tries = 300)
  void lowerCasesAsCharacterDoes(@ForAll String text) {
    assertStemsLowerCasedAsCharacterDoes(text);
  }

  /** The same on Latin text, mostly ASCII letters in both cases (the inlined path), with a few accented ones. */
  @Property(tries = 300)
  void lowerCasesLatinTextAsCharacterDoes(@ForAll @AlphaChars @Chars({' ', ' ', '-', 'É', 'ß', 'Ø', '7', '@', '['}) String text) {
    assertStemsLowerCasedAsCharacterDoes(text);
  }

  private static void assertStemsLowerCasedAsCharacterDoes(String text) {
    TokenSequence words = new WordTokenizer().tokenize(text, List.of());
    for (int i = 0; i < words.size(); i++) {
      int start = words.start(i);
      // the first LENGTH chars of the word without its invisible joiners (a soft hyphen inside it)
      String letters = text.substring(start, words.end(i)).replaceAll("[\u00AD\u2060\u200D\uFEFF]", "");
      long h = Hashing.startWord();
      for (int c = 0; c < Math.min(letters.length(), WordStems.LENGTH); c++) {
        h = Hashing.addChar(h, Character.toLowerCase(letters.charAt(c)));
      }
      assertThat(WordStems.of(words, text, i)).isEqualTo(Hashing.mix(h));
    }
  }
}
