package org.doppel.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.provenance.GroupStyleRoot;
import org.doppel.spark.DirectionStage.Judged;
import scala.Tuple2;

/**
 * The Spark job's third step after judging: a group's style root named the original of its open pairs, as the local
 * scan names it ({@link GroupStyleRoot}), by joins over the judged pairs and every document's parentheses.
 */
final class StyleRoots {
  private StyleRoots() {}

  /**
   * {@code settled} (the pairs after {@link GroupAnswers#carried}) with a group's style root named the original of the pairs
   * {@code judged} (the same pairs before either step) and {@code settled} both have unknown, as the local scan names it
   * ({@link GroupStyleRoot}): the documents that write {@link GroupStyleRoot#MIN_PARENTHESES} parentheses or more
   * ({@code parentheses}: every document's count) joined to their related documents and those to their counts, each
   * candidate decided by {@link GroupStyleRoot#leads} with whether it is named a copy; each open pair's ends joined to
   * the roots, and its line given the direction fields of {@link GroupStyleRoot#name}. A root's related documents write
   * no parenthesis, so no pair has two roots.
   */
  static JavaRDD<Judged> named(JavaRDD<Judged> judged, JavaRDD<Judged> settled, JavaPairRDD<String, Integer> parentheses,
      int partitions) {
    JavaPairRDD<String, Integer> candidates = parentheses.filter(c -> c._2() >= GroupStyleRoot.MIN_PARENTHESES);
    JavaPairRDD<String, String> related = JudgedPairs.relatedDocuments(settled);
    // (candidate, (its related documents, those of them that write a parenthesis))
    JavaPairRDD<String, Tuple2<Integer, Integer>> groups = related.join(candidates, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
        .join(parentheses, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(1, t._2()._2() > 0 ? 1 : 0)))
        .reduceByKey((u, v) -> new Tuple2<>(u._1() + v._1(), u._2() + v._2()), partitions);
    // (root, its related documents)
    JavaPairRDD<String, Integer> roots = groups.join(candidates, partitions)
        .leftOuterJoin(JudgedPairs.namedCopies(settled, partitions), partitions)
        .filter(t -> GroupStyleRoot.leads(t._2()._1()._2(), t._2()._2().isPresent(), t._2()._1()._1()._1(), t._2()._1()._1()._2()))
        .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()._1()._1()));
    return JudgedPairs.redirected(settled, JudgedPairs.openEnds(judged, settled, partitions).join(roots, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))), partitions,
        (directed, root) -> GroupStyleRoot.name(directed, root._1(), root._2()));
  }

  /** Every document's parentheses ({@link GroupStyleRoot#parentheses}), by id. */
  static JavaPairRDD<String, Integer> parentheses(JavaPairRDD<Long, Analysed> analysed) {
    return analysed.mapToPair(a -> new Tuple2<>(a._2().source().id(), GroupStyleRoot.parentheses(a._2().source().text())));
  }
}
