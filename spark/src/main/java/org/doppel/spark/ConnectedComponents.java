package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as edges, by minimum-label propagation on primitive arrays. Each
 * partition (of {@code partitioner}) holds the nodes placed in it with their neighbours and labels, as sorted
 * arrays ({@link Part}), so a round is one shuffle of {@link Columns} blocks of (node, label) messages, not
 * joins of boxed rows. Labels start as the smallest node of each node's component among the edges of its
 * own partition (a union-find over them), so the distributed rounds only join what partitions do not see
 * together; then a node whose label fell in the last round sends it to its neighbours, and each node takes
 * the smallest label it is sent, until no label changes. Every label is always a node of the component and
 * the component's smallest node starts with itself, so the labels end as each component's smallest node,
 * whatever the partitioning. Only a changed-label count reaches the driver.
 */
final class ConnectedComponents {
  /** Rounds after which the lineage is cut, so a long run does not grow an ever deeper plan. */
  private static final int CHECKPOINT_EVERY = 8;
  private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK();

  private ConnectedComponents() {}

  /**
   * One partition's share of the graph: its nodes sorted, each one's neighbours ({@code neighbours} from
   * {@code offsets[i]} to {@code offsets[i + 1]}), labels, which labels fell in the round that made it, and how many.
   */
  record Part(long[] nodes, int[] offsets, long[] neighbours, long[] labels, boolean[] fell, int fallen) implements Serializable {
    /** The part with new labels; the graph's arrays are shared, never written. */
    Part withLabels(long[] newLabels, boolean[] newFell, int newFallen) {
      return new Part(nodes, offsets, neighbours, newLabels, newFell, newFallen);
    }
  }

  /**
   * @param edges each edge once, in either direction
   * @param partitioner how the nodes, and so the result, are partitioned
   * @param rounds set to the number of message rounds run
   * @return each node of an edge with the smallest node number of its component, in the partition {@code partitioner} gives it; persisted
   */
  static JavaPairRDD<Long, Long> of(JavaRDD<Tuple2<Long, Long>> edges, Partitioner partitioner, int[] rounds) {
    int n = partitioner.numPartitions();
    HashPartitioner byBlockKey = new HashPartitioner(n); // a block's key is its partition: 0 <= key < n
    JavaRDD<Part> parts = edges
        .mapPartitionsToPair(e -> toPartitions(new MappedIterator<>(e, edge -> new long[] {edge._1(), edge._2(), edge._2(), edge._1()}), partitioner))
        .partitionBy(byBlockKey)
        .mapPartitions(ConnectedComponents::part, true)
        .persist(KEEP);
    long fallen = parts.map(Part::fallen).fold(0, Integer::sum);
    rounds[0] = 0;
    while (fallen > 0) {
      rounds[0]++;
      JavaPairRDD<Integer, Columns> sent = parts
          .mapPartitionsToPair(p -> toPartitions(messages(p.next()), partitioner))
          .partitionBy(byBlockKey);
      JavaRDD<Part> next = parts.zipPartitions(sent, ConnectedComponents::receive).persist(KEEP);
      if (rounds[0] % CHECKPOINT_EVERY == 0) {
        next.rdd().localCheckpoint();
      }
      fallen = next.map(Part::fallen).fold(0, Integer::sum);
      parts.unpersist(false);
      parts = next;
    }
    JavaPairRDD<Long, Long> labels = parts.mapPartitionsToPair(p -> labelsOf(p.next()), true).persist(KEEP);
    labels.count();
    parts.unpersist(false);
    return labels;
  }

