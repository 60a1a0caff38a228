package org.doppel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class KeyGroupsTest {
  private static final int BAND = 0;
  private static final int ANCHOR = 2;
  private static final int FACT = 3;

  @Test
  void pairsAreCountedPerKindAsASelfJoinOnTheKeyWouldAndHotKeysMakeNone() {
    Columns.Builder postings = new Columns.Builder(false, 4);
    post(postings, BAND, 11, 3, 1, 2);
    post(postings, ANCHOR, 21, 2, 1);
    post(postings, ANCHOR, 22, 1, 2);
    post(postings, FACT, 31, 1, 2);
    post(postings, FACT, 32, 5, 6, 5); // document 5 posts the key twice: it shares it twice with 6
    post(postings, FACT, -7, 7, 8, 9, 10); // four postings, over the cap of three: a stock phrase
    List<Tuple2<Integer, Columns>> blocks = List.of(new Tuple2<>(0, postings.take()));

    Map<String, Long> counts = new HashMap<>();
    List<Tuple2<Long, Long>> hot = new ArrayList<>();
    List<Tuple2<Integer, Columns>> out = list(KeyGroups.pairs(blocks.iterator(), 3, 1));
    for (Tuple2<Integer, Columns> written : out) {
      Tuple2<Integer, Columns> block = written._1() == KeyGroups.HOT ? written : new Tuple2<>(written._1(), written._2().fromDifferences());
      for (int i = 0; i < block._2().size(); i++) {
        if (block._1() == KeyGroups.HOT) {
          hot.add(new Tuple2<>(block._2().a()[i], block._2().b()[i]));
        } else {
          counts.put(block._2().a()[i] + "-" + block._2().b()[i], block._2().c()[i]);
        }
      }
    }
    assertEquals(List.of(new Tuple2<>(KeyGroups.packed(FACT, -7), 4L)), hot);
    assertEquals(Set.of("1-2", "1-3", "2-3", "5-6"), counts.keySet());
    long onePair = counts.get("1-2");
    assertEquals(1, PairCounts.count(onePair, BAND));
    assertEquals(2, PairCounts.count(onePair, ANCHOR));
    assertEquals(1, PairCounts.count(onePair, FACT));
    assertEquals(2, PairCounts.count(counts.get("5-6"), FACT));

    // one band, or two anchors, or five facts make a candidate
    Set<String> candidates = new TreeSet<>();
    KeyGroups.candidates(out.stream().filter(b -> b._1() != KeyGroups.HOT).iterator(), new int[] {1, 1, 2, 5})
        .forEachRemaining(p -> candidates.add(p._1() + "-" + p._2()));
    assertEquals(Set.of("1-2", "1-3", "2-3"), candidates);
  }

  @Test
  void countsFromSeveralBlocksAddUpAndTheTableGrows() {
    PairCounts counts = new PairCounts(2);
    for (long first = 0; first < 1000; first++) {
      counts.add(first, first + 1, PairCounts.one(FACT));
      counts.add(first, first + 1, PairCounts.one(FACT) * 3 + PairCounts.one(BAND));
    }
    assertEquals(1000, counts.size());
    counts.forEach((first, second, shared) -> {
      assertEquals(first + 1, second);
      assertEquals(4, PairCounts.count(shared, FACT));
      assertEquals(1, PairCounts.count(shared, BAND));
      assertEquals(0, PairCounts.count(shared, ANCHOR));
    });
  }

  @Test
  void rowsWrittenAsDifferencesComeBackSorted() {
    java.util.Random random = new java.util.Random(5);
    Columns.Builder rows = new Columns.Builder(true, 4);
    List<long[]> expected = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      long first = (long) random.nextInt(300) << 32;
      long second = (long) random.nextInt(1 << 20) << 32 | random.nextInt(3);
      rows.add(first, second, i);
      expected.add(new long[] {first, second, i});
    }
    expected.sort(java.util.Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
    Columns back = rows.take().sortedAsDifferences().fromDifferences();
    Set<String> rowsBack = new java.util.HashSet<>();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i)[0], back.a()[i]);
      assertEquals(expected.get(i)[1], back.b()[i]);
      rowsBack.add(back.a()[i] + "/" + back.b()[i] + "/" + back.c()[i]);
    }
    Set<String> rowsIn = new java.util.HashSet<>();
    expected.forEach(r -> rowsIn.add(r[0] + "/" + r[1] + "/" + r[2]));
    assertEquals(rowsIn, rowsBack);
  }

  @Test
  void postingsAreSplitByTheirKeysPartition() {
    Analysed one = new Analysed(4, null, 0, 0, new byte[] {BAND, FACT, FACT}, new int[] {5, 6, 7}, new long[0], null, new int[0], new byte[0]);
    Analysed two = new Analysed(9, null, 0, 0, new byte[] {BAND}, new int[] {5}, new long[0], null, new int[0], new byte[0]);
    int seen = 0;
    for (Tuple2<Integer, Columns> block : list(KeyGroups.postings(List.of(one, two).iterator(), 3))) {
      for (int i = 0; i < block._2().size(); i++, seen++) {
        assertEquals(KeyGroups.partitionOfKey(block._2().a()[i], 3), block._1());
      }
    }
    assertEquals(4, seen);
  }

  private static void post(Columns.Builder postings, int kind, int key, long... documents) {
    for (long document : documents) {
      postings.add(KeyGroups.packed(kind, key), document);
    }
  }

  private static <T> List<T> list(Iterator<T> items) {
    List<T> out = new ArrayList<>();
    items.forEachRemaining(out::add);
    return out;
  }
}
