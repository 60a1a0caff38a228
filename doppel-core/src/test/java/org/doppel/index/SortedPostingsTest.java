package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedPostingsTest {
  private static List<Integer> docs(SortedPostings postings, int key) {
    List<Integer> out = new ArrayList<>();
    for (int doc : postings.docs(key)) {
      out.add(doc);
    }
    return out;
  }

  @Test
  void postingsAreFoundByKeyInDocOrderIncludingNegativeKeys() {
    SortedPostings postings = new SortedPostings();
    postings.add(7, 3);
    postings.add(-5, 1);
    postings.add(7, 1);
    postings.add(Integer.MIN_VALUE, 9);
    postings.add(Integer.MAX_VALUE, 2);
    assertThat(docs(postings, 7)).containsExactly(1, 3);
    assertThat(docs(postings, -5)).containsExactly(1);
    assertThat(docs(postings, Integer.MIN_VALUE)).containsExactly(9);
    assertThat(docs(postings, Integer.MAX_VALUE)).containsExactly(2);
    assertThat(docs(postings, 8)).isEmpty();
  }

  @Test
  void addsAfterALookupAreMergedIn() {
    SortedPostings postings = new SortedPostings();
    postings.add(1, 10);
    assertThat(docs(postings, 1)).containsExactly(10);
    postings.add(1, 5);
    for (int i = 0; i < 3000; i++) {
      postings.add(2, i);
    }
    assertThat(docs(postings, 1)).containsExactly(5, 10);
    assertThat(docs(postings, 2)).hasSize(3000);
  }

  @Test
  void countStopsOnePastTheLimit() {
    SortedPostings postings = new SortedPostings();
    for (int doc = 0; doc < 10; doc++) {
      postings.add(4, doc);
    }
    assertThat(postings.count(4, 100)).isEqualTo(10);
    assertThat(postings.count(4, 3)).isEqualTo(4);
    assertThat(postings.count(5, 3)).isZero();
    assertThat(postings.memoryBytes()).isGreaterThanOrEqualTo(80);
  }

  @Test
  void manyBlocksOfRunsPerDocKeepEachKeyWithItsDoc() {
    // Over 2^16 keys (several blocks), added a document at a time as a scan adds them, documents out of
    // order and one document (3) added in two separate runs: every key must come back with its own docs.
    SortedPostings postings = new SortedPostings();
    java.util.Map<Integer, List<Integer>> expected = new java.util.HashMap<>();
    java.util.Random random = new java.util.Random(5);
    int[] order = java.util.stream.IntStream.range(0, 1500).map(i -> i == 700 ? 3 : (i * 7919) % 1500).toArray();
    for (int doc : order) {
      for (int k = 0; k < 100; k++) {
        int key = random.nextInt(20_000) - 10_000;
        postings.add(key, doc);
        expected.computeIfAbsent(key, x -> new ArrayList<>()).add(doc);
      }
    }
    // Waiting to be merged, a posting costs its 4-byte key (in blocks of 2^16) and a share of its run's doc.
    assertThat(postings.memoryBytes()).isLessThan(6L * 150_000);
    expected.forEach((key, docs) -> assertThat(docs(postings, key)).as("key %d", key).containsExactlyElementsOf(docs.stream().sorted().toList()));
    assertThat(postings.memoryBytes()).isBetween(8L * 150_000, 8L * 150_000 + 2048);
  }

  @Test
  void bucketedPostingsComeOutAsSortingTheWholePostingsWould() {
    // Enough postings to be placed in buckets by their key's top bits and sorted bucket by bucket, which must
    // give what sorting the 8-byte postings gives, for keys of any sign and repeated keys within a document.
    SortedPostings postings = new SortedPostings();
    java.util.Random random = new java.util.Random(11);
    List<Long> all = new ArrayList<>();
    for (int doc = 0; doc < 3000; doc++) {
      for (int k = 0; k < 20; k++) {
        int key = switch (random.nextInt(4)) {
          case 0 -> random.nextInt();
          case 1 -> random.nextInt(50) - 25;
          case 2 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
          default -> random.nextInt(1 << 20) << 11;
        };
        postings.add(key, doc);
        all.add(((long) key << 32) | doc);
      }
    }
    List<Long> expected = all.stream().sorted().toList();
    List<Long> runs = new ArrayList<>();
    postings.forEachRun(Integer.MAX_VALUE, (sorted, from, to) -> {
      for (int p = from; p < to; p++) {
        runs.add(sorted[p]);
      }
    });
    java.util.Map<Long, Long> perKey = expected.stream().collect(java.util.stream.Collectors.groupingBy(p -> p >> 32, java.util.stream.Collectors.counting()));
    assertThat(runs).isEqualTo(expected.stream().filter(p -> perKey.get(p >> 32) > 1).toList());
    for (int key : new int[] {Integer.MIN_VALUE, -3, 0, 7, Integer.MAX_VALUE}) {
      assertThat(docs(postings, key)).as("key %d", key)
          .containsExactlyElementsOf(expected.stream().filter(p -> (int) (p >> 32) == key).map(p -> (int) (long) p).toList());
    }
  }

  @Test
  void mergesAndPassesCutIntoSlicesGiveWhatOneSliceGives() {
    // The scan merges the postings and pairs their keys in a few slices per worker of its pool; the runs
    // fed, joined in slice order, and the lookups must not depend on that number, nor on where a slice's
    // share falls inside a run of one key (a key posted under many documents, keys of both signs).
    java.util.Random random = new java.util.Random(13);
    int[][] added = new int[40_000][];
    for (int p = 0; p < added.length; p++) {
      int doc = p / 25;
      int key = switch (random.nextInt(5)) {
        case 0 -> 42; // one key in every fifth posting: a long run that slice boundaries fall inside
        case 1 -> random.nextInt(100) - 50;
        default -> random.nextInt();
      };
      added[p] = new int[] {key, doc};
    }
    List<Long> oneSlice = null;
    for (int parts : new int[] {1, 2, 3, 7, 16}) {
      SortedPostings postings = new SortedPostings(parts);
      for (int[] posting : added) {
        postings.add(posting[0], posting[1]);
      }
      List<Long> runs = new ArrayList<>();
      for (int part = 0; part < parts; part++) {
        int[] previousKey = {0};
        boolean[] first = {true};
        postings.forEachRun(Integer.MAX_VALUE, part, parts, (sorted, from, to) -> {
          for (int p = from; p < to; p++) {
            runs.add(sorted[p]);
          }
          if (!first[0]) {
            assertThat((int) (sorted[from] >> 32)).isGreaterThan(previousKey[0]);
          }
          first[0] = false;
          previousKey[0] = (int) (sorted[from] >> 32);
        });
      }
      assertThat(runs).isSorted();
      assertThat(docs(postings, 42)).hasSizeGreaterThan(7000).isSorted();
      if (oneSlice == null) {
        oneSlice = runs;
      } else {
        assertThat(runs).as("%d slices", parts).isEqualTo(oneSlice);
      }
    }
  }

  @Test
  void slicesAreCheckedAndTakenFromThePool() throws Exception {
    assertThatThrownBy(() -> new SortedPostings(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new SortedPostings(3).parts()).isEqualTo(3);
    assertThat(new SortedPostings(3).slices()).isEqualTo(3);
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    try {
      assertThat(one.submit(() -> new SortedPostings().slices()).get()).isEqualTo(1);
    } finally {
      one.shutdown();
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(5);
    try {
      assertThat(pool.submit(() -> new SortedPostings().parts()).get()).isEqualTo(5);
      // a merge is cut finer than the pool, so that a worker that comes free late still finds slices to take
      assertThat(pool.submit(() -> new SortedPostings().slices()).get()).isEqualTo(20);
    } finally {
      pool.shutdown();
    }
  }
}
