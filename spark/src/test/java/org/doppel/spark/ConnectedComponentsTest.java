package org.doppel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Label propagation against a plain union-find on one machine, whatever the partitioning. */
class ConnectedComponentsTest {
  private static SparkSession spark;
  private static JavaSparkContext jsc;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().config(new SparkConf()
        .setMaster("local[2]").setAppName("doppel-components-test")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")).getOrCreate();
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void everyNodeGetsTheSmallestNodeOfItsComponentWhateverThePartitioning() {
    Random random = new Random(15);
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    // many small components (copies of a story), some edges repeated or given both ways
    for (int i = 0; i < 300; i++) {
      long a = node(random.nextInt(250), random.nextInt(3));
      long b = node(random.nextInt(250), random.nextInt(3));
      if (a != b) {
        edges.add(new Tuple2<>(a, b));
        if (i % 7 == 0) {
          edges.add(new Tuple2<>(b, a));
        }
      }
    }
    // a long chain whose numbers zigzag (50, 51, 49, 52, ... 30), so no partition's union-find joins much of it
    // and its smallest node's label crosses it in many rounds, past the lineage cut
    for (int i = 0; i < 40; i++) {
      edges.add(new Tuple2<>(node(1000 + zigzag(i), 0), node(1000 + zigzag(i + 1), 0)));
    }
    Map<Long, Long> expected = smallestOfComponent(edges);

    for (int partitions : new int[] {1, 2, 3, 7}) {
      int[] rounds = {0};
      Map<Long, Long> labels = new HashMap<>();
      DocumentNumbers placement = new DocumentNumbers(partitions);
      List<List<Tuple2<Long, Long>>> byPartition = ConnectedComponents.of(jsc.parallelize(edges, 3), placement, rounds).glom().collect();
      for (int p = 0; p < byPartition.size(); p++) {
        for (Tuple2<Long, Long> label : byPartition.get(p)) {
          assertThat(placement.getPartition(label._1())).as("partition of node %d", label._1()).isEqualTo(p);
          assertThat(labels.put(label._1(), label._2())).as("node %d labelled once", label._1()).isNull();
        }
      }
      assertThat(labels).as("%d partitions", partitions).isEqualTo(expected);
      assertThat(rounds[0]).as("rounds at %d partitions", partitions).isPositive();
    }
  }

  @Test
  void noEdgesGiveNoLabels() {
    int[] rounds = {0};
    assertThat(ConnectedComponents.of(jsc.<Tuple2<Long, Long>>emptyRDD(), new DocumentNumbers(2), rounds).collect()).isEmpty();
    assertThat(rounds[0]).isZero();
  }

  private static long node(int file, int record) {
    return DocumentNumbers.number(file, record);
  }

  /** 50, 51, 49, 52, 48, ...: a chain whose neighbours are far apart in number. */
  private static int zigzag(int i) {
    return 50 + (i % 2 == 0 ? -(i / 2) : (i + 1) / 2);
  }

  private static Map<Long, Long> smallestOfComponent(List<Tuple2<Long, Long>> edges) {
    Map<Long, Long> parent = new HashMap<>();
    for (Tuple2<Long, Long> e : edges) {
      long a = find(parent, e._1());
      long b = find(parent, e._2());
      if (a != b) {
        parent.put(Math.max(a, b), Math.min(a, b));
      }
    }
    Map<Long, Long> out = new HashMap<>();
    parent.keySet().forEach(node -> out.put(node, find(parent, node)));
    return out;
  }

  private static long find(Map<Long, Long> parent, long node) {
    parent.putIfAbsent(node, node);
    long at = node;
    while (parent.get(at) != at) {
      at = parent.get(at);
    }
    return at;
  }
}
