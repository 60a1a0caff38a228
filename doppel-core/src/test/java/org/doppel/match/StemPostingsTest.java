package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StemPostingsTest {
  @Test
  void listsTheSentencesOfAKeyInAscendingOrder() {
    StemPostings postings = StemPostings.ofKeys(new long[][] {{7, 0, -3}, {}, {-3, 7}, {7}});
    assertThat(sentences(postings, 7)).containsExactly(0, 2, 3);
    assertThat(sentences(postings, -3)).containsExactly(0, 2);
    assertThat(sentences(postings, 0)).containsExactly(0);
    assertThat(sentences(postings, 5)).isEmpty();
  }

  /** The same sentences for every key, in the same order, as postings kept in a map of lists. */
  @Property(tries = 300)
  void agreesWithAMapOfLists(@ForAll @Size(max = 40) List<@Size(max = 30) List<@LongRange(min = -50, max = 50) Long>> sentences,
      @ForAll long salt) {
    // small ranges so that keys repeat across sentences; the salt spreads them over the hash space, slot collisions included
    long[][] keys = new long[sentences.size()][];
    Map<Long, List<Integer>> expected = new TreeMap<>();
    for (int j = 0; j < keys.length; j++) {
      keys[j] = new LinkedHashSet<>(sentences.get(j)).stream().mapToLong(w -> w * 0x9E3779B97F4A7C15L + salt).toArray();
      for (long key : keys[j]) {
        expected.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
      }
    }
    StemPostings postings = StemPostings.ofKeys(keys);
    for (long w = -51; w <= 51; w++) {
      long key = w * 0x9E3779B97F4A7C15L + salt;
      assertThat(sentences(postings, key)).isEqualTo(expected.getOrDefault(key, List.of()));
    }
  }

  private static List<Integer> sentences(StemPostings postings, long key) {
    List<Integer> out = new ArrayList<>();
    for (int e = postings.first(key); e >= 0; e = postings.next(e)) {
      out.add(postings.sentence(e));
    }
    return out;
  }
}
