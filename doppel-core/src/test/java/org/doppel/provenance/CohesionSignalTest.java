package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order cohesion's sums run in: a {@code HashSet<Long>}'s, worked out without one. */
class CohesionSignalTest {
  @Test
  void theOrderWorkedOutIsTheHashSetsOnRandomWordsOfEverySize() {
    Random random = new Random(13);
    for (int round = 0; round < 3_000; round++) {
      int count = random.nextInt(round % 10 == 0 ? 3_000 : 400);
      long[] words = new long[count];
      for (int i = 0; i < count; i++) {
        // repeats, small values, and mixed hashes as the tokenizer's are
        words[i] = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextLong();
      }
      long[] distinct = CohesionSignal.distinctInOrder(words, count);
      Set<Long> set = new HashSet<>();
      for (long word : words) {
        set.add(word);
      }
      assertThat(distinct).hasSize(set.size());
      long[] order = CohesionSignal.hashSetOrder(distinct);
      if (order != null) {
        assertThat(order).containsExactly(set.stream().mapToLong(Long::longValue).toArray());
      }
    }
  }

  @Test
  void distinctWordsKeepTheirFirstPlaces() {
    assertThat(CohesionSignal.distinctInOrder(new long[] {7, 0, 7, -3, 0, 9, 1L << 32, 1}, 8))
        .containsExactly(7, 0, -3, 9, 1L << 32, 1);
    assertThat(CohesionSignal.distinctInOrder(new long[] {5, 6}, 1)).containsExactly(5);
  }

  @Test
  void aCrowdedBucketIsLeftToTheSetAndAnOrdinaryOneIsNot() {
    // eight values whose hashes share their low bits fill one bucket of 16: the set may make it a tree or double early
    long[] crowded = new long[8];
    for (int i = 0; i < crowded.length; i++) {
      crowded[i] = (long) (i + 1) << 20;
    }
    assertThat(CohesionSignal.hashSetOrder(crowded)).isNull();
    long[] plain = {3, 1, 2, 40, 17};
    Set<Long> set = new HashSet<>();
    for (long word : plain) {
      set.add(word);
    }
    assertThat(CohesionSignal.hashSetOrder(plain)).containsExactly(set.stream().mapToLong(Long::longValue).toArray());
    assertThat(CohesionSignal.hashSetOrder(new long[0])).isEmpty();
  }
}
