package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.index.CandidateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The job's candidate pairs by shared keys, persisted, with the hot keys (posted in more than {@code maxPostings}
 * documents) skipped as stock phrases but band keys ({@link org.doppel.index.HotBands}): the scan's key rule
 * ({@link CandidateKeys}) over the whole corpus, in two shuffles ({@link KeyGroups}).
 *
 * @param pairs the candidate pairs, as (document number, document number), persisted
 * @param count how many pairs
 * @param hotKeys how many keys were hot
 * @param hottest the ten most posted hot keys, as "KIND:key in n documents"
 */
record CandidateStage(JavaPairRDD<Long, Long> pairs, long count, long hotKeys, List<String> hottest) {
  private static final Logger LOG = LoggerFactory.getLogger(CandidateStage.class);

  /**
   * The candidate pairs of {@code analysed}'s documents by shared keys, counted and persisted; the hot keys logged with
   * the ten most posted.
   */
  static CandidateStage of(JavaPairRDD<Long, Analysed> analysed, Detection detection, int partitions) {
    CandidateKeys keys = detection.tools().keys();
    int maxPostings = detection.tools().settings().maxPostings();
    // One shuffle brings each key's postings (packed kind and key, document number) together, in blocks of
    // primitive columns; per partition, KeyGroups sorts them by key, and counts the pairs of each key posted at
    // most maxPostings times per kind, or keeps a row for a hot key (a stock phrase), whose pairs are never
    // made. A second shuffle adds up each pair's counts; pairs sharing enough keys of one kind are candidates.
    if (CandidateKeys.Kind.values().length > PairCounts.LANES) {
      throw new IllegalStateException("more key kinds than PairCounts has lanes");
    }
    int[] minShared = new int[CandidateKeys.Kind.values().length];
    for (CandidateKeys.Kind kind : CandidateKeys.Kind.values()) {
      minShared[kind.ordinal()] = keys.minShared(kind);
    }
    int n = partitions;
    HashPartitioner byBlockKey = new HashPartitioner(partitions); // a block's key is its partition: 0 <= key < n
    JavaPairRDD<Integer, Columns> perKey = analysed.values()
        .mapPartitionsToPair(d -> KeyGroups.postings(d, n))
        .partitionBy(byBlockKey)
        .mapPartitionsToPair(b -> KeyGroups.pairs(b, maxPostings, n))
        .persist(DistributedScan.KEEP);
    JavaRDD<Tuple2<Long, Long>> hot = perKey.filter(b -> b._1() == KeyGroups.HOT)
        .flatMap(b -> IntStream.range(0, b._2().size()).mapToObj(i -> new Tuple2<>(b._2().a()[i], b._2().b()[i])).iterator());
    long hotKeys = hot.count();
    List<String> hottest = new ArrayList<>();
    for (Tuple2<Long, Long> key : hot.takeOrdered(10, new HottestFirst())) {
      hottest.add(CandidateKeys.Kind.values()[(int) (key._1() >>> 32)] + ":" + key._1().intValue() + " in " + key._2() + " documents");
    }
    if (hotKeys > 0) {
      LOG.info("{} keys posted under more than {} documents: skipped as stock phrases, a band key's documents paired with their earliest and their neighbours; the most frequent: {}", hotKeys, maxPostings, hottest);
    }
    JavaPairRDD<Long, Long> candidatePairs = perKey.filter(b -> b._1() != KeyGroups.HOT)
        .partitionBy(byBlockKey)
        .mapPartitionsToPair(b -> KeyGroups.candidates(b, minShared))
        .persist(DistributedScan.KEEP);
    long candidateCount = candidatePairs.count();
    perKey.unpersist(false);
    return new CandidateStage(candidatePairs, candidateCount, hotKeys, hottest);
  }

  /** These pairs and {@code more} (null: none) as one persisted set, counted; both inputs are released. */
  CandidateStage with(JavaPairRDD<Long, Long> more, int partitions) {
    if (more == null) {
      return this;
    }
    JavaPairRDD<Long, Long> all = pairs.union(more).distinct(partitions).persist(DistributedScan.KEEP);
    long allCount = all.count();
    pairs.unpersist(false);
    more.unpersist(false);
    return new CandidateStage(all, allCount, hotKeys, hottest);
  }

  /** Hot keys (packed key, postings) by postings, most first, then by kind and key as signed ints. */
  private static final class HottestFirst implements Comparator<Tuple2<Long, Long>>, Serializable {
    @Override
    public int compare(Tuple2<Long, Long> x, Tuple2<Long, Long> y) {
      int byCount = Long.compare(y._2(), x._2());
      if (byCount != 0) {
        return byCount;
      }
      int byKind = Long.compare(x._1() >>> 32, y._1() >>> 32);
      return byKind != 0 ? byKind : Integer.compare(x._1().intValue(), y._1().intValue());
    }
  }
}
