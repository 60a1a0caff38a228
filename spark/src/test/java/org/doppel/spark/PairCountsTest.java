package org.doppel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairCountsTest {
  private static Map<List<Long>, Integer> counted(PairCounts counts, int kind) {
    Map<List<Long>, Integer> out = new HashMap<>();
    counts.forEach((first, second, shared) -> out.put(List.of(first, second), PairCounts.count(shared, kind)));
    return out;
  }

  @Test
  void everyPairOfAGroupIsCountedOnceSmallerDocumentFirst() {
    PairCounts counts = new PairCounts(16);
    counts.addEveryPair(new long[] {9, 2, 5, 0}, 3, PairCounts.one(1)); // the fourth entry is past the group
    assertThat(counted(counts, 1)).isEqualTo(Map.of(List.of(2L, 5L), 1, List.of(2L, 9L), 1, List.of(5L, 9L), 1));
  }

  @Test
  void aDocumentInTheGroupTwiceSharesTheKeyTwiceWithEachOtherAndNeverWithItself() {
    PairCounts counts = new PairCounts(16);
    counts.addEveryPair(new long[] {7, 3, 7}, 3, PairCounts.one(0));
    assertThat(counted(counts, 0)).isEqualTo(Map.of(List.of(3L, 7L), 2));
  }
}
