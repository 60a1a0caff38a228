package org.doppel.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

/**
 * The judged pairs with their directions settled by the groups they belong to, in four steps, each kept
 * ({@link DistributedScan#KEEP}) for the next: {@code settled} a pair's direction unknown when a third document says
 * two rewrites share one original, {@code carried} the group's answers carried to the pairs the judge left unknown
 * ({@code GroupAnswerCarrier}), {@code styled} a group's original named by style on the pairs still unknown
 * ({@code GroupStyleRoot}), {@code judged} then by its facts ({@code GroupFactsRoot}): the pairs the job writes.
 */
record SettledDirections(JavaRDD<DirectionStage.Judged> settled, JavaRDD<DirectionStage.Judged> carried,
    JavaRDD<DirectionStage.Judged> styled, JavaRDD<DirectionStage.Judged> judged) {

  /** The four steps over {@code judgedPairs}, every pair judged alone, after every pair is judged. */
  static SettledDirections of(JavaRDD<DirectionStage.Judged> judgedPairs, JavaPairRDD<Long, Analysed> analysed, int partitions) {
    JavaRDD<DirectionStage.Judged> settled = SiblingDirections.cleared(judgedPairs, partitions).persist(DistributedScan.KEEP);
    JavaRDD<DirectionStage.Judged> carried = GroupAnswers.carried(judgedPairs, settled, partitions).persist(DistributedScan.KEEP);
    JavaRDD<DirectionStage.Judged> styled = StyleRoots.named(judgedPairs, carried, StyleRoots.parentheses(analysed),
        partitions).persist(DistributedScan.KEEP);
    JavaRDD<DirectionStage.Judged> judged = FactsRoots.named(judgedPairs, styled, FactsRoots.figures(analysed),
        partitions).persist(DistributedScan.KEEP);
    return new SettledDirections(settled, carried, styled, judged);
  }

  /** Lets every step go, once the pairs, families and duplicate sets are written. */
  void release() {
    judged.unpersist(false);
    settled.unpersist(false);
    carried.unpersist(false);
    styled.unpersist(false);
  }
}
