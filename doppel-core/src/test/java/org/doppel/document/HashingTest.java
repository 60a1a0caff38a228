package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashingTest {
  @Test
  void aRunHashDependsOnWordOrder() {
    TokenSequence forward = new WordTokenizer().tokenize("a b c", List.of());
    TokenSequence backward = new WordTokenizer().tokenize("c b a", List.of());
    assertThat(Hashing.ofRun(forward, 0, 3)).isNotEqualTo(Hashing.ofRun(backward, 0, 3));
    assertThat(Hashing.ofRun(forward, 0, 3)).isEqualTo(Hashing.ofRun(new WordTokenizer().tokenize("A, B; C!", List.of()), 0, 3));
  }

  @Test
  void rolledRunHashesEqualRunsHashedAfresh() {
    TokenSequence words = new WordTokenizer().tokenize("one two three four five six seven eight nine ten eleven twelve", List.of());
    int[] starts = {0, 1, 2, 3, 5, 6, 9}; // adjacent starts are rolled, the gaps start afresh
    for (int k : new int[] {1, 2, 3}) {
      long[] rolled = Hashing.ofRuns(words, starts, k);
      for (int i = 0; i < starts.length; i++) {
        assertThat(rolled[i]).as("k=%d start=%d", k, starts[i]).isEqualTo(Hashing.ofRun(words, starts[i], k));
      }
    }
  }

  @Test
  void mixSpreadsNeighbouringInputsFarApart() {
    assertThat(Long.bitCount(Hashing.mix(1) ^ Hashing.mix(2))).isGreaterThan(16);
    assertThat(Hashing.mix(0)).isZero(); // fmix64 keeps 0 fixed; callers salt their inputs
  }

  @Test
  void charHashesAreStableAndDistinct() {
    assertThat(Hashing.ofChars("word")).isEqualTo(Hashing.ofChars(new StringBuilder("word")));
    assertThat(Hashing.ofChars("word")).isNotEqualTo(Hashing.ofChars("ward"));
  }
}
