package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.doppel.index.CloseVectors;
import org.doppel.index.VectorBuckets;
import org.doppel.index.VectorSearch;
import scala.Tuple2;

/**
 * The scan's short-text candidates (texts of at most {@code maxQueryWords} words propose their nearest neighbours
 * by vocabulary vector among the texts of at most {@code maxWords}, two longer ones never compared,
 * {@link VectorSearch}) as a bucketed nearest-neighbour step, by the core's rule
 * ({@link VectorBuckets}), so the pairs are the scan's:
 * <ol>
 *   <li>each short text's vector goes to the partition of each of its {@value VectorBuckets#BANDS} base
 *       buckets ({@link VectorBuckets#baseSignatures}; one shuffle; ~275 bytes a row before compression);
 *   <li>each task leaves a bucket that holds no query, and the core sorts the members of one that does by
 *       signature, splits and compares them ({@link VectorBuckets#split}, {@link VectorBuckets#forEachPair}):
 *       the exact cosine of every pair in a final bucket, kept from the minimum, both ways, as (document, other,
 *       cosine);
 *   <li>a second shuffle brings each document's close others together, and the core picks the nearest
 *       ({@link VectorBuckets#nearest}); each proposed pair once, as (smaller number, larger number).
 * </ol>
 * Texts over {@code maxWords} carry no vector, so a corpus of articles skips the stage after one count.
 */
final class VectorStage {
  private VectorStage() {}

  /** One text with a vector in a base bucket; {@code query}: short enough to search ({@link VectorSearch#queries}). */
  record Member(long number, byte[] vector, boolean query) implements Serializable {}

  /**
   * A close other of a document, found in some bucket; {@code shortTextsOnly}: close only by the short texts' floor
   * ({@link CloseVectors#closeOnlyAsShortTexts}).
   */
  record Close(long other, double cosine, boolean shortTextsOnly) implements Serializable {}

  /**
   * The proposed pairs, those of them close only by the short texts' floor ({@code shortTextsOnly}, as (smaller
   * number, larger number): few, so collected), and what the stage counted (short texts, rows in buckets skipped as
   * too large, pairs).
   */
  record Result(JavaPairRDD<Long, Long> pairs, HashSet<Tuple2<Long, Long>> shortTextsOnly, Map<String, Long> counts) {}

  static Result pairs(JavaSparkContext jsc, JavaPairRDD<Long, Analysed> analysed, VectorSearch search, int partitions) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long shortTexts = search.isOn() ? analysed.values().filter(a -> a.vector().length > 0).count() : 0;
    counts.put("short_texts", shortTexts);
    if (shortTexts < 2) {
      counts.put("skipped_in_large_buckets", 0L);
      counts.put("proposed_pairs", 0L);
      return new Result(null, new HashSet<>(), counts);
    }
    LongAccumulator skipped = jsc.sc().longAccumulator("vector bucket members skipped");
    double minCosine = search.minCosine();
    int k = search.neighbours();
    JavaPairRDD<Long, Tuple2<Long, Boolean>> marked = analysed.values()
        .filter(a -> a.vector().length > 0)
        .flatMapToPair(document -> members(document, search))
        .groupByKey(new HashPartitioner(partitions))
        .flatMapToPair(bucket -> close(bucket._1(), bucket._2(), minCosine, skipped))
        .groupByKey(new HashPartitioner(partitions))
        .flatMapToPair(document -> proposed(document._1(), document._2(), k))
        .distinct(partitions)
        .cache();
    JavaPairRDD<Long, Long> pairs = marked.mapToPair(p -> new Tuple2<>(p._1(), p._2()._1())).cache();
    counts.put("proposed_pairs", pairs.count());
    counts.put("skipped_in_large_buckets", skipped.value());
    HashSet<Tuple2<Long, Long>> shortTextsOnly = new HashSet<>(
        marked.filter(p -> p._2()._2()).map(p -> new Tuple2<>(p._1(), p._2()._1())).collect());
    marked.unpersist(false);
    return new Result(pairs, shortTextsOnly, counts);
  }

  private static Iterator<Tuple2<Integer, Member>> members(Analysed document, VectorSearch search) {
    int[] signatures = VectorBuckets.baseSignatures(document.vector());
    Member member = new Member(document.number(), document.vector(), search.queries(document.wordCount()));
    boolean wider = search.searchesWiderBuckets(document.wordCount(), document.lineKeyCount());
    List<Tuple2<Integer, Member>> out = new ArrayList<>(signatures.length);
    for (int band = 0; band < signatures.length; band++) {
      for (int bucket : VectorBuckets.baseBuckets(band, signatures[band], wider)) {
        out.add(new Tuple2<>(bucket, member));
      }
    }
    return out.iterator();
  }

  /** The pairs of one base bucket from the minimum cosine, both ways. */
  private static Iterator<Tuple2<Long, Close>> close(int baseBucket, Iterable<Member> bucket, double minCosine, LongAccumulator skipped) {
    List<Member> members = new ArrayList<>();
    bucket.forEach(members::add);
    members.sort(Comparator.comparingLong(Member::number)); // as the scan numbers them: ties in signature by number
    boolean[] queries = new boolean[members.size()];
    for (int i = 0; i < queries.length; i++) {
      queries[i] = members.get(i).query();
    }
    if (!VectorBuckets.holdsQuery(queries)) {
      return Collections.emptyIterator();
    }
    byte[][] vectors = members.stream().map(Member::vector).toArray(byte[][]::new);
    List<Tuple2<Long, Close>> out = new ArrayList<>();
    int left = VectorBuckets.forEachPair(VectorBuckets.split(baseBucket, vectors), vectors, queries, minCosine, (i, j, cosine) -> {
      boolean shortTextsOnly = CloseVectors.closeOnlyAsShortTexts(vectors[i], vectors[j], cosine, minCosine);
      out.add(new Tuple2<>(members.get(i).number(), new Close(members.get(j).number(), cosine, shortTextsOnly)));
      out.add(new Tuple2<>(members.get(j).number(), new Close(members.get(i).number(), cosine, shortTextsOnly)));
    });
    skipped.add(left);
    return out.iterator();
  }

  /**
   * The pairs one document proposes: its nearest close others, as (smaller number, (larger number, whether close only
   * by the short texts' floor)).
   */
  private static Iterator<Tuple2<Long, Tuple2<Long, Boolean>>> proposed(long self, Iterable<Close> found, int k) {
    Map<Long, Double> byOther = new HashMap<>();
    Map<Long, Boolean> shortTextsOnly = new HashMap<>();
    found.forEach(c -> {
      byOther.put(c.other(), c.cosine()); // met in several bands: the same cosine each time
      shortTextsOnly.put(c.other(), c.shortTextsOnly());
    });
    return Arrays.stream(VectorBuckets.nearest(byOther, k))
        .mapToObj(other -> new Tuple2<>(Math.min(self, other), new Tuple2<>(Math.max(self, other), shortTextsOnly.get(other))))
        .iterator();
  }
}
