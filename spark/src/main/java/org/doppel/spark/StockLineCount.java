package org.doppel.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.doppel.StockLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The corpus's stock lines, counted as a local scan counts them (see {@link StockLines}): for each (line,
 * surrounding), the first document that has it; a line is stock when those first documents number at
 * least {@code minSurroundings}. One shuffle of (line, surrounding, document) rows, in blocks of primitive
 * columns bound for the partition of their line; each task sorts its rows, and only the stock line keys (a
 * few per site or feed) leave it.
 */
final class StockLineCount {
  private static final Logger LOG = LoggerFactory.getLogger(StockLineCount.class);

  private StockLineCount() {}

  /**
   * The stock line keys of the corpus, counted as a local scan counts them; only the stock keys
   * (boilerplate lines, a few per site or feed) reach the driver, to be broadcast.
   */
  static long[] keys(JavaPairRDD<Long, Analysed> analysed, int minSurroundings, int partitions) {
    if (minSurroundings == 0) {
      return new long[0];
    }
    int n = partitions;
    List<Long> stock = analysed.values()
        .mapPartitionsToPair(d -> rows(d, n))
        .partitionBy(new HashPartitioner(n)) // a block's key is its partition
        .mapPartitions(b -> stock(b, minSurroundings))
        .collect();
    long[] keys = stock.stream().mapToLong(Long::longValue).toArray();
    LOG.info("{} stock lines (in {} or more surroundings)", keys.length, minSurroundings);
    return keys;
  }

  /** The lines of one partition's documents, in blocks keyed by the partition of the line. */
  static Iterator<Tuple2<Integer, Columns>> rows(Iterator<Analysed> documents, int partitions) {
    Columns.Builder[] byPartition = new Columns.Builder[partitions];
    for (int p = 0; p < partitions; p++) {
      byPartition[p] = new Columns.Builder(true, 1024);
    }
    List<Tuple2<Integer, Columns>> out = new ArrayList<>();
    documents.forEachRemaining(d -> {
      StockLines.Lines lines = d.lines();
      for (int i = 0; i < lines.keys().length; i++) {
        int p = KeyGroups.partitionOfKey(lines.keys()[i], partitions);
        byPartition[p].add(lines.keys()[i], lines.inSurroundings()[i], d.number());
        if (byPartition[p].size() == KeyGroups.BLOCK) {
          out.add(new Tuple2<>(p, byPartition[p].take()));
        }
      }
    });
    for (int p = 0; p < partitions; p++) {
      if (byPartition[p].size() > 0) {
        out.add(new Tuple2<>(p, byPartition[p].take()));
      }
    }
    return out.iterator();
  }

  /** The stock lines among one partition's rows. */
  static Iterator<Long> stock(Iterator<Tuple2<Integer, Columns>> blocks, int minSurroundings) {
    List<Columns> arrived = new ArrayList<>();
    blocks.forEachRemaining(b -> arrived.add(b._2()));
    Columns rows = Columns.concat(arrived).sorted();
    arrived.clear();
    long[] lines = rows.a();
    long[] surroundings = rows.b();
    long[] documents = rows.c();
    List<Long> stock = new ArrayList<>();
    long[] firsts = new long[16];
    int i = 0;
    while (i < lines.length) {
      long line = lines[i];
      int n = 0;
      while (i < lines.length && lines[i] == line) {
        long surrounding = surroundings[i];
        long first = documents[i];
        while (i < lines.length && lines[i] == line && surroundings[i] == surrounding) {
          first = Math.min(first, documents[i++]);
        }
        if (n == firsts.length) {
          firsts = Arrays.copyOf(firsts, n * 2);
        }
        firsts[n++] = first;
      }
      Arrays.sort(firsts, 0, n);
      int distinct = n == 0 ? 0 : 1;
      for (int k = 1; k < n; k++) {
        if (firsts[k] != firsts[k - 1]) {
          distinct++;
        }
      }
      if (distinct >= minSurroundings) {
        stock.add(line);
      }
    }
    return stock.iterator();
  }
}
