package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.Direction;
import org.doppel.provenance.DirectionJudge;
import org.doppel.provenance.DocumentFrequencies;
import org.doppel.provenance.PairContext;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.WordFrequencies;
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
 * texts are at hand (offsets are converted to code points). The group steps that settle the directions after every
 * pair is judged are {@link SiblingDirections}, {@link GroupAnswers}, {@link StyleRoots} and {@link FactsRoots}, run
 * by {@link SettledDirections}.
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
