package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopWordsTest {
  @Test
  void theListedWordsAreStopWordsAndNoOthers() {
    Set<Long> listed = Arrays.stream(StopWords.words()).map(Hashing::ofChars).collect(Collectors.toSet());
    assertThat(listed).hasSizeGreaterThan(150);
    for (long hash : listed) {
      assertThat(StopWords.contains(hash)).isTrue();
    }
    for (String word : new String[] {"The", "theme", "thee", "ab", "", "Meghan", "markle", "1948", "cant", "youre"}) {
      assertThat(StopWords.contains(Hashing.ofChars(word))).as(word).isFalse();
    }
    assertThat(StopWords.contains(Hashing.ofChars("the"))).isTrue();
    assertThat(StopWords.contains(Hashing.ofChars("can't"))).isTrue();
    // any other hash, whatever its top bits (the table's slot) or low bits
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 200_000; i++) {
      long hash = random.nextLong();
      assertThat(StopWords.contains(hash)).isEqualTo(listed.contains(hash));
    }
    for (long edge : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1}) {
      assertThat(StopWords.contains(edge)).isEqualTo(listed.contains(edge));
    }
  }
}
