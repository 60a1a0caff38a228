package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ParallelSortTest {
  @Test
  void sortsAsListSortDoesOnAnyPoolAndKeepsEqualItemsInOrder() throws Exception {
    Random random = new Random(9);
    for (int size : new int[] {0, 1, 1023, 5000, 20_011}) {
      List<int[]> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(new int[] {random.nextInt(50), i}); // many equal keys: the second field tells their order
      }
      Comparator<int[]> byKey = Comparator.comparingInt(item -> item[0]);
      List<int[]> expected = new ArrayList<>(items);
      expected.sort(byKey);
      assertThat(ParallelSort.sorted(items, byKey)).as("no pool, %d items", size).containsExactlyElementsOf(expected);
      for (int threads : new int[] {1, 2, 3, 8}) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
          List<int[]> sorted = pool.submit(() -> ParallelSort.sorted(items, byKey)).get();
          assertThat(sorted).as("%d threads, %d items", threads, size).containsExactlyElementsOf(expected);
        } finally {
          pool.shutdown();
        }
      }
      assertThat(items).hasSize(size); // the input is left as it was
    }
  }
}
