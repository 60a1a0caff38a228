package org.doppel.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.provenance.GroupFactsRoot;
import org.doppel.relate.Relation;
import org.doppel.spark.DirectionStage.Judged;
import scala.Tuple2;

/**
 * The Spark job's fourth step after judging: a group's facts root named the original of its open pairs, as the local
 * scan names it ({@link GroupFactsRoot}), by joins over the judged pairs and every document's figures.
 */
final class FactsRoots {
  private FactsRoots() {}

  /**
   * {@code settled} (the pairs after {@link StyleRoots#named}) with a group's facts root named the original of the pairs
   * {@code judged} (the same pairs before the group steps) and {@code settled} both have unknown, as the local scan names
   * it ({@link GroupFactsRoot}): every document's reading (its figures from {@code figures}, and whether it has a partial
   * pair), each document with figures joined to its related documents and those to their readings, each candidate
   * decided by {@link GroupFactsRoot#leads} with whether it is named a copy; each open pair's ends joined to the roots,
   * and its line given the direction fields of {@link GroupFactsRoot#name}. Two related documents cannot both lead, so
   * no pair has two roots.
   */
  static JavaRDD<Judged> named(JavaRDD<Judged> judged, JavaRDD<Judged> settled, JavaPairRDD<String, Set<String>> figures,
      int partitions) {
    JavaPairRDD<String, Boolean> inPartial = settled.filter(j -> j.directed().pair().relation() == Relation.PARTIAL)
        .flatMapToPair(j -> List.of(new Tuple2<>(j.directed().pair().a(), true), new Tuple2<>(j.directed().pair().b(), true)).iterator())
        .reduceByKey((u, v) -> u, partitions);
    JavaPairRDD<String, GroupFactsRoot.Reading> readings = figures.leftOuterJoin(inPartial, partitions)
        .mapValues(t -> new GroupFactsRoot.Reading(t._1(), t._2().isPresent()));
    JavaPairRDD<String, GroupFactsRoot.Reading> candidates = readings.filter(r -> !r._2().figures().isEmpty() && !r._2().inPartial());
    // (candidate, the readings of its related documents)
    JavaPairRDD<String, Iterable<GroupFactsRoot.Reading>> groups = JudgedPairs.relatedDocuments(settled).join(candidates, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
        .join(readings, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .groupByKey(partitions);
    // (root, its related documents)
    JavaPairRDD<String, Integer> roots = groups.join(candidates, partitions)
        .leftOuterJoin(JudgedPairs.namedCopies(settled, partitions), partitions)
        .mapToPair(t -> {
          List<GroupFactsRoot.Reading> related = new ArrayList<>();
          t._2()._1()._1().forEach(related::add);
          return new Tuple2<>(t._1(), GroupFactsRoot.leads(t._2()._1()._2(), t._2()._2().isPresent(), related) ? related.size() : 0);
        })
        .filter(t -> t._2() > 0);
    return JudgedPairs.redirected(settled, JudgedPairs.openEnds(judged, settled, partitions).join(roots, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))), partitions,
        (directed, root) -> GroupFactsRoot.name(directed, root._1(), root._2()));
  }

  /** Every document's figures ({@link GroupFactsRoot#figures}), by id. */
  static JavaPairRDD<String, Set<String>> figures(JavaPairRDD<Long, Analysed> analysed) {
    return analysed.mapToPair(a -> new Tuple2<>(a._2().source().id(), GroupFactsRoot.figures(a._2().source().text())));
  }
}