  /** Rows (node, value), two longs each in {@code rows}, in blocks keyed by the partition of their node. */
  private static Iterator<Tuple2<Integer, Columns>> toPartitions(Iterator<long[]> rows, Partitioner partitioner) {
    int n = partitioner.numPartitions();
    Columns.Builder[] byPartition = new Columns.Builder[n];
    rows.forEachRemaining(r -> {
      for (int i = 0; i < r.length; i += 2) {
        int p = partitioner.getPartition(r[i]);
        if (byPartition[p] == null) {
          byPartition[p] = new Columns.Builder(false, 1024);
        }
        byPartition[p].add(r[i], r[i + 1]);
      }
    });
    List<Tuple2<Integer, Columns>> out = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (byPartition[p] != null) {
        out.add(new Tuple2<>(p, byPartition[p].take()));
      }
    }
    return out.iterator();
  }

  /** A partition's graph from its (node, neighbour) rows, labelled by a union-find over them: every label has fallen. */
  private static Iterator<Part> part(Iterator<Tuple2<Integer, Columns>> blocks) {
    List<Columns> arrived = new ArrayList<>();
    blocks.forEachRemaining(b -> arrived.add(b._2()));
    Columns rows = Columns.concat(arrived).sorted();
    long[] from = rows.a();
    long[] to = rows.b();
    int distinct = 0;
    for (int i = 0; i < from.length; i++) {
      if (i == 0 || from[i] != from[i - 1]) {
        distinct++;
      }
    }
    long[] nodes = new long[distinct];
    int[] offsets = new int[distinct + 1];
    int at = -1;
    for (int i = 0; i < from.length; i++) {
      if (i == 0 || from[i] != from[i - 1]) {
        nodes[++at] = from[i];
        offsets[at] = i;
      }
    }
    offsets[distinct] = from.length;
    long[] labels = localLabels(nodes, offsets, to);
    boolean[] fell = new boolean[distinct];
    Arrays.fill(fell, true);
    return List.of(new Part(nodes, offsets, to, labels, fell, distinct)).iterator();
  }

  /**
   * The smallest node of each node's component among this partition's edges: a union-find over the nodes and
   * their neighbours (neighbours placed elsewhere included, numbered after the partition's own nodes).
   */
  private static long[] localLabels(long[] nodes, int[] offsets, long[] neighbours) {
    long[] all = new long[nodes.length + neighbours.length];
    System.arraycopy(nodes, 0, all, 0, nodes.length);
    System.arraycopy(neighbours, 0, all, nodes.length, neighbours.length);
    Arrays.sort(all);
    int size = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[size++] = all[i];
      }
    }
    long[] known = Arrays.copyOf(all, size); // sorted: a node's index is its rank, so a root's index is its set's smallest node
    int[] parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < nodes.length; i++) {
      int x = Arrays.binarySearch(known, nodes[i]);
      for (int e = offsets[i]; e < offsets[i + 1]; e++) {
        int y = Arrays.binarySearch(known, neighbours[e]);
        int rx = root(parent, x);
        int ry = root(parent, y);
        if (rx != ry) { // the smaller index becomes the root, so a root is its set's smallest node
          parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
      }
    }
    long[] labels = new long[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      labels[i] = known[root(parent, Arrays.binarySearch(known, nodes[i]))];
    }
    return labels;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]]; // path halving
      x = parent[x];
    }
    return x;
  }

  /** (neighbour, label) for every neighbour of a node whose label fell in the last round. */
  private static Iterator<long[]> messages(Part part) {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < part.nodes().length; i++) {
      if (part.fell()[i]) {
        int degree = part.offsets()[i + 1] - part.offsets()[i];
        long[] rows = new long[2 * degree];
        for (int e = 0; e < degree; e++) {
          rows[2 * e] = part.neighbours()[part.offsets()[i] + e];
          rows[2 * e + 1] = part.labels()[i];
        }
        out.add(rows);
      }
    }
    return out.iterator();
  }

  /** The part with each node's label lowered to the smallest it was sent. */
  private static Iterator<Part> receive(Iterator<Part> parts, Iterator<Tuple2<Integer, Columns>> sent) {
    Part part = parts.next();
    long[] labels = part.labels().clone();
    boolean[] fell = new boolean[labels.length];
    int fallen = 0;
    while (sent.hasNext()) {
      Columns block = sent.next()._2();
      for (int m = 0; m < block.size(); m++) {
        int i = Arrays.binarySearch(part.nodes(), block.a()[m]);
        if (block.b()[m] < labels[i]) {
          labels[i] = block.b()[m];
          if (!fell[i]) {
            fell[i] = true;
            fallen++;
          }
        }
      }
    }
    return List.of(part.withLabels(labels, fell, fallen)).iterator();
  }

  private static Iterator<Tuple2<Long, Long>> labelsOf(Part part) {
    List<Tuple2<Long, Long>> out = new ArrayList<>(part.nodes().length);
    for (int i = 0; i < part.nodes().length; i++) {
      out.add(new Tuple2<>(part.nodes()[i], part.labels()[i]));
    }
    return out.iterator();
  }
}
