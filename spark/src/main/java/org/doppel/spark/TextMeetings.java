package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Brings the two texts of each candidate pair into one task without moving texts to the driver, and moving
 * each text at most once per partition it is needed in: the pairs go to their first document's partition
 * (only numbers move), where that document's pairs are grouped by the partition of their second documents;
 * the first text then travels once to each such partition with the list of its partners, and meets them
 * there, where they were read ({@link DocumentNumbers}). A document in ten pairs whose partners share a
 * partition is shuffled once, not ten times.
 */
final class TextMeetings {
  private TextMeetings() {}

  /** One document's text on its way to a partition, with its partners there. */
  record Shipment(long number, Analysed.Doc doc, long[] partners) implements Serializable {}

  /**
   * @param pairs candidate pairs (first, second), each once
   * @param texts every document's text, partitioned by {@code placement}
   * @return per pair: (second's number, ((first's number, first's text), second's text))
   */
  static JavaRDD<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> of(JavaPairRDD<Long, Long> pairs,
      JavaPairRDD<Long, Analysed.Doc> texts, DocumentNumbers placement) {
    // the pairs meet their first texts where those were read (zipPartitions): a join put every text, paired or
    // not, into Spark's spillable maps, sized object by object
    JavaPairRDD<Long, Shipment> shipments = texts
        .zipPartitions(pairs.partitionBy(placement), (local, firsts) -> ship(local, firsts, placement))
        .mapToPair(s -> s)
        .partitionBy(placement);
    return shipments.zipPartitions(texts, TextMeetings::meet);
  }

  /** Each first document's text once for each partition its partners are in, keyed by a partner there. */
  private static Iterator<Tuple2<Long, Shipment>> ship(Iterator<Tuple2<Long, Analysed.Doc>> local, Iterator<Tuple2<Long, Long>> firsts,
                                                       DocumentNumbers placement) {
    Map<Long, Map<Integer, List<Long>>> partnersByPartition = new HashMap<>();
    firsts.forEachRemaining(p -> partnersByPartition.computeIfAbsent(p._1(), k -> new HashMap<>())
        .computeIfAbsent(placement.getPartition(p._2()), k -> new ArrayList<>()).add(p._2()));
    List<Tuple2<Long, Shipment>> out = new ArrayList<>();
    local.forEachRemaining(d -> {
      Map<Integer, List<Long>> byPartition = partnersByPartition.get(d._1());
      if (byPartition != null) {
        byPartition.values().forEach(ps -> out.add(new Tuple2<>(ps.get(0), new Shipment(d._1(), d._2(), ps.stream().mapToLong(Long::longValue).toArray()))));
      }
    });
    return out.iterator();
  }

  /** Pairs each shipped text with its partners' texts, read from this partition's documents. */
  private static Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> meet(Iterator<Tuple2<Long, Shipment>> shipped,
      Iterator<Tuple2<Long, Analysed.Doc>> local) {
    List<Shipment> arrived = new ArrayList<>();
    Set<Long> wanted = new HashSet<>();
    shipped.forEachRemaining(s -> {
      arrived.add(s._2());
      for (long p : s._2().partners()) {
        wanted.add(p);
      }
    });
    Map<Long, Analysed.Doc> partners = new HashMap<>();
    local.forEachRemaining(d -> {
      if (wanted.contains(d._1())) {
        partners.put(d._1(), d._2());
      }
    });
    List<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> out = new ArrayList<>();
    for (Shipment s : arrived) {
      Tuple2<Long, Analysed.Doc> first = new Tuple2<>(s.number(), s.doc());
      for (long p : s.partners()) {
        out.add(new Tuple2<>(p, new Tuple2<>(first, partners.get(p))));
      }
    }
    return out.iterator();
  }
}
