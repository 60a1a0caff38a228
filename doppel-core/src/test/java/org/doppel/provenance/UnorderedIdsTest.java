package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnorderedIdsTest {
  @Test
  void aPairIsTheSameKeyInEitherOrderAndNoOtherPairIs() {
    assertThat(new UnorderedIds("report-7", "notes/b")).isEqualTo(new UnorderedIds("notes/b", "report-7"))
        .hasSameHashCodeAs(new UnorderedIds("notes/b", "report-7"));
    assertThat(new UnorderedIds("x", "y")).isNotEqualTo(new UnorderedIds("x", "z")).isNotEqualTo(new UnorderedIds("y", "y"));
    // ids that a key joined with a NUL char would have confused
    assertThat(new UnorderedIds("a\u0000b", "c")).isNotEqualTo(new UnorderedIds("a", "b\u0000c"));
    // two strings with one hash ("Aa" and "BB"): the ids decide, not the hash
    assertThat(new UnorderedIds("Aa", "q")).isNotEqualTo(new UnorderedIds("BB", "q"));
  }

  @Test
  void asMapKeysTheyFindWhatTheJoinedStringKeysFound() {
    Random random = new Random(23);
    Map<String, Integer> joined = new HashMap<>();
    Map<UnorderedIds, Integer> unordered = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      String a = "doc" + random.nextInt(400);
      String b = "site/" + random.nextInt(400);
      joined.put(a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a, i);
      unordered.put(random.nextBoolean() ? new UnorderedIds(a, b) : new UnorderedIds(b, a), i);
    }
    assertThat(unordered).hasSameSizeAs(joined);
    for (int i = 0; i < 20_000; i++) {
      String a = "doc" + random.nextInt(400);
      String b = "site/" + random.nextInt(400);
      assertThat(unordered.get(new UnorderedIds(b, a))).isEqualTo(joined.get(a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a));
    }
  }
}
