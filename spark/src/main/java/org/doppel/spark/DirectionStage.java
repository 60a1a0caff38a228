package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.Direction;
import org.doppel.provenance.DirectionJudge;
import org.doppel.provenance.DocumentFrequencies;
import org.doppel.provenance.GroupAnswerCarrier;
import org.doppel.provenance.GroupFactsRoot;
import org.doppel.provenance.GroupStyleRoot;
import org.doppel.provenance.PairContext;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.SiblingRewrites;
import org.doppel.provenance.WordFrequencies;
import org.doppel.relate.Relation;
import org.doppel.report.JsonLinesReport;
import scala.Tuple2;

/**
 * Judges who copied whom for every verified pair with the core's {@link DirectionJudge}. The judge's rarity
 * signals read document frequencies of the whole corpus; they are counted by a distributed reduce over every
 * document's distinct words, and each pair gets only the counts of its two documents' words. A word counted
 * once is in one document only, so only the words of two or more documents ({@link #sharedWords}) are looked
 * up. When there are few enough of them to broadcast (a corpus's shared vocabulary grows far slower than the
 * corpus), each pair is judged where it was verified ({@link #judge(Verified, SourceText,
 * SourceText, WordFrequencies, Function)} with {@link #corpusCounts}), with the words verification read and no
 * further shuffle; otherwise the counts are joined to the documents' words and the pairs to their documents
 * ({@link #judge(JavaRDD, JavaPairRDD, JavaPairRDD)}).
 * The pair is written here too, as the JSON object {@code doppel scan --format jsonl} writes, while both
 * texts are at hand (offsets are converted to code points).
 */
final class DirectionStage implements Serializable {
  private final DocumentNumbers placement;
  private final int documents;

  DirectionStage(DocumentNumbers placement, int documents) {
    this.placement = placement;
    this.documents = documents;
  }

  /** The documents of the corpus, as the rarity signals count them. */
  int documents() {
    return documents;
  }

  /** The document frequencies of one document's words: sorted distinct hashes and their counts. */
  record WordCounts(long[] hashes, int[] counts) implements Serializable {}

  /** A judged pair, its JSON line and the numbers of its documents. */
  record Judged(long numberA, long numberB, DirectedPair directed, String line) implements Serializable {
    String sortKey() {
      return directed.pair().a() + '\u0000' + directed.pair().b();
    }
  }

  /**
   * The words of two or more documents with their document counts: each partition counts its documents'
   * words in the core's table of primitives (a partition's vocabulary is far smaller than its word
   * occurrences), then the partitions' counts are reduced.
   */
  static JavaPairRDD<Long, Integer> sharedWords(JavaPairRDD<Long, Analysed> analysed) {
    return analysed.values()
        .mapPartitionsToPair(documents -> {
          DocumentFrequencies counted = new DocumentFrequencies();
          documents.forEachRemaining(d -> counted.addDistinct(d.words()));
          List<Tuple2<Long, Integer>> words = new ArrayList<>();
          counted.forEach((hash, count) -> words.add(new Tuple2<>(hash, count)));
          return words.iterator();
        })
        .reduceByKey(Integer::sum)
        .filter(w -> w._2() > 1);
  }

  /**
   * The corpus counts of every word, read from the broadcast shared words: a word not among them is in one
   * document only (the signals read {@code max(1, count)} of the words of the pair's documents, so they get
   * the corpus count whether the word is shared or not). Per pair, the judge reads it instead of a table of
   * the pair's own words, which cost a table and two look-ups of each document's words a pair.
   */
  WordFrequencies corpusCounts(Broadcast<WordCounts> shared) {
    return new CorpusCounts(table(shared), documents);
  }

  /** The shared words' counts, read as every word's corpus count (0 for a word of one document). */
  private record CorpusCounts(DocumentFrequencies shared, int documents) implements WordFrequencies {
    @Override
    public int count(long hash) {
      return shared.count(hash);
    }
  }

  /** The broadcast shared words as a hash table, made once per executor JVM and broadcast (one job's at a time). */
  private static synchronized DocumentFrequencies table(Broadcast<WordCounts> shared) {
    if (tableOf != shared.id()) {
      WordCounts counts = shared.value();
      table = DocumentFrequencies.of(0, counts.hashes(), counts.counts());
      tableOf = shared.id();
    }
    return table;
  }

