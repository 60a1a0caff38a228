package org.doppel.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.doppel.index.CandidateKeys;
import org.doppel.index.HotBands;
import scala.Tuple2;

/**
 * The candidate stage's work on one partition of postings: every posting of a key comes to one partition
 * (one shuffle of {@link Columns} blocks), where they are sorted by key; per key, the document pairs that
 * share it are counted, what a self-join of the postings on the key with {@code first < second} gives,
 * repeats included (a document that posts a key twice shares it twice, as
 * {@link org.doppel.index.CandidateKeys#forEach} counts it), unless the key is posted more than
 * {@code maxPostings} times: a stock phrase, whose pairs are never made, unless it is a band key, whose documents
 * are paired by {@link HotBands}, in publication order (each posting of a band key carries its document's minute),
 * as the scan pairs them. The pairs' counts per kind are
 * combined in the partition ({@link PairCounts}) and leave it in blocks by the partition of the pair (sorted,
 * as differences: {@link Columns#sortedAsDifferences}), where the counts of all keys are added up.
 */
final class KeyGroups {
  /** The block key of a partition's hot keys: (packed key, postings) rows, not sent through a shuffle. */
  static final int HOT = -1;
  /** The band kind's ordinal, whose keys over the cap are paired by {@link HotBands}. */
  private static final int BAND = CandidateKeys.Kind.BAND.ordinal();
  /** Rows a block holds before it is handed on. */
  static final int BLOCK = 1 << 18;
  /** Bits of a sort entry that hold the posting's place; the packed key (kind and key: 35 bits) takes the rest. */
  private static final int PLACE_BITS = 29;

  private KeyGroups() {}

  /** Postings: the kind's ordinal in the upper 32 bits and the key in the lower. */
  static long packed(int kind, int key) {
    return (long) kind << 32 | (key & 0xFFFFFFFFL);
  }

  /** The partition of a key's postings. */
  static int partitionOfKey(long packedKey, int partitions) {
    return Math.floorMod(Long.hashCode(packedKey * 0x9E3779B97F4A7C15L), partitions);
  }

  /** The partition of a pair's counts. */
  static int partitionOfPair(long first, long second, int partitions) {
    return Math.floorMod(PairCounts.slot(first, second), partitions);
  }

  /**
   * The postings (packed kind and key, document number) of one partition's documents, in blocks keyed by the
   * partition of their key; a block is handed on when it is full, so a task holds at most one per partition.
   */
  static Iterator<Tuple2<Integer, Columns>> postings(Iterator<Analysed> documents, int partitions) {
    Columns.Builder[] byPartition = new Columns.Builder[partitions];
    for (int p = 0; p < partitions; p++) {
      byPartition[p] = new Columns.Builder(true, 1024);
    }
    return new Iterator<>() {
      private final List<Tuple2<Integer, Columns>> ready = new ArrayList<>();
      private boolean flushed;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && documents.hasNext()) {
          Analysed d = documents.next();
          long minute = d.source() == null ? HotBands.UNDATED : HotBands.minute(d.source().metadata()); // no source: a test's keys alone
          for (int i = 0; i < d.keys().length; i++) {
            long key = packed(d.keyKinds()[i], d.keys()[i]);
            int p = partitionOfKey(key, partitions);
            byPartition[p].add(key, d.number(), d.keyKinds()[i] == BAND ? minute : 0);
            if (byPartition[p].size() == BLOCK) {
              ready.add(new Tuple2<>(p, byPartition[p].take()));
            }
          }
        }
        if (ready.isEmpty() && !flushed) {
          flushed = true;
          for (int p = 0; p < partitions; p++) {
            if (byPartition[p].size() > 0) {
              ready.add(new Tuple2<>(p, byPartition[p].take()));
            }
          }
        }
        return !ready.isEmpty();
      }

