package org.doppel.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.provenance.ProvenanceAnalyzer;
import org.doppel.provenance.StoryFamily;
import org.doppel.report.FamiliesJsonLines;
import scala.Tuple2;

/**
 * Story families: connected components of the judged pairs ({@link ConnectedComponents}), then the core's
 * {@link FamilyBuilder} on each component with its members' word counts and whether each credits a source
 * outside the corpus (the core's attribution resolution against the sites of its related documents).
 * The builder only ever joins documents linked by pairs, so building per component gives the families of a
 * build over the whole corpus. Documents in no pair are families of one. Families are numbered as the local
 * scan numbers them, largest first and then by first member, by a distributed sort.
 */
final class FamilyStage implements java.io.Serializable {
  private final DocumentNumbers placement;
  private final int partitions;

  FamilyStage(DocumentNumbers placement, int partitions) {
    this.placement = placement;
    this.partitions = partitions;
  }

  /** What the family builder needs to know of one document. */
  record Member(String id, int wordCount, boolean creditsOutside) implements java.io.Serializable {}

  /** A related document as attribution resolution sees it: its id and site, and the pair's place in pair order. */
  record Related(String pairKey, String id, String site) implements java.io.Serializable {}

  /** Writes the families as JSON Lines under {@code out}; returns how many. */
  long write(JavaRDD<DirectionStage.Judged> judged, JavaPairRDD<Long, Analysed> analysed, String out, int[] rounds) {
    JavaPairRDD<Long, Long> labels = ConnectedComponents.of(judged.mapToPair(j -> new Tuple2<>(j.numberA(), j.numberB())), placement, rounds);
    JavaPairRDD<Long, Iterable<Related>> related = judged
        .flatMapToPair(j -> List.of(new Tuple2<>(j.numberB(), new Tuple2<>(j.numberA(), j.sortKey())),
            new Tuple2<>(j.numberA(), new Tuple2<>(j.numberB(), j.sortKey()))).iterator())
        .join(analysed.mapValues(a -> new Tuple2<>(a.source().id(), a.source().metadata().site())))
        .mapToPair(r -> new Tuple2<>(r._2()._1()._1(), new Related(r._2()._1()._2(), r._2()._2()._1(), r._2()._2()._2())))
        .groupByKey(placement);
    JavaPairRDD<Long, Member> members = analysed.leftOuterJoin(related)
        .mapValues(d -> member(d._1(), d._2()));
    JavaPairRDD<Long, Tuple2<Member, Optional<Long>>> labelled = members.leftOuterJoin(labels);
    JavaRDD<StoryFamily> singles = labelled.filter(m -> !m._2()._2().isPresent())
        .map(m -> build(List.of(m._2()._1()), List.of()).get(0));
    JavaPairRDD<Long, Member> grouped = labelled.filter(m -> m._2()._2().isPresent())
        .mapToPair(m -> new Tuple2<>(m._2()._2().get(), m._2()._1()));
    JavaPairRDD<Long, DirectedPair> links = judged.mapToPair(j -> new Tuple2<>(j.numberA(), j.directed()))
        .join(labels)
        .mapToPair(l -> new Tuple2<>(l._2()._2(), l._2()._1()));
    JavaRDD<StoryFamily> built = grouped.cogroup(links, partitions)
        .flatMap(c -> build(list(c._2()._1()), list(c._2()._2())).iterator());
    JavaRDD<StoryFamily> all = built.union(singles).persist(StorageLevel.MEMORY_AND_DISK_SER());
    long count = all.count();
    all.sortBy(FamilyStage::numberingKey, true, partitions)
        .zipWithIndex()
        .map(f -> line(new StoryFamily("family-" + (f._2() + 1), f._1().origin(), f._1().members(), f._1().edges())))
        .saveAsTextFile(out);
    all.unpersist(false);
    labels.unpersist(false);
    return count;
  }

  private static Member member(Analysed document, Optional<Iterable<Related>> related) {
    List<Related> others = related.isPresent() ? list(related.get()) : new ArrayList<>();
    others.sort(Comparator.comparing(Related::pairKey)); // the order of the local scan's pair list
    Map<String, String> siteOf = new HashMap<>();
    others.forEach(r -> siteOf.put(r.id(), r.site()));
    boolean creditsOutside = ProvenanceAnalyzer.resolveAttributions(document.source(), others.stream().map(Related::id).toList(), siteOf::get)
        .stream().anyMatch(note -> note.resolvedTo() == null);
    return new Member(document.source().id(), document.wordCount(), creditsOutside);
  }

  private static List<StoryFamily> build(List<Member> members, List<DirectedPair> pairs) {
    Map<String, Member> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    return FamilyBuilder.defaults().build(members.stream().map(Member::id).toList(), pairs,
        id -> byId.get(id).wordCount(), id -> byId.get(id).creditsOutside());
  }

  /** Sorts as the local scan numbers families: most members first, then by smallest member id. */
  private static String numberingKey(StoryFamily family) {
    String first = family.memberIds().stream().min(Comparator.naturalOrder()).orElseThrow();
    return String.format(java.util.Locale.ROOT, "%010d", Integer.MAX_VALUE - family.size()) + '\u0000' + first;
  }

  private static <T> List<T> list(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  private static String line(StoryFamily family) {
    return JsonLine.of(writer -> new FamiliesJsonLines().write(List.of(family), writer));
  }
}
