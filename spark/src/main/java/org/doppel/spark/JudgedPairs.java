package org.doppel.spark;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.doppel.provenance.DirectedPair;
import org.doppel.report.JsonLinesReport;
import org.doppel.spark.DirectionStage.Judged;
import scala.Tuple2;

/**
 * What the group steps after judging ({@link SiblingDirections}, {@link GroupAnswers}, {@link StyleRoots}, {@link
 * FactsRoots}) read of the judged pairs: the documents named copies, the open pairs' ends, each document's related
 * documents; and the judged pairs with some of them redirected, their lines' direction fields rewritten.
 */
final class JudgedPairs {
  private JudgedPairs() {}

  /** (a document named the copy of another in {@code settled}, true), once each. */
  static JavaPairRDD<String, Boolean> namedCopies(JavaRDD<Judged> settled, int partitions) {
    return settled.filter(j -> j.directed().direction().isKnown())
        .mapToPair(j -> new Tuple2<>(j.directed().copy(), true))
        .reduceByKey((u, v) -> u, partitions);
  }

  /** (an end of a pair both {@code judged} and {@code settled}, the same pairs, leave unknown, the pair's key). */
  static JavaPairRDD<String, String> openEnds(JavaRDD<Judged> judged, JavaRDD<Judged> settled, int partitions) {
    JavaPairRDD<String, Boolean> judgedUnknown = judged.filter(j -> !j.directed().direction().isKnown())
        .mapToPair(j -> new Tuple2<>(j.sortKey(), true));
    return settled.filter(j -> !j.directed().direction().isKnown())
        .mapToPair(j -> new Tuple2<>(j.sortKey(), new Tuple2<>(j.directed().pair().a(), j.directed().pair().b())))
        .join(judgedUnknown, partitions)
        .flatMapToPair(t -> List.of(new Tuple2<>(t._2()._1()._1(), t._1()), new Tuple2<>(t._2()._1()._2(), t._1())).iterator());
  }

  /** (a document, a document it has a pair with), both ways for every pair of {@code pairs}. */
  static JavaPairRDD<String, String> relatedDocuments(JavaRDD<Judged> pairs) {
    return pairs.flatMapToPair(j -> List.of(
        new Tuple2<>(j.directed().pair().a(), j.directed().pair().b()), new Tuple2<>(j.directed().pair().b(), j.directed().pair().a())).iterator());
  }

  /**
   * {@code judged} with each pair {@code chosen} holds a value for given the direction {@code redirect} makes of it
   * (null: unchanged), its line's direction fields rewritten.
   */
  static <T> JavaRDD<Judged> redirected(JavaRDD<Judged> judged, JavaPairRDD<String, T> chosen, int partitions,
      Function2<DirectedPair, T, DirectedPair> redirect) {
    return judged.mapToPair(j -> new Tuple2<>(j.sortKey(), j))
        .leftOuterJoin(chosen, partitions)
        .map(t -> {
          Judged j = t._2()._1();
          DirectedPair changed = t._2()._2().isPresent() ? redirect.call(j.directed(), t._2()._2().get()) : null;
          return changed == null ? j : new Judged(j.numberA(), j.numberB(), changed, JsonLinesReport.withDirection(j.line(), changed.direction()));
        });
  }
}