      @Override
      public Tuple2<Integer, Columns> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.remove(ready.size() - 1);
      }
    };
  }

  /**
   * Counts the pairs of one partition's postings.
   *
   * @param blocks the partition's posting blocks (packed key, document)
   * @return the pair counts in blocks keyed by the pair's partition, and the hot keys in blocks keyed {@link #HOT}
   */
  static Iterator<Tuple2<Integer, Columns>> pairs(Iterator<Tuple2<Integer, Columns>> blocks, int maxPostings, int partitions) {
    SortedPostings postings = SortedPostings.of(blocks);
    PairCounts counts = new PairCounts(1 << 16);
    Columns.Builder hot = new Columns.Builder(false, 16);
    postings.countPairs(maxPostings, counts, hot);
    List<Tuple2<Integer, Columns>> out = new ArrayList<>();
    if (hot.size() > 0) {
      out.add(new Tuple2<>(HOT, hot.take()));
    }
    addByPartition(counts, partitions, out);
    return out.iterator();
  }

  /**
   * A partition's postings, sorted by key.
   *
   * @param docs the document of each posting, in arrival order
   * @param order packed key, then the posting's place in {@code docs}: sorted, it groups each key's postings
   */
  private record SortedPostings(long[] docs, long[] minutes, long[] order) {
    static SortedPostings of(Iterator<Tuple2<Integer, Columns>> blocks) {
      List<Columns> arrived = new ArrayList<>();
      long total = 0;
      while (blocks.hasNext()) {
        Columns block = blocks.next()._2();
        arrived.add(block);
        total += block.size();
      }
      if (total >= 1L << PLACE_BITS) {
        throw new IllegalStateException(total + " postings in one partition: give the job more partitions (--partitions)");
      }
      int n = (int) total;
      long[] docs = new long[n];
      long[] minutes = new long[n];
      long[] order = new long[n];
      int at = 0;
      for (Columns block : arrived) {
        for (int i = 0; i < block.size(); i++, at++) {
          docs[at] = block.b()[i];
          minutes[at] = block.c() == null ? 0 : block.c()[i];
          order[at] = block.a()[i] << PLACE_BITS | at;
        }
      }
      arrived.clear();
      Arrays.sort(order);
      return new SortedPostings(docs, minutes, order);
    }

    /**
     * Counts each key's document pairs into {@code counts}; a key posted more than {@code maxPostings} times goes
     * to {@code hot}, and, a band key, gives the pairs {@link HotBands#forEachPair} gives its documents in
     * publication order (the scan's rule), each once.
     */
    void countPairs(int maxPostings, PairCounts counts, Columns.Builder hot) {
      int n = order.length;
      long[] group = new long[maxPostings + 1];
      int start = 0;
      while (start < n) {
        long key = order[start] >>> PLACE_BITS;
        int end = start + 1;
        while (end < n && order[end] >>> PLACE_BITS == key) {
          end++;
        }
        int size = end - start;
        if (size > maxPostings) {
          hot.add(key, size);
          if ((int) (key >>> 32) == BAND) {
            widelyCopied(start, end, counts);
          }
        } else {
          for (int i = 0; i < size; i++) {
            group[i] = docs[(int) (order[start + i] & ((1L << PLACE_BITS) - 1))];
          }
          counts.addEveryPair(group, size, PairCounts.one((int) (key >>> 32)));
        }
        start = end;
      }
    }

    /** The pairs of a band key's documents (postings {@code start} to {@code end} of {@code order}) by {@link HotBands}. */
    private void widelyCopied(int start, int end, PairCounts counts) {
      long[][] ranked = new long[end - start][];
      for (int i = start; i < end; i++) {
        int place = (int) (order[i] & ((1L << PLACE_BITS) - 1));
        ranked[i - start] = new long[] {minutes[place], docs[place]};
      }
      Arrays.sort(ranked, Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
      int n = 0;
      for (long[] r : ranked) {
        if (n == 0 || ranked[n - 1][1] != r[1]) { // a document posted twice under the key once
          ranked[n++] = r;
        }
      }
      long one = PairCounts.one(BAND);
      HotBands.forEachPair(n, (earlier, later) -> {
        long a = ranked[earlier][1];
        long b = ranked[later][1];
        counts.add(Math.min(a, b), Math.max(a, b), one);
      });
    }
  }

  /** The pair counts in blocks keyed by the pair's partition, each handed on when full. */
  private static void addByPartition(PairCounts counts, int partitions, List<Tuple2<Integer, Columns>> out) {
    Columns.Builder[] byPartition = new Columns.Builder[partitions];
    counts.forEach((first, second, shared) -> {
      int p = partitionOfPair(first, second, partitions);
      if (byPartition[p] == null) {
        byPartition[p] = new Columns.Builder(true, 1024);
      }
      byPartition[p].add(first, second, shared);
      if (byPartition[p].size() == BLOCK) {
        out.add(new Tuple2<>(p, byPartition[p].take().sortedAsDifferences()));
      }
    });
    for (int p = 0; p < partitions; p++) {
      if (byPartition[p] != null && byPartition[p].size() > 0) {
        out.add(new Tuple2<>(p, byPartition[p].take().sortedAsDifferences()));
      }
    }
  }

  /**
   * The candidates of one partition of pair counts: the pairs that share at least {@code minShared} keys of
   * some kind, each once, as (first, second).
   */
  static Iterator<Tuple2<Long, Long>> candidates(Iterator<Tuple2<Integer, Columns>> blocks, int[] minShared) {
    PairCounts counts = new PairCounts(1 << 16);
    blocks.forEachRemaining(b -> {
      Columns block = b._2().fromDifferences();
      for (int i = 0; i < block.size(); i++) {
        counts.add(block.a()[i], block.b()[i], block.c()[i]);
      }
    });
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    counts.forEach((first, second, shared) -> {
      for (int kind = 0; kind < minShared.length; kind++) {
        if (PairCounts.count(shared, kind) >= minShared[kind]) {
          out.add(new Tuple2<>(first, second));
          return;
        }
      }
    });
    return out.iterator();
  }
}
