package org.doppel.fingerprint;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordTokenizer;
import org.junit.jupiter.api.Test;

class LineKeysTest {
  private static TokenSequence words(String text) {
    return new WordTokenizer().tokenize(text, List.of());
  }

  @Test
  void everyLineOfAtLeastMinWordsGetsOneKey() {
    int[] keys = LineKeys.of(words("a short title\n\nthe first paragraph has several words\nok\nanother line of text here"), 4);
    assertThat(keys).hasSize(2);
  }

  @Test
  void theSameLineInTwoDocumentsGetsTheSameKey() {
    String line = "The river burst its banks near the old mill.";
    int[] first = LineKeys.of(words("Something else entirely here.\n" + line), 4);
    int[] second = LineKeys.of(words(line + "\nand then a different ending line"), 4);
    // keys come sorted, so compare as sets: exactly one key in common, the shared line's
    assertThat(Arrays.stream(first).filter(k -> Arrays.stream(second).anyMatch(o -> o == k)).count()).isEqualTo(1);
    assertThat(LineKeys.of(words(line), 4)).hasSize(1).containsAnyOf(first).containsAnyOf(second);
  }

  @Test
  void aLineKeyIsOnlyForTheWholeLine() {
    int[] whole = LineKeys.of(words("the river burst its banks"), 4);
    int[] longer = LineKeys.of(words("the river burst its banks again"), 4);
    assertThat(whole).hasSize(1);
    assertThat(longer).hasSize(1);
    assertThat(whole[0]).isNotEqualTo(longer[0]);
  }

  @Test
  void normalisationMakesKeysEqual() {
    assertThat(LineKeys.of(words("The River Burst its banks!"), 4)).containsExactly(LineKeys.of(words("the river burst its banks"), 4));
  }

  @Test
  void anEmptyDocumentHasNoKeys() {
    assertThat(LineKeys.of(words(""), 1)).isEmpty();
    assertThat(LineKeys.of(words("one two three"), 4)).isEmpty();
  }
}
