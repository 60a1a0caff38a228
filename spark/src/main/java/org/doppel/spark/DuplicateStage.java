package org.doppel.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.report.DuplicateSet;
import org.doppel.report.DuplicateSets;
import scala.Tuple2;

/**
 * What a deduplicator drops, as {@code doppel scan --duplicates} writes it ({@link DuplicateSets}): the connected
 * components ({@link ConnectedComponents}) of the exact and near-duplicate pairs and of the documents whose whole
 * texts are identical, white space aside (each linked to the first of its text's digest), each set keeping the
 * member the core's {@link DuplicateSets#keepOne} keeps. Only ids, numbers and digests are shuffled, never texts.
 */
final class DuplicateStage implements Serializable {
  private final DocumentNumbers placement;
  private final int partitions;

  DuplicateStage(DocumentNumbers placement, int partitions) {
    this.placement = placement;
    this.partitions = partitions;
  }

  /** Writes the sets, sorted by the id each keeps, as JSON Lines under {@code out}; returns how many. */
  long write(JavaRDD<DirectionStage.Judged> judged, JavaPairRDD<Long, Analysed> analysed, String out, int[] rounds) {
    JavaRDD<RelatedPair> copyPairs = judged.map(j -> j.directed().pair()).filter(DuplicateStage::isCopyPair);
    JavaRDD<Tuple2<Long, Long>> copyEdges = judged.filter(j -> isCopyPair(j.directed().pair()))
        .map(j -> new Tuple2<>(j.numberA(), j.numberB()));
    JavaRDD<Tuple2<Long, Long>> sameTextEdges = analysed
        .mapToPair(d -> new Tuple2<>(DuplicateSets.digest(d._2().source().text()), d._1()))
        .groupByKey(partitions)
        .flatMap(group -> linkedToFirst(group._2()));
    JavaPairRDD<Long, Long> labels = ConnectedComponents.of(copyEdges.union(sameTextEdges), placement, rounds);
    JavaPairRDD<String, Long> labelOfId = analysed.mapValues(d -> d.source().id()).join(labels)
        .mapToPair(d -> new Tuple2<>(d._2()._1(), d._2()._2()));
    JavaPairRDD<String, Boolean> copies = copyPairs.flatMap(DuplicateStage::copyOf).distinct().mapToPair(id -> new Tuple2<>(id, true));
    // each set as its line, keyed by the id it keeps (the core's DuplicateSet is no Serializable)
    JavaPairRDD<String, String> sets = labelOfId.leftOuterJoin(copies)
        .mapToPair(m -> new Tuple2<>(m._2()._1(), new Tuple2<>(m._1(), m._2()._2().isPresent())))
        .groupByKey(partitions)
        .map(set -> keepOne(set._2()))
        .filter(set -> !set.drop().isEmpty())
        .mapToPair(set -> new Tuple2<>(set.keep(), line(set)));
    long count = sets.count();
    sets.sortByKey(true, partitions).values().saveAsTextFile(out);
    labels.unpersist(false);
    return count;
  }

  private static boolean isCopyPair(RelatedPair pair) {
    return pair.relation() == Relation.EXACT || pair.relation() == Relation.NEAR_DUPLICATE;
  }

  /** The side a copy pair names as the copy, when it names a source. */
  private static Iterator<String> copyOf(RelatedPair pair) {
    String source = pair.source();
    return source == null ? List.<String>of().iterator() : List.of(source.equals(pair.a()) ? pair.b() : pair.a()).iterator();
  }

  /** Edges from the first (lowest-numbered) document of one text to each other document of it. */
  private static Iterator<Tuple2<Long, Long>> linkedToFirst(Iterable<Long> numbers) {
    List<Long> all = new ArrayList<>();
    numbers.forEach(all::add);
    if (all.size() < 2) {
      return List.<Tuple2<Long, Long>>of().iterator();
    }
    long first = all.stream().mapToLong(Long::longValue).min().orElseThrow();
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    for (long n : all) {
      if (n != first) {
        edges.add(new Tuple2<>(first, n));
      }
    }
    return edges.iterator();
  }

  private static DuplicateSet keepOne(Iterable<Tuple2<String, Boolean>> members) {
    TreeSet<String> ids = new TreeSet<>();
    Set<String> copies = new HashSet<>();
    for (Tuple2<String, Boolean> member : members) {
      ids.add(member._1());
      if (member._2()) {
        copies.add(member._1());
      }
    }
    return DuplicateSets.keepOne(ids, copies::contains);
  }

  private static String line(DuplicateSet set) {
    StringWriter out = new StringWriter();
    try {
      DuplicateSets.write(List.of(set), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().stripTrailing();
  }
}
