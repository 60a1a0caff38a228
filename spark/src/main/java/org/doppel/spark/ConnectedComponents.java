package org.doppel.spark;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as edges, by iterative minimum-label propagation: every node
 * starts with the smallest number among itself and its neighbours as label and takes the smallest label
 * among itself and its neighbours until no label changes. The number of rounds is the largest component's
 * diameter, small for story families (copies link to their original and to each other). The edges and
 * the labels are kept in one partitioning, so a round shuffles only the labels sent along the edges
 * (combined per receiving node on the map side); the joins of edges with labels, and of new labels with
 * old, stay within their partitions. Nothing but a changed-label count reaches the driver.
 */
final class ConnectedComponents {
  /** Rounds after which the lineage is cut, so a long run does not grow an ever deeper plan. */
  private static final int CHECKPOINT_EVERY = 8;
  private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK();

  private ConnectedComponents() {}

  /**
   * @param edges each edge once, in either direction
   * @param partitioner how the edges, the labels and the result are partitioned
   * @return each node of an edge with the smallest node number of its component, partitioned by {@code partitioner}
   */
  static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, Partitioner partitioner, int[] rounds) {
    JavaPairRDD<Long, Long> both = edges.flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator())
        .partitionBy(partitioner).persist(KEEP);
    JavaPairRDD<Long, Long> labels = both.mapToPair(e -> new Tuple2<>(e._1(), Math.min(e._1(), e._2())))
        .reduceByKey(partitioner, Math::min).persist(KEEP);
    rounds[0] = 1;
    while (true) {
      rounds[0]++;
      // every node sends its label to its neighbours; each keeps the smallest label it has or is sent
      JavaPairRDD<Long, Long> sent = both.join(labels)
          .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
          .reduceByKey(partitioner, Math::min);
      JavaPairRDD<Long, Long> next = labels.join(sent).mapValues(l -> Math.min(l._1(), l._2())).persist(KEEP);
      if (rounds[0] % CHECKPOINT_EVERY == 0) {
        next.rdd().localCheckpoint();
      }
      long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        both.unpersist(false);
        return labels;
      }
    }
  }
}