  private static long tableOf = -1;
  private static DocumentFrequencies table;

  /** Judges the verified pairs by joins: the counts to the documents' words, the pairs to their documents. */
  JavaRDD<Judged> judge(JavaRDD<Verified> verified, JavaPairRDD<Long, Analysed> analysed, JavaPairRDD<Long, Integer> shared) {
    JavaPairRDD<Long, Boolean> inPairs = verified
        .flatMapToPair(v -> List.of(new Tuple2<>(v.numberA(), true), new Tuple2<>(v.numberB(), true)).iterator())
        .reduceByKey(placement, (p, q) -> p);
    JavaPairRDD<Long, WordCounts> counts = inPairs.join(analysed)
        .flatMapToPair(d -> Arrays.stream(d._2()._2().words()).mapToObj(h -> new Tuple2<>(h, d._1())).iterator())
        .leftOuterJoin(shared)
        .mapToPair(w -> new Tuple2<>(w._2()._1(), new Tuple2<>(w._1(), w._2()._2().orElse(1))))
        .groupByKey(placement)
        .mapValues(DirectionStage::wordCounts);
    JavaPairRDD<Long, Tuple2<Analysed.Doc, WordCounts>> sides = analysed.mapValues(Analysed::doc).join(counts);
    return verified.mapToPair(v -> new Tuple2<>(v.numberA(), v))
        .join(sides)
        .mapToPair(p -> new Tuple2<>(p._2()._1().numberB(), p._2()))
        .join(sides)
        .mapPartitions(this::judgeAll);
  }

