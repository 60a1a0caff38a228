package org.doppel.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Pairs grouped by the connected components of the graph they form, so that work done per pair can
 * analyse each document once per group and drop it when the group is done: the stages that read the
 * words of both documents of every pair (verification, provenance) cost in proportion to the documents
 * in pairs, not to the pairs, and hold only one group's documents at a time.
 */
public final class PairComponents {
  private PairComponents() {}

  /**
   * Pair indices {@code 0..pairCount-1} grouped by component: each group in ascending index order, the
   * groups in the order of their first pair. A component of more than {@code maxGroup} pairs is cut into
   * consecutive groups of at most {@code maxGroup}, so that no group holds too many documents.
   *
   * @param first the first document (a number below {@code documents}) of a pair index
   * @param second the second document of a pair index
   */
  public static List<int[]> groups(int pairCount, IntUnaryOperator first, IntUnaryOperator second, int documents, int maxGroup) {
    int[] parent = new int[documents];
    Arrays.fill(parent, -1);
    for (int p = 0; p < pairCount; p++) {
      int x = root(parent, first.applyAsInt(p));
      int y = root(parent, second.applyAsInt(p));
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    // Count the pairs of each component, then lay them out component by component (a counting sort).
    int[] groupOf = new int[documents];
    Arrays.fill(groupOf, -1);
    int[] counts = new int[Math.max(1, pairCount)];
    int groupCount = 0;
    int[] pairGroup = new int[pairCount];
    for (int p = 0; p < pairCount; p++) {
      int r = root(parent, first.applyAsInt(p));
      if (groupOf[r] < 0) {
        groupOf[r] = groupCount++;
      }
      pairGroup[p] = groupOf[r];
      counts[pairGroup[p]]++;
    }
    int[][] members = new int[groupCount][];
    for (int g = 0; g < groupCount; g++) {
      members[g] = new int[counts[g]];
    }
    int[] filled = new int[groupCount];
    for (int p = 0; p < pairCount; p++) {
      int g = pairGroup[p];
      members[g][filled[g]++] = p;
    }
    List<int[]> out = new ArrayList<>(groupCount);
    for (int[] group : members) {
      for (int from = 0; from < group.length; from += maxGroup) {
        out.add(Arrays.copyOfRange(group, from, Math.min(group.length, from + maxGroup)));
      }
    }
    return out;
  }

  /**
   * Runs {@code work} on every group, each once, on the workers of the fork-join pool this is called from (or
   * the common pool), the largest groups first, each worker taking the next group when it is done; returns what
   * the work emitted, in no particular order. A parallel stream over the groups cut them into eight fixed
   * ranges, and the groups of a large component, which lie together, left one of two workers verifying alone
   * at the end (a JFR profile of a two-thread scan of 20,000 documents: 75 samples against 38; now 64 and 59).
   */
  public static <T> List<T> eachLargestFirst(List<int[]> groups, BiConsumer<int[], Consumer<T>> work) {
    Integer[] order = new Integer[groups.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer g) -> -groups.get(g).length));
    ForkJoinPool pool = ForkJoinTask.getPool();
    int workers = pool != null ? pool.getParallelism() : ForkJoinPool.getCommonPoolParallelism();
    AtomicInteger next = new AtomicInteger();
    return IntStream.range(0, Math.max(1, workers)).parallel().mapToObj(worker -> {
      List<T> emitted = new ArrayList<>();
      for (int i; (i = next.getAndIncrement()) < order.length; ) {
        work.accept(groups.get(order[i]), emitted::add);
      }
      return emitted;
    }).flatMap(List::stream).toList();
  }

  private static int root(int[] parent, int node) {
    int r = node;
    while (parent[r] >= 0) {
      r = parent[r];
    }
    while (parent[node] >= 0) { // path compression
      int next = parent[node];
      parent[node] = r;
      node = next;
    }
    return r;
  }
}
