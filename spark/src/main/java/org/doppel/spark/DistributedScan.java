package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.doppel.provenance.StoryLinks;
import org.doppel.PairVerifier;
import org.doppel.document.Document;
import org.doppel.document.PackedMetadataLines;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.CandidateKeys;
import org.doppel.index.VectorBuckets;
import org.doppel.provenance.WordFrequencies;
import org.doppel.relate.RelatedPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The scan as a Spark job, stage by stage, with the core doing every judgement:
 * <ol>
 *   <li><b>read</b> ({@link ReadStage}): the driver lists files; executors read them with the core's readers, straight into the
 *       partitioning of {@link DocumentNumbers}; the first of two documents with one id wins, as locally;
 *   <li><b>fingerprint</b>: the core's analyser and fingerprinter on the executors;
 *   <li><b>candidates</b> ({@link CandidateStage}): one shuffle brings the postings (packed kind and key, document) of each key to one
 *       partition, in blocks of primitive columns ({@link Columns}); per key, {@link KeyGroups} counts the
 *       document pairs that share it, what a self-join on the key gives, unless the key is posted more than
 *       {@code maxPostings} times: a stock phrase, logged and counted, whose pairs are never made; a second
 *       shuffle adds up each pair's counts, and pairs sharing enough keys of one kind
 *       ({@link CandidateKeys#minShared}) are candidates, each once;
 *   <li><b>verify</b>: candidate pairs meet both texts ({@link TextMeetings}) and are verified by the core's verifier;
 *   <li><b>provenance</b>: document frequencies counted by a distributed reduce, the counts of each verified
 *       pair's words joined to it, and the core's direction judge run per pair;
 *   <li><b>families</b> (when asked): connected components by label propagation, the core's family builder
 *       per component, families numbered by a distributed sort as the local scan numbers them.
 * </ol>
 * The photos documents share are found beside them ({@link PhotoStage}) and attached to the pair lines.
 * Only counts, file names and the few hottest keys reach the driver.
 */
final class DistributedScan {
  private static final Logger LOG = LoggerFactory.getLogger(DistributedScan.class);
  /** Deserialized: every stage reads the documents again, and Java deserialisation of their texts cost more than the stages. */
  static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK();
  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final Detection detection;
  private final int partitions;
  private final DocumentNumbers placement;
  private final int broadcastWords;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private String stage;
  private long stageStart;

  /** Shared words broadcast at most for provenance: 12 bytes each, so 60 MB. */
  static final int BROADCAST_WORDS = 5_000_000;

  /**
   * @param broadcastWords the most shared words ({@link DirectionStage#sharedWords}) broadcast, so that pairs
   *     are judged where they are verified; beyond it the counts are joined to the pairs
   */
  DistributedScan(SparkSession spark, Detection detection, int partitions, int broadcastWords) {
    this.broadcastWords = broadcastWords;
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.detection = detection;
    this.partitions = partitions;
    this.placement = new DocumentNumbers(partitions);
  }

  ScanStats run(List<String> inputs, String out, boolean families) {
    return run(inputs, out, families, false);
  }

  /** As {@link #run(List, String, boolean)}, writing what a deduplicator drops to {@code out/duplicates} when asked. */
  ScanStats run(List<String> inputs, String out, boolean families, boolean duplicateSets) {
    return run(inputs, out, families, duplicateSets, StoryLinks.none());
  }

  /** As {@link #run(List, String, boolean, boolean)}, documents left alone joined to their story by {@code storyLinks}. */
  ScanStats run(List<String> inputs, String out, boolean families, boolean duplicateSets, StoryLinks storyLinks) {
    Detection detection = this.detection; // lambdas below capture this, not the scan with its session
    begin("read");
    ReadStage read = ReadStage.of(jsc, inputs, out, placement, partitions);
    JavaPairRDD<Long, ReadItem> unique = read.unique();
    long problemCount = read.problemCount();
    long duplicates = read.duplicates();

    begin("fingerprint");
    PartitionCache<Tuple2<Long, Analysed>> analysedCache = PartitionCache.of(unique.mapPartitionsToPair(d -> analyse(d, detection), true));
    JavaPairRDD<Long, Analysed> analysed = PartitionCache.pairs(analysedCache);
    long docs = analysed.count();
    read.release();
    Broadcast<long[]> stockKeys = jsc.broadcast(stockLineKeys(analysed, detection.tools().stockLines().minSurroundings()));

    begin("photos");
    PhotoStage.Result photos = new PhotoStage(spark, partitions).find(analysed);

    Proposed proposed = propose(analysed, detection); // the stages "candidates" and "vectors"
    CandidateStage candidates = proposed.candidates();

    begin("frequencies"); // document frequencies for provenance: the words of two or more documents, broadcast when they are few enough
    PartitionCache<Tuple2<Long, Integer>> sharedWordsCache = PartitionCache.of(DirectionStage.sharedWords(analysed));
    JavaPairRDD<Long, Integer> sharedWords = PartitionCache.pairs(sharedWordsCache);
    Broadcast<DirectionStage.WordCounts> wordTable = sharedWords.count() <= broadcastWords
        ? jsc.broadcast(DirectionStage.wordCounts(sharedWords.collect())) : null;

    begin("verify");
    Judging judging = judgedPairs(candidates.pairs(), analysed, (int) docs, detection, stockKeys, proposed.judgedWhole(), wordTable,
        sharedWords);
    // two rewrites of one original: the pair's direction unknown when a third document says so (after every pair is
    // judged); then the group's answers carried to the pairs the judge left unknown (GroupAnswerCarrier); then a group's
    // original named by style on the pairs still unknown (GroupStyleRoot), then by its facts (GroupFactsRoot)
    JavaRDD<DirectionStage.Judged> settled = DirectionStage.withoutSiblingDirections(judging.judged(), partitions).persist(KEEP);
    JavaRDD<DirectionStage.Judged> carried = DirectionStage.withGroupAnswers(judging.judged(), settled, partitions).persist(KEEP);
    JavaRDD<DirectionStage.Judged> styled = DirectionStage.withStyleRoots(judging.judged(), carried, DirectionStage.parentheses(analysed),
        partitions).persist(KEEP);
    JavaRDD<DirectionStage.Judged> judged = DirectionStage.withFactsRoots(judging.judged(), styled, DirectionStage.figures(analysed),
        partitions).persist(KEEP);
    candidates.pairs().unpersist(false);
    writePairs(judged, photos, out + "/pairs");
    sharedWordsCache.release();

    long familyCount = -1;
    int[] rounds = {0};
    if (families) {
      begin("families");
      FamilyStage.Words words = new FamilyStage.Words(storyLinks, detection, new DirectionStage(placement, (int) docs), wordTable);
      familyCount = new FamilyStage(placement, partitions).write(judged, analysed, words, out + "/families", rounds);
    }
    if (duplicateSets) {
      begin("duplicates");
      new DuplicateStage(placement, partitions).write(judged, analysed, out + "/duplicates", new int[1]);
    }
    begin(null);
    judged.unpersist(false);
    settled.unpersist(false);
    carried.unpersist(false);
    styled.unpersist(false);
    judging.release().run();
    analysedCache.release();
    if (!photos.isEmpty()) {
      photos.byPair().unpersist(false);
    }
    return new ScanStats(read.files(), docs, problemCount, read.skippedProblems(), duplicates, candidates.count(), candidates.hotKeys(), candidates.hottest(), judging.verifiedCount(),
        familyCount, rounds[0], stageSeconds, photos.counts(), proposed.vectorCounts());
  }

  /**
   * The candidate pairs and what the vector search counted; {@code judgedWhole}: those of them that the short texts'
   * floor alone proposed, reported only if the whole-text judge agrees.
   */
  private record Proposed(CandidateStage candidates, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole, Map<String, Long> vectorCounts) {}

  /** The candidate pairs: those sharing enough keys ({@link CandidateStage}), and the short texts' nearest by vocabulary vector. */
  private Proposed propose(JavaPairRDD<Long, Analysed> analysed, Detection detection) {
    begin("candidates");
    CandidateStage keyed = CandidateStage.of(analysed, detection, partitions);
    begin("vectors"); // short texts' nearest neighbours by vocabulary vector, as the scan proposes them (none in a corpus of articles)
    VectorStage.Result vectorPairs = VectorStage.pairs(jsc, analysed, detection.tools().settings().rewrites().vectorSearch(), partitions);
    // the vector pairs close only by the short texts' floor that no key proposes: reported only if the whole-text judge agrees
    Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole = jsc.broadcast(judgedWhole(vectorPairs.shortTextsOnly(), keyed.pairs(), jsc));
    return new Proposed(keyed.with(vectorPairs.pairs(), partitions), judgedWhole, vectorPairs.counts());
  }

  /** Writes the judged pairs' lines to {@code folder} in the local scan's order, with the photos they share where any. */
  private void writePairs(JavaRDD<DirectionStage.Judged> judged, PhotoStage.Result photos, String folder) {
    // only the sort key and the line are sorted, not the judged pair's objects
    (photos.isEmpty() ? judged.mapToPair(j -> new Tuple2<>(j.sortKey(), j.line())).sortByKey(true, partitions).values()
        : PhotoLines.of(judged, photos, partitions)).saveAsTextFile(folder);
  }

  /** The judged pairs, how many pairs were verified, and what to release once the judged pairs are written. */
  private record Judging(JavaRDD<DirectionStage.Judged> judged, long verifiedCount, Runnable release) {}

  /**
   * Verifies the candidate pairs and judges each one's provenance: in the same task when the word frequencies are
   * broadcast ({@code wordTable} not null), else in a second pass that joins them. Each text travels at most once to
   * each partition holding a partner ({@link TextMeetings}), never to the driver; with the frequencies broadcast, each
   * pair is judged while both texts are at hand.
   */
  private Judging judgedPairs(JavaPairRDD<Long, Long> candidatePairs, JavaPairRDD<Long, Analysed> analysed, int docs, Detection detection,
      Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole, Broadcast<DirectionStage.WordCounts> wordTable,
      JavaPairRDD<Long, Integer> sharedWords) {
    DirectionStage directions = new DirectionStage(placement, docs);
    JavaPairRDD<Long, Analysed.Doc> texts = analysed.mapValues(Analysed::doc);
    JavaRDD<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> meetings = TextMeetings.of(candidatePairs, texts, placement);
    if (wordTable != null) {
      PartitionCache<DirectionStage.Judged> judgedCache =
          PartitionCache.of(meetings.mapPartitions(p -> verifyAndJudge(p, detection, stockKeys, judgedWhole, directions, wordTable)));
      JavaRDD<DirectionStage.Judged> judged = judgedCache.rows();
      long verifiedCount = judged.count();
      begin("provenance");
      return new Judging(judged, verifiedCount, () -> {
        judged.unpersist(false);
        judgedCache.release();
      });
    }
    JavaRDD<Verified> verified = meetings.mapPartitions(p -> verify(p, detection, stockKeys, judgedWhole)).persist(KEEP);
    long verifiedCount = verified.count();
    begin("provenance");
    JavaRDD<DirectionStage.Judged> judged = directions.judge(verified, analysed, sharedWords).persist(KEEP);
    return new Judging(judged, verifiedCount, () -> {
      verified.unpersist(false);
      judged.unpersist(false);
    });
  }

  /**
   * Of the vector pairs close only by the short texts' floor ({@code shortTextsOnly}, (smaller, larger) number: few),
   * those no key proposes ({@code keyed}): the pairs the scan marks {@link org.doppel.index.CandidatePairs#judgedWhole}.
   * Pairs of document numbers, not packed into one long: a number is its file's order and its record's (64 bits).
   */
  private static HashSet<Tuple2<Long, Long>> judgedWhole(HashSet<Tuple2<Long, Long>> shortTextsOnly, JavaPairRDD<Long, Long> keyed,
      JavaSparkContext jsc) {
    if (shortTextsOnly.isEmpty()) {
      return shortTextsOnly;
    }
    Broadcast<HashSet<Tuple2<Long, Long>>> wanted = jsc.broadcast(shortTextsOnly);
    List<Tuple2<Long, Long>> alsoKeyed = keyed.map(p -> new Tuple2<>(Math.min(p._1(), p._2()), Math.max(p._1(), p._2())))
        .filter(p -> wanted.value().contains(p)).collect();
    wanted.destroy();
    HashSet<Tuple2<Long, Long>> out = new HashSet<>(shortTextsOnly);
    alsoKeyed.forEach(out::remove);
    return out;
  }

  /**
   * Ends the running stage (its wall time into {@code stageSeconds}) and starts {@code name}, or none; Spark
   * jobs started meanwhile carry the name ({@link JobMetrics#STAGE}), so their shuffle bytes are told apart.
   */
  private void begin(String name) {
    long now = System.nanoTime();
    if (stage != null) {
      stageSeconds.put(stage, Math.round((now - stageStart) / 1e6) / 1e3);
    }
    stage = name;
    stageStart = now;
    jsc.setLocalProperty(JobMetrics.STAGE, name);
  }

  private static Iterator<Tuple2<Long, Analysed>> analyse(Iterator<Tuple2<Long, ReadItem>> documents, Detection detection) {
    Detection.Tools tools = detection.tools();
    return new MappedIterator<>(documents, d -> {
      Document document = tools.analyzer().analyze(d._2().document());
      Fingerprint fingerprint = tools.fingerprinter().fingerprint(document);
      int[] keyCount = {0};
      tools.keys().forEach(fingerprint, (kind, key) -> keyCount[0]++);
      byte[] kinds = new byte[keyCount[0]];
      int[] keys = new int[keyCount[0]];
      int[] at = {0};
      tools.keys().forEach(fingerprint, (kind, key) -> {
        kinds[at[0]] = (byte) kind.ordinal();
        keys[at[0]++] = key;
      });
      return new Tuple2<>(d._1(), new Analysed(d._1(), d._2().document(), fingerprint.contentHash(), fingerprint.wordCount(), kinds, keys,
          distinctWords(document),
          tools.stockLines().lines(document.words()), PackedMetadataLines.pack(document.metadata()),
          VectorBuckets.hasNoWords(fingerprint.vector()) ? new byte[0] : fingerprint.vector()));
    });
  }

  /**
   * The stock lines, counted as a local scan counts them ({@link StockLineCount}); only the stock keys
   * (boilerplate lines, a few per site or feed) reach the driver, to be broadcast.
   */
  private long[] stockLineKeys(JavaPairRDD<Long, Analysed> analysed, int minSurroundings) {
    if (minSurroundings == 0) {
      return new long[0];
    }
    int n = partitions;
    List<Long> stock = analysed.values()
        .mapPartitionsToPair(d -> StockLineCount.rows(d, n))
        .partitionBy(new HashPartitioner(n)) // a block's key is its partition
        .mapPartitions(b -> StockLineCount.stock(b, minSurroundings))
        .collect();
    long[] keys = stock.stream().mapToLong(Long::longValue).toArray();
    LOG.info("{} stock lines (in {} or more surroundings)", keys.length, minSurroundings);
    return keys;
  }

  /** A verified pair with the numbers of its documents, {@code numberA} that of {@code pair.a()}. */
  record Verified(long numberA, long numberB, RelatedPair pair) implements Serializable {}

  /** The sorted distinct hashes of a document's words, as document frequencies count them. */
  static long[] distinctWords(Document document) {
    long[] words = new long[document.words().size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = document.words().hash(i);
    }
    // sorted in place and the repeats dropped: a stream's distinct() boxed every word (3 % of a 100k job's samples)
    Arrays.sort(words);
    int distinct = 0;
    for (int i = 0; i < words.length; i++) {
      if (i == 0 || words[i] != words[i - 1]) {
        words[distinct++] = words[i];
      }
    }
    return distinct == words.length ? words : Arrays.copyOf(words, distinct);
  }

  private static Iterator<Verified> verify(Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> pairs, Detection detection,
                                           Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole) {
    List<Verified> out = new ArrayList<>();
    verifyEach(pairs, detection, stockKeys, judgedWhole, (verified, a, b) -> out.add(verified));
    return out.iterator();
  }

  private static Iterator<DirectionStage.Judged> verifyAndJudge(Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> pairs,
                                                                Detection detection, Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole,
                                                                DirectionStage directions,
                                                                Broadcast<DirectionStage.WordCounts> wordTable) {
    List<DirectionStage.Judged> out = new ArrayList<>();
    WordFrequencies corpus = directions.corpusCounts(wordTable);
    // the judge reads each document's words as verification analysed them, as the local scan's Corpus gives them
    verifyEach(pairs, detection, stockKeys, judgedWhole, (verified, a, b) -> out.add(directions.judge(verified,
        a.document().source(), b.document().source(), corpus, source -> (source == a.document().source() ? a : b).document().words())));
    return out.iterator();
  }

  /** Receives a verified pair with its two documents, {@code a} that of {@code verified.pair().a()}. */
  private interface VerifiedSink {
    void accept(Verified verified, PreparedCache.Analysis a, PreparedCache.Analysis b);
  }

  private static void verifyEach(Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> pairs, Detection detection,
                                 Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole, VerifiedSink sink) {
    Detection.Tools tools = detection.tools();
    PairVerifier verifier = tools.verifier(stockKeys.id(), stockKeys.value());
    PreparedCache cache = new PreparedCache(tools, verifier, 256);
    pairs.forEachRemaining(p -> {
      long numberX = p._2()._1()._1();
      Analysed.Doc x = p._2()._1()._2();
      long numberY = p._1();
      Analysed.Doc y = p._2()._2();
      boolean same = PairVerifier.sameContent(x.contentHash(), x.wordCount(), y.contentHash(), y.wordCount());
      PreparedCache.Analysis ex = cache.get(numberX, x);
      PreparedCache.Analysis ey = cache.get(numberY, y);
      boolean judged = judgedWhole.value().contains(new Tuple2<>(Math.min(numberX, numberY), Math.max(numberX, numberY)));
      verifier.verify(ex.prepared(), ey.prepared(), same, judged).ifPresent(pair -> {
        boolean xIsA = pair.a().equals(x.source().id());
        Verified verified = new Verified(xIsA ? numberX : numberY, xIsA ? numberY : numberX, pair);
        sink.accept(verified, xIsA ? ex : ey, xIsA ? ey : ex);
      });
    });
  }
}
