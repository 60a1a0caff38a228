package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class PairComponentsTest {
  private static int[] sized(int size, int first) {
    int[] group = new int[size];
    for (int i = 0; i < size; i++) {
      group[i] = first + i;
    }
    return group;
  }

  @Test
  void pairsOfOneComponentShareAGroupCutAtTheMaximum() {
    // pairs 0-1, 1-2, 2-3 form one component; 4-5 another
    int[] firsts = {0, 1, 2, 4};
    int[] seconds = {1, 2, 3, 5};
    List<int[]> groups = PairComponents.groups(4, p -> firsts[p], p -> seconds[p], 6, 2);
    assertThat(groups).containsExactly(new int[] {0, 1}, new int[] {2}, new int[] {3});
  }

  @Test
  void everyGroupIsWorkedOnceOnEveryWorkerCount() throws Exception {
    List<int[]> groups = new ArrayList<>();
    int pairs = 0;
    for (int size : new int[] {1, 300, 2, 7, 2048, 1, 1, 90}) {
      groups.add(sized(size, pairs));
      pairs += size;
    }
    int total = pairs;
    for (int threads : new int[] {1, 2, 3}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        List<Integer> emitted = pool.submit(() -> PairComponents.<Integer>eachLargestFirst(groups, (group, out) -> {
          for (int p : group) {
            out.accept(p);
          }
        })).get();
        assertThat(emitted).hasSize(total).doesNotHaveDuplicates().allMatch(p -> p >= 0 && p < total);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void oneWorkerTakesTheLargestGroupsFirst() throws Exception {
    List<int[]> groups = List.of(sized(1, 0), sized(5, 1), sized(3, 6), sized(5, 9));
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      List<Integer> sizes = pool.submit(() -> PairComponents.<Integer>eachLargestFirst(groups, (group, out) -> out.accept(group.length))).get();
      assertThat(sizes).containsExactly(5, 5, 3, 1);
    } finally {
      pool.shutdown();
    }
  }
}
