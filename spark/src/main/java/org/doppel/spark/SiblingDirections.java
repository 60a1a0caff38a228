package org.doppel.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.provenance.SiblingRewrites;
import org.doppel.spark.DirectionStage.Judged;
import scala.Tuple2;

/**
 * The Spark job's first step after judging: the directions of sibling rewrites made unknown, as the local scan makes
 * them ({@link SiblingRewrites}), by joins over the judged pairs.
 */
final class SiblingDirections {
  private SiblingDirections() {}

  /**
   * The judged pairs with the directions of sibling rewrites made unknown, as the local scan makes them
   * ({@link SiblingRewrites}): a pair whose named original {@code o} is named the copy of {@code z} (a join of the
   * pairs by {@code o}), where the pair {@code z}, named copy scores higher than the pair (a join by that pair's ids),
   * gets the unknown direction of {@link SiblingRewrites#unknown} for the best such {@code z} ({@link
   * SiblingRewrites.Third#better}), its line's direction fields rewritten. The others pass unchanged.
   */
  static JavaRDD<Judged> cleared(JavaRDD<Judged> judged, int partitions) {
    JavaRDD<Judged> known = judged.filter(j -> j.directed().direction().isKnown());
    // (named original o, (named copy c, pair score, pair key)) and (named copy, its named original z)
    JavaPairRDD<String, Tuple2<String, Tuple2<Double, String>>> byOriginal = known.mapToPair(j -> new Tuple2<>(
        j.directed().direction().source(), new Tuple2<>(j.directed().copy(), new Tuple2<>(j.directed().pair().score(), j.sortKey()))));
    JavaPairRDD<String, String> originalOfCopy = known.mapToPair(j -> new Tuple2<>(j.directed().copy(), j.directed().direction().source()));
    // ((z, c) key, (pair key, pair score, z)) for every z named the original of o
    JavaPairRDD<String, Tuple2<String, Tuple2<Double, String>>> thirds = byOriginal.join(originalOfCopy, partitions)
        .filter(t -> !t._2()._2().equals(t._2()._1()._1()))
        .mapToPair(t -> new Tuple2<>(SiblingRewrites.key(t._2()._2(), t._2()._1()._1()),
            new Tuple2<>(t._2()._1()._2()._2(), new Tuple2<>(t._2()._1()._2()._1(), t._2()._2()))));
    JavaPairRDD<String, Double> scores = judged.mapToPair(j -> new Tuple2<>(SiblingRewrites.key(j.directed().pair().a(), j.directed().pair().b()),
        j.directed().pair().score()));
    JavaPairRDD<String, SiblingRewrites.Third> chosen = thirds.join(scores, partitions)
        .filter(t -> SiblingRewrites.closer(t._2()._2(), t._2()._1()._2()._1()))
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new SiblingRewrites.Third(t._2()._1()._2()._2(), t._2()._2())))
        .reduceByKey(SiblingRewrites.Third::better, partitions);
    return JudgedPairs.redirected(judged, chosen, partitions, (directed, third) -> SiblingRewrites.unknown(directed, third.id()));
  }
}
