package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.Optional;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.ProvenanceAnalyzer;
import org.doppel.provenance.SpecificWords;
import org.doppel.provenance.StoryFamily;
import org.doppel.provenance.StoryJoins;
import org.doppel.provenance.StoryLinks;
import org.doppel.provenance.StoryMembers;
import org.doppel.ingest.SourceText;
import org.doppel.report.FamiliesJsonLines;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Story families: connected components of the judged pairs ({@link ConnectedComponents}), then the core's
 * {@link FamilyBuilder} on each component with its members' word counts and whether each credits a source
 * outside the corpus (the core's attribution resolution against the sites of its related documents).
 * The builder only ever joins documents linked by pairs, so building per component gives the families of a
 * build over the whole corpus. Documents in no pair are families of one. Families are numbered as the local
 * scan numbers them, largest first and then by first member, by a distributed sort.
 */
final class FamilyStage implements Serializable {
  private final DocumentNumbers placement;
  private final int partitions;

  FamilyStage(DocumentNumbers placement, int partitions) {
    this.placement = placement;
    this.partitions = partitions;
  }

  /**
   * A family with why its origin is unknown ({@link Provenance#originUnknown}, null when known or of one document),
   * said while the pairs of its component are at hand: the words name the direction of a pair between its roots.
   */
  record Explained(StoryFamily family, @Nullable String originUnknown) implements Serializable {
    /** This family under the id the local scan gives the {@code number}th family. */
    Explained numbered(long number) {
      return new Explained(family.withId("family-" + number), originUnknown);
    }
  }

  /** What the family builder needs to know of one document. */
  record Member(String id, int wordCount, boolean creditsOutside) implements Serializable {}

  /** A related document as attribution resolution sees it: its id and site, and the pair's place in pair order. */
  record Related(String pairKey, String id, String site) implements Serializable {}

  /**
   * What story links read of the documents: the rule, the words as the scan reads them ({@code detection}'s analyser)
   * and the corpus's document counts ({@code directions} reading the broadcast {@code wordTable}).
   */
  record Words(StoryLinks rule, Detection detection, DirectionStage directions, @Nullable Broadcast<DirectionStage.WordCounts> wordTable)
      implements Serializable {
    /** The document's specific words, as the local scan's story links weigh them. */
    SpecificWords vector(SourceText source) {
      return rule.vector(detection.tools().analyzer().words(source).words(), directions.corpusCounts(wordTable));
    }
  }

  /** Writes the families as JSON Lines under {@code out}; returns how many. */
  long write(JavaRDD<DirectionStage.Judged> judged, JavaPairRDD<Long, Analysed> analysed, Words words, String out, int[] rounds) {
    JavaPairRDD<Long, Long> labels = ConnectedComponents.of(judged.map(j -> new Tuple2<>(j.numberA(), j.numberB())), placement, rounds);
    // Each request for a partner's id and site goes to the partner's partition and is answered there from the
    // documents read in it (zipPartitions): a join with the documents put all of them, texts and all, into
    // Spark's spillable maps, once for each of three joins (a fifth of the job's CPU was the families stage).
    JavaPairRDD<Long, Tuple2<Long, String>> asked = judged
        .flatMapToPair(j -> List.of(new Tuple2<>(j.numberB(), new Tuple2<>(j.numberA(), j.sortKey())),
            new Tuple2<>(j.numberA(), new Tuple2<>(j.numberB(), j.sortKey()))).iterator())
        .partitionBy(placement);
    JavaPairRDD<Long, Iterable<Related>> related = analysed.zipPartitions(asked, FamilyStage::answer)
        .mapToPair(r -> r)
        .groupByKey(placement);
    // each document with its related documents and its component's label, all three in the documents' partitioning
    PartitionCache<Tuple2<Long, Member>> labelledCache =
        PartitionCache.of(analysed.zipPartitions(related.zipPartitions(labels, FamilyStage::withLabels), FamilyStage::members));
    JavaRDD<Tuple2<Long, Member>> labelled = labelledCache.rows();
    JavaRDD<Explained> singles = labelled.filter(m -> m._1() == NO_LABEL)
        .map(m -> new Explained(build(List.of(m._2()), List.of()).get(0), null));
    JavaPairRDD<Long, Member> grouped = labelled.filter(m -> m._1() != NO_LABEL).mapToPair(m -> m);
    // each pair's label is brought to the pair (asked by its first document's number, in blocks of longs), so the
    // pair itself is shuffled once, to its component, not first to its document's partition to read the label there
    HashPartitioner byBlockKey = new HashPartitioner(partitions); // a block's key is its partition
    JavaRDD<DirectionStage.Judged> toLabel = judged.getNumPartitions() == partitions ? judged : judged.repartition(partitions);
    JavaPairRDD<Integer, Columns> labelsAsked = toLabel.mapPartitionsWithIndex((at, pairs) -> askLabels(at, pairs, placement), false)
        .mapToPair(b -> b)
        .partitionBy(byBlockKey);
    JavaPairRDD<Integer, Columns> answered = labelsAsked.zipPartitions(labels, FamilyStage::answerLabels)
        .mapToPair(b -> b)
        .partitionBy(byBlockKey);
    JavaPairRDD<Long, DirectedPair> links = toLabel.zipPartitions(answered, FamilyStage::labelLinks)
        .mapToPair(l -> l);
    JavaRDD<Explained> built = grouped.cogroup(links, partitions)
        .flatMap(c -> explained(list(c._2()._1()), list(c._2()._2())).iterator());
    // not serialised: counting, sampling for the sort and the sort read them, three deserialisations of every family
    PartitionCache<Explained> builtCache = PartitionCache.of(built.union(singles));
    JavaRDD<Explained> all = builtCache.rows();
    PartitionCache<Explained> allCache = builtCache;
    if (words.rule().appliesTo(words.directions().documents())) {
      allCache = PartitionCache.of(withStoryLinks(all, analysed, words));
      all = allCache.rows();
    }
    long count = all.count();
    all.sortBy(FamilyStage::numberingKey, true, partitions)
        .zipWithIndex()
        .map(f -> line(f._1().numbered(f._2() + 1)))
        .saveAsTextFile(out);
    allCache.release();
    builtCache.release();
    labelledCache.release();
    labels.unpersist(false);
    return count;
  }

  /** The family key of a document alone ({@link #withStoryLinks}); a family of two or more has its smallest member's id. */
  private static final String ALONE = "";

  /**
   * The families with every document alone that meets the story-link rule joined to its family, by the core's {@link
   * StoryLinks}: each document's specific words are weighed where it is read; the members of the families of two or
   * more, with their words, go to the driver and back to every partition as the rule's index (a broadcast: a few
   * hundred weighted words a member), and each document alone is linked where it is, with the local scan's code.
   * The links found (at most one a document alone) are gathered, and the families grown by them as the local scan
   * grows them ({@link StoryJoins#applied}); the families' ids are given afterwards by the numbering sort.
   */
  private JavaRDD<Explained> withStoryLinks(JavaRDD<Explained> all, JavaPairRDD<Long, Analysed> analysed, Words words) {
    if (words.wordTable() == null) {
      throw new IllegalStateException("story links need the corpus's shared words broadcast, and this corpus has more than "
          + DistributedScan.BROADCAST_WORDS + " of them: run without --story-links");
    }
    JavaPairRDD<String, String> familyOf = all.flatMapToPair(e -> {
      StoryFamily family = e.family();
      String key = family.size() == 1 ? ALONE : family.smallestMemberId();
      return family.memberIds().stream().map(id -> new Tuple2<>(id, key)).iterator();
    });
    JavaPairRDD<String, SpecificWords> vectors = analysed.values().mapToPair(d -> new Tuple2<>(d.source().id(), words.vector(d.source())));
    JavaPairRDD<String, Tuple2<String, SpecificWords>> placed = familyOf.join(vectors, partitions)
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      List<Tuple2<String, Tuple2<String, SpecificWords>>> members = new ArrayList<>(placed.filter(p -> !p._2()._1().equals(ALONE)).collect());
      if (members.isEmpty()) {
        return all;
      }
      StoryMembers index = StoryMembers.of(members.stream().map(Tuple2::_1).toList(),
          members.stream().map(m -> m._2()._1()).toList(), members.stream().map(m -> m._2()._2()).toList());
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(all.context());
      Broadcast<StoryMembers> shared = jsc.broadcast(index);
      StoryLinks rule = words.rule();
      List<StoryLinks.StoryLink> found = placed.filter(p -> p._2()._1().equals(ALONE))
          .flatMap(p -> rule.link(p._1(), p._2()._2(), shared.value()).stream().iterator())
          .collect();
      shared.destroy();
      if (found.isEmpty()) {
        return all;
      }
      StoryJoins joins = StoryJoins.of(found, index);
      return all.flatMap(e -> joins.applied(e.family()).map(f -> new Explained(f, e.originUnknown())).stream().iterator());
    } finally {
      placed.unpersist(false);
    }
  }

  /** The label of a document in no pair: a family of one. */
  private static final long NO_LABEL = -1;

  /** Answers the requests that reached a partition with the id and site of the asked document, read in it. */
  private static Iterator<Tuple2<Long, Related>> answer(Iterator<Tuple2<Long, Analysed>> documents, Iterator<Tuple2<Long, Tuple2<Long, String>>> asked) {
    Map<Long, List<Tuple2<Long, String>>> byDocument = new HashMap<>();
    asked.forEachRemaining(a -> byDocument.computeIfAbsent(a._1(), k -> new ArrayList<>()).add(a._2()));
    List<Tuple2<Long, Related>> out = new ArrayList<>();
    documents.forEachRemaining(d -> {
      List<Tuple2<Long, String>> askers = byDocument.get(d._1());
      if (askers != null) {
        for (Tuple2<Long, String> asker : askers) {
          out.add(new Tuple2<>(asker._1(), new Related(asker._2(), d._2().source().id(), d._2().source().metadata().site())));
        }
      }
    });
    return out.iterator();
  }

  /** The related documents of each document in a pair, with its component's label. */
  private static Iterator<Tuple2<Long, Tuple2<Iterable<Related>, Long>>> withLabels(Iterator<Tuple2<Long, Iterable<Related>>> related,
                                                                                   Iterator<Tuple2<Long, Long>> labels) {
    Map<Long, Long> labelOf = new HashMap<>();
    labels.forEachRemaining(l -> labelOf.put(l._1(), l._2()));
    List<Tuple2<Long, Tuple2<Iterable<Related>, Long>>> out = new ArrayList<>();
    related.forEachRemaining(r -> out.add(new Tuple2<>(r._1(), new Tuple2<>(r._2(), labelOf.get(r._1())))));
    return out.iterator();
  }

  /** Each document as a member, keyed by its component's label ({@link #NO_LABEL} for a document in no pair). */
  private static Iterator<Tuple2<Long, Member>> members(Iterator<Tuple2<Long, Analysed>> documents,
                                                       Iterator<Tuple2<Long, Tuple2<Iterable<Related>, Long>>> linked) {
    Map<Long, Tuple2<Iterable<Related>, Long>> links = new HashMap<>();
    linked.forEachRemaining(l -> links.put(l._1(), l._2()));
    return new MappedIterator<>(documents, d -> {
      Tuple2<Iterable<Related>, Long> link = links.get(d._1());
      return link == null ? new Tuple2<>(NO_LABEL, member(d._2(), Optional.empty()))
          : new Tuple2<>(link._2(), member(d._2(), Optional.of(link._1())));
    });
  }

  /** The first documents of one partition's pairs, each once, as (number, the asking partition) in blocks by the document's partition. */
  private static Iterator<Tuple2<Integer, Columns>> askLabels(int at, Iterator<DirectionStage.Judged> pairs, DocumentNumbers placement) {
    Map<Integer, Columns.Builder> byPartition = new HashMap<>();
    Set<Long> asked = new HashSet<>();
    pairs.forEachRemaining(j -> {
      if (asked.add(j.numberA())) {
        byPartition.computeIfAbsent(placement.getPartition(j.numberA()), p -> new Columns.Builder(false, 1024)).add(j.numberA(), at);
      }
    });
    List<Tuple2<Integer, Columns>> out = new ArrayList<>();
    byPartition.forEach((p, rows) -> out.add(new Tuple2<>(p, rows.take())));
    return out.iterator();
  }

  /** The labels asked of this partition's documents, as (number, label) in blocks by the asking partition. */
  private static Iterator<Tuple2<Integer, Columns>> answerLabels(Iterator<Tuple2<Integer, Columns>> asked, Iterator<Tuple2<Long, Long>> labels) {
    Map<Long, Long> labelOf = new HashMap<>();
    labels.forEachRemaining(l -> labelOf.put(l._1(), l._2()));
    Map<Integer, Columns.Builder> byAsker = new HashMap<>();
    asked.forEachRemaining(b -> {
      for (int i = 0; i < b._2().size(); i++) {
        long number = b._2().a()[i];
        byAsker.computeIfAbsent((int) b._2().b()[i], p -> new Columns.Builder(false, 1024)).add(number, labelOf.get(number));
      }
    });
    List<Tuple2<Integer, Columns>> out = new ArrayList<>();
    byAsker.forEach((p, rows) -> out.add(new Tuple2<>(p, rows.take())));
    return out.iterator();
  }

  /** Each pair keyed by the label of its first document, as answered. */
  private static Iterator<Tuple2<Long, DirectedPair>> labelLinks(Iterator<DirectionStage.Judged> pairs, Iterator<Tuple2<Integer, Columns>> answered) {
    Map<Long, Long> labelOf = new HashMap<>();
    answered.forEachRemaining(b -> {
      for (int i = 0; i < b._2().size(); i++) {
        labelOf.put(b._2().a()[i], b._2().b()[i]);
      }
    });
    return new MappedIterator<>(pairs, j -> new Tuple2<>(labelOf.get(j.numberA()), j.directed()));
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

  /** The families of one component, each with why its origin is unknown, from the component's own pairs. */
  private static List<Explained> explained(List<Member> members, List<DirectedPair> pairs) {
    List<StoryFamily> families = build(members, pairs);
    Provenance provenance = new Provenance(pairs, families, List.of());
    return families.stream().map(f -> new Explained(f, provenance.originUnknown(f))).toList();
  }

  private static List<StoryFamily> build(List<Member> members, List<DirectedPair> pairs) {
    Map<String, Member> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    return FamilyBuilder.defaults().build(members.stream().map(Member::id).toList(), pairs,
        id -> byId.get(id).wordCount(), id -> byId.get(id).creditsOutside());
  }

  /** Sorts as the local scan numbers families: most members first, then by smallest member id. */
  private static String numberingKey(Explained explained) {
    StoryFamily family = explained.family();
    String first = family.smallestMemberId();
    return String.format(Locale.ROOT, "%010d", Integer.MAX_VALUE - family.size()) + '\u0000' + first;
  }

  private static <T> List<T> list(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  private static String line(Explained explained) {
    return JsonLine.of(writer -> new FamiliesJsonLines(1, f -> explained.originUnknown()).write(List.of(explained.family()), writer));
  }
}
