package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.doppel.document.Hashing;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordTokenizer;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static TokenSequence words(String text) {
    return new WordTokenizer().tokenize(text, List.of());
  }

  @Test
  void aDocumentOfNWordsHasNMinusKPlusOneShinglesInTextOrder() {
    TokenSequence words = words("the cat sat on the mat");
    long[] shingles = Shingles.of(words, 3);
    assertThat(shingles).hasSize(4);
    for (int i = 0; i < shingles.length; i++) {
      assertThat(shingles[i]).isEqualTo(Hashing.ofRun(words, i, 3));
    }
  }

  @Test
  void repeatedShinglesAreKept() {
    long[] shingles = Shingles.of(words("a b a b a b"), 2);
    assertThat(shingles).hasSize(5);
    assertThat(shingles[0]).isEqualTo(shingles[2]).isEqualTo(shingles[4]);
    assertThat(shingles[1]).isEqualTo(shingles[3]).isNotEqualTo(shingles[0]);
  }

  @Test
  void shinglesAreSensitiveToWordOrder() {
    assertThat(Shingles.of(words("the cat sat"), 3)).doesNotContain(Shingles.of(words("sat cat the"), 3));
    assertThat(Shingles.of(words("The CAT, sat!"), 3)).containsExactly(Shingles.of(words("the cat sat"), 3));
  }

  @Test
  void noShingleCrossesABreak() {
    String text = "one two three\nBy Jane Voe\nfour five six";
    int start = text.indexOf("By");
    TokenSequence broken = new WordTokenizer().tokenize(text, List.of(new Span(start, start + 11)));
    long[] shingles = Shingles.of(broken, 3);
    assertThat(shingles).containsExactly(Hashing.ofRun(broken, 0, 3), Hashing.ofRun(broken, 3, 3));
    assertThat(Shingles.of(words("one two three four five six"), 3)).hasSize(4);
  }

  @Test
  void aDocumentShorterThanKHasOneShingleOverAllItsWords() {
    TokenSequence two = words("hello world");
    assertThat(Shingles.of(two, 4)).containsExactly(Hashing.ofRun(two, 0, 2));
  }

  @Test
  void anEmptyDocumentHasNoShingles() {
    assertThat(Shingles.of(words("  ...  "), 4)).isEmpty();
  }

  @Test
  void aShingleSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> Shingles.of(words("a b c"), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
