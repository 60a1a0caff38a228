package org.doppel.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as edges, by iterative minimum-label propagation: every node
 * starts with its own number as label and takes the smallest label among itself and its neighbours until
 * no label changes. Each round is one join and one reduce over the edges; the number of rounds is the
 * largest component's diameter, small for story families (copies link to their original and to each
 * other). Nothing but a changed-label count reaches the driver.
 */
final class ConnectedComponents {
  /** Rounds after which the lineage is cut, so a long run does not grow an ever deeper plan. */
  private static final int CHECKPOINT_EVERY = 8;

  private ConnectedComponents() {}

  /**
   * @param edges each edge once, in either direction
   * @return each node of an edge with the smallest node number of its component
   */
  static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, int[] rounds) {
    JavaPairRDD<Long, Long> both = edges.flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator()).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = both.keys().distinct().mapToPair(n -> new Tuple2<>(n, n)).persist(StorageLevel.MEMORY_AND_DISK());
    rounds[0] = 0;
    while (true) {
      rounds[0]++;
      JavaPairRDD<Long, Long> next = both.join(labels)
          .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
          .union(labels)
          .reduceByKey(Math::min)
          .persist(StorageLevel.MEMORY_AND_DISK());
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