  /**
   * The judged pairs with the directions of sibling rewrites made unknown, as the local scan makes them
   * ({@link SiblingRewrites}): a pair whose named original {@code o} is named the copy of {@code z} (a join of the
   * pairs by {@code o}), where the pair {@code z}, named copy scores higher than the pair (a join by that pair's ids),
   * gets the unknown direction of {@link SiblingRewrites#unknown} for the best such {@code z} ({@link
   * SiblingRewrites.Third#better}), its line's direction fields rewritten. The others pass unchanged.
   */
  static JavaRDD<Judged> withoutSiblingDirections(JavaRDD<Judged> judged, int partitions) {
    JavaRDD<Judged> known = judged.filter(j -> j.directed().direction().isKnown());
    // (named original o, (named copy c, pair score, pair key)) and (named copy, its named original z)
    JavaPairRDD<String, Tuple2<String, Tuple2<Double, String>>> byOriginal = known.mapToPair(j -> new Tuple2<>(
        j.directed().direction().source(), new Tuple2<>(j.directed().copy(), new Tuple2<>(j.directed().pair().score(), j.sortKey()))));
    JavaPairRDD<String, String> originalOfCopy = known.mapToPair(j -> new Tuple2<>(j.directed().copy(), j.directed().direction().source()));
    // ((z, c) key, (pair key, pair score, z)) for every z named the original of o
    JavaPairRDD<String, Tuple2<String, Tuple2<Double, String>>> thirds = byOriginal.join(originalOfCopy, partitions)
        .filter(t -> !t._2()._2().equals(t._2()._1()._1()))
        .mapToPair(t -> new Tuple2<>(SiblingRewrites.key(t._2()._2(), t._2()._1()._1()),
            new Tuple2<>(t._2()._1()._2()._2(), new Tuple2<>(t._2()._1()._2()._1(), t._2()._2()))));
    JavaPairRDD<String, Double> scores = judged.mapToPair(j -> new Tuple2<>(SiblingRewrites.key(j.directed().pair().a(), j.directed().pair().b()),
        j.directed().pair().score()));
    JavaPairRDD<String, SiblingRewrites.Third> chosen = thirds.join(scores, partitions)
        .filter(t -> SiblingRewrites.closer(t._2()._2(), t._2()._1()._2()._1()))
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new SiblingRewrites.Third(t._2()._1()._2()._2(), t._2()._2())))
        .reduceByKey(SiblingRewrites.Third::better, partitions);
    return redirected(judged, chosen, partitions, (directed, third) -> SiblingRewrites.unknown(directed, third.id()));
  }

  /**
   * {@code settled} (the pairs after {@link #withoutSiblingDirections}) with the group's answers carried to the pairs
   * {@code judged} (the same pairs before it) has unknown, as the local scan carries them ({@link GroupAnswerCarrier}):
   * each unknown pair's two ends joined to their named copies and originals, each such third kept when it has a pair
   * with the pair's other end (a join by that pair's ids), and the pair's ties decided by {@link
   * GroupAnswerCarrier#candidate}; a candidate is carried when a count of its thirds by joins over the candidate
   * original's pairs finds it {@link GroupAnswerCarrier#leadsEveryThird}, and its line gets the direction fields of
   * {@link GroupAnswerCarrier#carry}.
   */
  static JavaRDD<Judged> withGroupAnswers(JavaRDD<Judged> judged, JavaRDD<Judged> settled, int partitions) {
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
    JavaPairRDD<String, String> neighbours = relatedDocuments(settled);
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
    return redirected(settled, chosen, partitions, (directed, found) -> GroupAnswerCarrier.carry(directed,
        GroupAnswerCarrier.candidate(directed.pair().a(), directed.pair().b(), found), found));
  }

  /**
   * {@code settled} (the pairs after {@link #withGroupAnswers}) with a group's style root named the original of the pairs
   * {@code judged} (the same pairs before either step) and {@code settled} both have unknown, as the local scan names it
   * ({@link GroupStyleRoot}): the documents that write {@link GroupStyleRoot#MIN_PARENTHESES} parentheses or more
   * ({@code parentheses}: every document's count) joined to their related documents and those to their counts, each
   * candidate decided by {@link GroupStyleRoot#leads} with whether it is named a copy; each open pair's ends joined to
   * the roots, and its line given the direction fields of {@link GroupStyleRoot#name}. A root's related documents write
   * no parenthesis, so no pair has two roots.
   */
  static JavaRDD<Judged> withStyleRoots(JavaRDD<Judged> judged, JavaRDD<Judged> settled, JavaPairRDD<String, Integer> parentheses,
      int partitions) {
    JavaPairRDD<String, Integer> candidates = parentheses.filter(c -> c._2() >= GroupStyleRoot.MIN_PARENTHESES);
    JavaPairRDD<String, String> related = relatedDocuments(settled);
    // (candidate, (its related documents, those of them that write a parenthesis))
    JavaPairRDD<String, Tuple2<Integer, Integer>> groups = related.join(candidates, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
        .join(parentheses, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(1, t._2()._2() > 0 ? 1 : 0)))
        .reduceByKey((u, v) -> new Tuple2<>(u._1() + v._1(), u._2() + v._2()), partitions);
    // (root, its related documents)
    JavaPairRDD<String, Integer> roots = groups.join(candidates, partitions)
        .leftOuterJoin(namedCopies(settled, partitions), partitions)
        .filter(t -> GroupStyleRoot.leads(t._2()._1()._2(), t._2()._2().isPresent(), t._2()._1()._1()._1(), t._2()._1()._1()._2()))
        .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()._1()._1()));
    return redirected(settled, openEnds(judged, settled, partitions).join(roots, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))), partitions,
        (directed, root) -> GroupStyleRoot.name(directed, root._1(), root._2()));
  }

  /**
   * {@code settled} (the pairs after {@link #withStyleRoots}) with a group's facts root named the original of the pairs
   * {@code judged} (the same pairs before the group steps) and {@code settled} both have unknown, as the local scan names
   * it ({@link GroupFactsRoot}): every document's reading (its figures from {@code figures}, and whether it has a partial
   * pair), each document with figures joined to its related documents and those to their readings, each candidate
   * decided by {@link GroupFactsRoot#leads} with whether it is named a copy; each open pair's ends joined to the roots,
   * and its line given the direction fields of {@link GroupFactsRoot#name}. Two related documents cannot both lead, so
   * no pair has two roots.
   */
  static JavaRDD<Judged> withFactsRoots(JavaRDD<Judged> judged, JavaRDD<Judged> settled, JavaPairRDD<String, Set<String>> figures,
      int partitions) {
    JavaPairRDD<String, Boolean> inPartial = settled.filter(j -> j.directed().pair().relation() == Relation.PARTIAL)
        .flatMapToPair(j -> List.of(new Tuple2<>(j.directed().pair().a(), true), new Tuple2<>(j.directed().pair().b(), true)).iterator())
        .reduceByKey((u, v) -> u, partitions);
    JavaPairRDD<String, GroupFactsRoot.Reading> readings = figures.leftOuterJoin(inPartial, partitions)
        .mapValues(t -> new GroupFactsRoot.Reading(t._1(), t._2().isPresent()));
    JavaPairRDD<String, GroupFactsRoot.Reading> candidates = readings.filter(r -> !r._2().figures().isEmpty() && !r._2().inPartial());
    // (candidate, the readings of its related documents)
    JavaPairRDD<String, Iterable<GroupFactsRoot.Reading>> groups = relatedDocuments(settled).join(candidates, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
        .join(readings, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .groupByKey(partitions);
    // (root, its related documents)
    JavaPairRDD<String, Integer> roots = groups.join(candidates, partitions)
        .leftOuterJoin(namedCopies(settled, partitions), partitions)
        .mapToPair(t -> {
          List<GroupFactsRoot.Reading> related = new ArrayList<>();
          t._2()._1()._1().forEach(related::add);
          return new Tuple2<>(t._1(), GroupFactsRoot.leads(t._2()._1()._2(), t._2()._2().isPresent(), related) ? related.size() : 0);
        })
        .filter(t -> t._2() > 0);
    return redirected(settled, openEnds(judged, settled, partitions).join(roots, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))), partitions,
        (directed, root) -> GroupFactsRoot.name(directed, root._1(), root._2()));
  }

  /** (a document named the copy of another in {@code settled}, true), once each. */
  private static JavaPairRDD<String, Boolean> namedCopies(JavaRDD<Judged> settled, int partitions) {
    return settled.filter(j -> j.directed().direction().isKnown())
        .mapToPair(j -> new Tuple2<>(j.directed().copy(), true))
        .reduceByKey((u, v) -> u, partitions);
  }

  /** (an end of a pair both {@code judged} and {@code settled}, the same pairs, leave unknown, the pair's key). */
  private static JavaPairRDD<String, String> openEnds(JavaRDD<Judged> judged, JavaRDD<Judged> settled, int partitions) {
    JavaPairRDD<String, Boolean> judgedUnknown = judged.filter(j -> !j.directed().direction().isKnown())
        .mapToPair(j -> new Tuple2<>(j.sortKey(), true));
    return settled.filter(j -> !j.directed().direction().isKnown())
        .mapToPair(j -> new Tuple2<>(j.sortKey(), new Tuple2<>(j.directed().pair().a(), j.directed().pair().b())))
        .join(judgedUnknown, partitions)
        .flatMapToPair(t -> List.of(new Tuple2<>(t._2()._1()._1(), t._1()), new Tuple2<>(t._2()._1()._2(), t._1())).iterator());
  }

  /** (a document, a document it has a pair with), both ways for every pair of {@code pairs}. */
  private static JavaPairRDD<String, String> relatedDocuments(JavaRDD<Judged> pairs) {
    return pairs.flatMapToPair(j -> List.of(
        new Tuple2<>(j.directed().pair().a(), j.directed().pair().b()), new Tuple2<>(j.directed().pair().b(), j.directed().pair().a())).iterator());
  }

  /** Every document's figures ({@link GroupFactsRoot#figures}), by id. */
  static JavaPairRDD<String, Set<String>> figures(JavaPairRDD<Long, Analysed> analysed) {
    return analysed.mapToPair(a -> new Tuple2<>(a._2().source().id(), GroupFactsRoot.figures(a._2().source().text())));
  }

  /** Every document's parentheses ({@link GroupStyleRoot#parentheses}), by id. */
  static JavaPairRDD<String, Integer> parentheses(JavaPairRDD<Long, Analysed> analysed) {
    return analysed.mapToPair(a -> new Tuple2<>(a._2().source().id(), GroupStyleRoot.parentheses(a._2().source().text())));
  }

  /**
   * {@code judged} with each pair {@code chosen} holds a value for given the direction {@code redirect} makes of it
   * (null: unchanged), its line's direction fields rewritten.
   */
  private static <T> JavaRDD<Judged> redirected(JavaRDD<Judged> judged, JavaPairRDD<String, T> chosen, int partitions,
      Function2<DirectedPair, T, DirectedPair> redirect) {
    return judged.mapToPair(j -> new Tuple2<>(j.sortKey(), j))
        .leftOuterJoin(chosen, partitions)
        .map(t -> {
          Judged j = t._2()._1();
          DirectedPair changed = t._2()._2().isPresent() ? redirect.call(j.directed(), t._2()._2().get()) : null;
          return changed == null ? j : new Judged(j.numberA(), j.numberB(), changed, JsonLinesReport.withDirection(j.line(), changed.direction()));
        });
  }

  /** Words and their counts as one table sorted by hash: a document's, or the shared words to broadcast. */
  static WordCounts wordCounts(Iterable<Tuple2<Long, Integer>> words) {
    List<Tuple2<Long, Integer>> list = new ArrayList<>();
    words.forEach(list::add);
    list.sort((p, q) -> Long.compare(p._1(), q._1()));
    long[] hashes = new long[list.size()];
    int[] counts = new int[list.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = list.get(i)._1();
      counts[i] = list.get(i)._2();
    }
    return new WordCounts(hashes, counts);
  }

  private Iterator<Judged> judgeAll(Iterator<Tuple2<Long, Tuple2<Tuple2<Verified, Tuple2<Analysed.Doc, WordCounts>>, Tuple2<Analysed.Doc, WordCounts>>>> pairs) {
    List<Judged> out = new ArrayList<>();
    pairs.forEachRemaining(p -> {
      Verified v = p._2()._1()._1();
      Tuple2<Analysed.Doc, WordCounts> a = p._2()._1()._2();
      Tuple2<Analysed.Doc, WordCounts> b = p._2()._2();
      out.add(judge(v, a._1().source(), b._1().source(), merged(a._2(), b._2()), PairContext.ANALYSE));
    });
    return out.iterator();
  }

  /**
   * Judges a verified pair where both texts are at hand.
   *
   * @param frequencies the corpus counts of (at least) both documents' words
   * @param words a document's content words as verification analysed them ({@link PairContext#ANALYSE} to analyse afresh)
   */
  Judged judge(Verified v, SourceText a, SourceText b, WordFrequencies frequencies, Function<SourceText, TokenSequence> words) {
    Direction direction = DirectionJudge.standard(frequencies).judge(new PairContext(v.pair(), a, b, words));
    DirectedPair directed = new DirectedPair(v.pair().withSource(direction.source()), direction);
    return new Judged(v.numberA(), v.numberB(), directed, line(directed, a.text(), b.text()));
  }

  /** The corpus counts of the words of both documents. */
  private DocumentFrequencies merged(WordCounts a, WordCounts b) {
    long[] hashes = new long[a.hashes().length + b.hashes().length];
    int[] counts = new int[hashes.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.hashes().length || j < b.hashes().length) {
      boolean takeA = j >= b.hashes().length || i < a.hashes().length && a.hashes()[i] <= b.hashes()[j];
      long hash = takeA ? a.hashes()[i] : b.hashes()[j];
      hashes[n] = hash;
      counts[n++] = takeA ? a.counts()[i] : b.counts()[j];
      if (i < a.hashes().length && a.hashes()[i] == hash) {
        i++;
      }
      if (j < b.hashes().length && b.hashes()[j] == hash) {
        j++;
      }
    }
    return DocumentFrequencies.of(documents, Arrays.copyOf(hashes, n), Arrays.copyOf(counts, n));
  }

  private static String line(DirectedPair directed, String textA, String textB) {
    String a = directed.pair().a();
    return JsonLine.of(writer -> new JsonLinesReport(id -> id.equals(a) ? textA : textB)
        .withProvenance(new Provenance(List.of(directed), List.of(), List.of()))
        .write(List.of(directed.pair()), writer));
  }
}
