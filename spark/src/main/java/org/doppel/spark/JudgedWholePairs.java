package org.doppel.spark;

import java.util.HashSet;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/** The candidate pairs reported only if the whole-text judge agrees: the short texts' floor alone proposed them. */
final class JudgedWholePairs {
  private JudgedWholePairs() {}

  /**
   * Of the vector pairs close only by the short texts' floor ({@code shortTextsOnly}, (smaller, larger) number: few),
   * those no key proposes ({@code keyed}): the pairs the scan marks {@link org.doppel.index.CandidatePairs#judgedWhole}.
   * Pairs of document numbers, not packed into one long: a number is its file's order and its record's (64 bits).
   */
  static HashSet<Tuple2<Long, Long>> of(HashSet<Tuple2<Long, Long>> shortTextsOnly, JavaPairRDD<Long, Long> keyed,
      JavaSparkContext jsc) {
    if (shortTextsOnly.isEmpty()) {
      return shortTextsOnly;
    }
    Broadcast<HashSet<Tuple2<Long, Long>>> wanted = jsc.broadcast(shortTextsOnly);
    List<Tuple2<Long, Long>> alsoKeyed = keyed.map(p -> new Tuple2<>(Math.min(p._1(), p._2()), Math.max(p._1(), p._2())))
        .filter(p -> wanted.value().contains(p)).collect();
    wanted.destroy();
    HashSet<Tuple2<Long, Long>> out = new HashSet<>(shortTextsOnly);
    alsoKeyed.forEach(out::remove);
    return out;
  }
}
