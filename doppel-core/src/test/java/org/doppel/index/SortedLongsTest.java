package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class SortedLongsTest {
  @Test
  void keepsTheValuesRepeatedEnoughTimesAcrossAllArrays() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      long[][] parts = new long[1 + random.nextInt(12)][];
      TreeMap<Long, Integer> counts = new TreeMap<>();
      for (int p = 0; p < parts.length; p++) {
        parts[p] = new long[random.nextInt(300)];
        for (int i = 0; i < parts[p].length; i++) {
          parts[p][i] = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(60) - 30L;
          counts.merge(parts[p][i], 1, Integer::sum);
        }
        Arrays.sort(parts[p]);
      }
      int minCount = 1 + random.nextInt(3);
      long[] expected = counts.entrySet().stream().filter(e -> e.getValue() >= minCount).mapToLong(e -> e.getKey()).toArray();
      assertThat(SortedLongs.atLeast(copies(parts), minCount)).as("trial %d", trial).containsExactly(expected);
      int ranges = 1 + random.nextInt(9);
      assertThat(new ForkJoinPool(3).submit(() -> SortedLongs.atLeast(copies(parts), minCount, ranges)).join())
          .as("trial %d, %d ranges on a pool", trial, ranges).containsExactly(expected);
      assertThat(SortedLongs.atLeast(copies(parts), minCount, ranges)).as("trial %d, %d ranges", trial, ranges).containsExactly(expected);
    }
  }

  /** The arrays copied: a single array is compacted in place. */
  private static long[][] copies(long[][] parts) {
    return Arrays.stream(parts).map(long[]::clone).toArray(long[][]::new);
  }

  @Test
  void rangesCutBetweenRepeatsOfOneValue() {
    long[][] parts = {{1, 2, 2, 2, 2, 2, 2, 3}, {2, 2, 3, 3}, {}};
    for (int ranges = 1; ranges <= 9; ranges++) {
      assertThat(SortedLongs.atLeast(copies(parts), 3, ranges)).as("%d ranges", ranges).containsExactly(2, 3);
      assertThat(SortedLongs.atLeast(copies(parts), 1, ranges)).as("%d ranges", ranges).containsExactly(1, 2, 3);
    }
    assertThat(SortedLongs.atLeast(new long[][] {{}, {}}, 1, 4)).isEmpty();
  }

  @Test
  void emptyInputsAndABadCount() {
    assertThat(SortedLongs.atLeast(new long[][] {}, 1)).isEmpty();
    assertThat(SortedLongs.atLeast(new long[][] {{}, {}}, 2)).isEmpty();
    assertThat(SortedLongs.atLeast(new long[][] {{Long.MIN_VALUE, 5}, {5, Long.MAX_VALUE}}, 2)).containsExactly(5);
    assertThatThrownBy(() -> SortedLongs.atLeast(new long[][] {{1}}, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
