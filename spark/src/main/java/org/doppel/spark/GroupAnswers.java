package org.doppel.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.provenance.GroupAnswerCarrier;
import org.doppel.provenance.SiblingRewrites;
import org.doppel.spark.DirectionStage.Judged;
import scala.Tuple2;

/**
 * The Spark job's second step after judging: a group's answer carried to a pair the judge left unknown, as the local
 * scan carries it ({@link GroupAnswerCarrier}), by joins over the judged pairs.
 */
final class GroupAnswers {
  private GroupAnswers() {}

  /**
   * {@code settled} (the pairs after {@link SiblingDirections#cleared}) with the group's answers carried to the pairs
   * {@code judged} (the same pairs before it) has unknown, as the local scan carries them ({@link GroupAnswerCarrier}):
   * each unknown pair's two ends joined to their named copies and originals, each such third kept when it has a pair
   * with the pair's other end (a join by that pair's ids), and the pair's ties decided by {@link
   * GroupAnswerCarrier#candidate}; a candidate is carried when a count of its thirds by joins over the candidate
   * original's pairs finds it {@link GroupAnswerCarrier#leadsEveryThird}, and its line gets the direction fields of
   * {@link GroupAnswerCarrier#carry}.
   */
  static JavaRDD<Judged> carried(JavaRDD<Judged> judged, JavaRDD<Judged> settled, int partitions) {
    // (document, (a third, whether the document is named its original)) for every answer after the sibling rewrites
    JavaPairRDD<String, Tuple2<String, Boolean>> answers = settled.filter(j -> j.directed().direction().isKnown())
        .flatMapToPair(j -> List.of(new Tuple2<>(j.directed().direction().source(), new Tuple2<>(j.directed().copy(), true)),
            new Tuple2<>(j.directed().copy(), new Tuple2<>(j.directed().direction().source(), false))).iterator());
    // (an end of a pair the judge left unknown, (the pair's key, its other end))
    JavaPairRDD<String, Tuple2<String, String>> openEnds = judged.filter(j -> !j.directed().direction().isKnown())
        .flatMapToPair(j -> List.of(new Tuple2<>(j.directed().pair().a(), new Tuple2<>(j.sortKey(), j.directed().pair().b())),
            new Tuple2<>(j.directed().pair().b(), new Tuple2<>(j.sortKey(), j.directed().pair().a()))).iterator());
    // ((third, other end) key, (pair key, tie)) for every named third of an end
    JavaPairRDD<String, Tuple2<String, GroupAnswerCarrier.Tie>> ties = openEnds.join(answers, partitions)
        .filter(t -> !t._2()._2()._1().equals(t._2()._1()._2()))
        .mapToPair(t -> new Tuple2<>(SiblingRewrites.key(t._2()._2()._1(), t._2()._1()._2()),
            new Tuple2<>(t._2()._1()._1(), new GroupAnswerCarrier.Tie(t._1(), t._2()._2()._1(), t._2()._2()._2()))));
    JavaPairRDD<String, Boolean> related = settled.mapToPair(j -> new Tuple2<>(SiblingRewrites.key(j.directed().pair().a(),
        j.directed().pair().b()), true));
    JavaPairRDD<String, Iterable<GroupAnswerCarrier.Tie>> tiesOfPair = ties.join(related, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._2()._1()._2()))
        .groupByKey(partitions);
    // (pair key, (its named ties, (the original they carry, the other end))) for the pairs the named ties carry
    JavaPairRDD<String, Tuple2<List<GroupAnswerCarrier.Tie>, Tuple2<String, String>>> candidates = settled
        .mapToPair(j -> new Tuple2<>(j.sortKey(), new Tuple2<>(j.directed().pair().a(), j.directed().pair().b())))
        .join(tiesOfPair, partitions)
        .flatMapToPair(t -> {
          List<GroupAnswerCarrier.Tie> found = new ArrayList<>();
          t._2()._2().forEach(found::add);
          String a = t._2()._1()._1();
          String b = t._2()._1()._2();
          String original = GroupAnswerCarrier.candidate(a, b, found);
          return original == null ? Collections.emptyIterator()
              : List.of(new Tuple2<>(t._1(), new Tuple2<>(found, new Tuple2<>(original, original.equals(a) ? b : a)))).iterator();
        });
    // (pair key, its thirds): the candidate original's pairs whose other document has a pair with the copy too
    JavaPairRDD<String, String> neighbours = JudgedPairs.relatedDocuments(settled);
    JavaPairRDD<String, Integer> thirds = candidates
        .mapToPair(c -> new Tuple2<>(c._2()._2()._1(), new Tuple2<>(c._1(), c._2()._2()._2())))
        .join(neighbours, partitions)
        .filter(t -> !t._2()._2().equals(t._2()._1()._2()))
        .mapToPair(t -> new Tuple2<>(SiblingRewrites.key(t._2()._2(), t._2()._1()._2()), t._2()._1()._1()))
        .join(related, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), 1))
        .reduceByKey(Integer::sum, partitions);
    JavaPairRDD<String, List<GroupAnswerCarrier.Tie>> chosen = candidates.join(thirds, partitions)
        .filter(t -> GroupAnswerCarrier.leadsEveryThird(t._2()._1()._2()._1(), t._2()._1()._1(), t._2()._2()))
        .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()._1()));
    return JudgedPairs.redirected(settled, chosen, partitions, (directed, found) -> GroupAnswerCarrier.carry(directed,
        GroupAnswerCarrier.candidate(directed.pair().a(), directed.pair().b(), found), found));
  }
}
