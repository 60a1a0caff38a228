package org.doppel.spark;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.doppel.provenance.StoryLinks;
import org.doppel.index.CandidateKeys;
import scala.Tuple2;

/**
 * The scan as a Spark job, stage by stage, with the core doing every judgement:
 * <ol>
 *   <li><b>read</b> ({@link ReadStage}): the driver lists files; executors read them with the core's readers, straight into the
 *       partitioning of {@link DocumentNumbers}; the first of two documents with one id wins, as locally;
 *   <li><b>fingerprint</b> ({@link DocumentAnalysis}): the core's analyser and fingerprinter on the executors;
 *   <li><b>candidates</b> ({@link CandidateStage}): one shuffle brings the postings (packed kind and key, document) of each key to one
 *       partition, in blocks of primitive columns ({@link Columns}); per key, {@link KeyGroups} counts the
 *       document pairs that share it, what a self-join on the key gives, unless the key is posted more than
 *       {@code maxPostings} times: a stock phrase, logged and counted, whose pairs are never made; a second
 *       shuffle adds up each pair's counts, and pairs sharing enough keys of one kind
 *       ({@link CandidateKeys#minShared}) are candidates, each once;
 *   <li><b>verify</b> ({@link PairVerification}): candidate pairs meet both texts ({@link TextMeetings}) and are verified by
 *       the core's verifier, with the stock lines counted first ({@link StockLineCount});
 *   <li><b>provenance</b>: document frequencies counted by a distributed reduce, the counts of each verified
 *       pair's words joined to it, and the core's direction judge run per pair;
 *   <li><b>families</b> (when asked): connected components by label propagation, the core's family builder
 *       per component, families numbered by a distributed sort as the local scan numbers them.
 * </ol>
 * The photos documents share are found beside them ({@link PhotoStage}) and attached to the pair lines.
 * Only counts, file names and the few hottest keys reach the driver.
 */
final class DistributedScan {
  /** Deserialized: every stage reads the documents again, and Java deserialisation of their texts cost more than the stages. */
  static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK();
  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final Detection detection;
  private final int partitions;
  private final DocumentNumbers placement;
  private final int broadcastWords;
  private final StageClock clock;

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
    this.clock = new StageClock(jsc);
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
    clock.begin("read");
    ReadStage read = ReadStage.of(jsc, inputs, out, placement, partitions);
    JavaPairRDD<Long, ReadItem> unique = read.unique();
    long problemCount = read.problemCount();
    long duplicates = read.duplicates();

    clock.begin("fingerprint");
    PartitionCache<Tuple2<Long, Analysed>> analysedCache = PartitionCache.of(unique.mapPartitionsToPair(d -> DocumentAnalysis.of(d, detection), true));
    JavaPairRDD<Long, Analysed> analysed = PartitionCache.pairs(analysedCache);
    long docs = analysed.count();
    read.release();
    Broadcast<long[]> stockKeys = jsc.broadcast(StockLineCount.keys(analysed, detection.tools().stockLines().minSurroundings(), partitions));

    clock.begin("photos");
    PhotoStage.Result photos = new PhotoStage(spark, partitions).find(analysed);

    Proposed proposed = propose(analysed, detection); // the stages "candidates" and "vectors"
    CandidateStage candidates = proposed.candidates();

    clock.begin("frequencies"); // document frequencies for provenance: the words of two or more documents, broadcast when they are few enough
    PartitionCache<Tuple2<Long, Integer>> sharedWordsCache = PartitionCache.of(DirectionStage.sharedWords(analysed));
    JavaPairRDD<Long, Integer> sharedWords = PartitionCache.pairs(sharedWordsCache);
    Broadcast<DirectionStage.WordCounts> wordTable = sharedWords.count() <= broadcastWords
        ? jsc.broadcast(DirectionStage.wordCounts(sharedWords.collect())) : null;

    clock.begin("verify");
    Judging judging = judgedPairs(candidates.pairs(), analysed, (int) docs, detection, stockKeys, proposed.judgedWhole(), wordTable,
        sharedWords);
    SettledDirections directions = SettledDirections.of(judging.judged(), analysed, partitions);
    JavaRDD<DirectionStage.Judged> judged = directions.judged();
    candidates.pairs().unpersist(false);
    writePairs(judged, photos, out + "/pairs");
    sharedWordsCache.release();

    long familyCount = -1;
    int[] rounds = {0};
    if (families) {
      clock.begin("families");
      FamilyStage.Words words = new FamilyStage.Words(storyLinks, detection, new DirectionStage(placement, (int) docs), wordTable);
      familyCount = new FamilyStage(placement, partitions).write(judged, analysed, words, out + "/families", rounds);
    }
    if (duplicateSets) {
      clock.begin("duplicates");
      new DuplicateStage(placement, partitions).write(judged, analysed, out + "/duplicates", new int[1]);
    }
    clock.begin(null);
    directions.release();
    judging.release().run();
    analysedCache.release();
    if (!photos.isEmpty()) {
      photos.byPair().unpersist(false);
    }
    return new ScanStats(read.files(), docs, problemCount, read.skippedProblems(), duplicates, candidates.count(), candidates.hotKeys(), candidates.hottest(), judging.verifiedCount(),
        familyCount, rounds[0], clock.seconds(), photos.counts(), proposed.vectorCounts());
  }

  /**
   * The candidate pairs and what the vector search counted; {@code judgedWhole}: those of them that the short texts'
   * floor alone proposed, reported only if the whole-text judge agrees.
   */
  private record Proposed(CandidateStage candidates, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole, Map<String, Long> vectorCounts) {}

  /** The candidate pairs: those sharing enough keys ({@link CandidateStage}), and the short texts' nearest by vocabulary vector. */
  private Proposed propose(JavaPairRDD<Long, Analysed> analysed, Detection detection) {
    clock.begin("candidates");
    CandidateStage keyed = CandidateStage.of(analysed, detection, partitions);
    clock.begin("vectors"); // short texts' nearest neighbours by vocabulary vector, as the scan proposes them (none in a corpus of articles)
    VectorStage.Result vectorPairs = VectorStage.pairs(jsc, analysed, detection.tools().settings().rewrites().vectorSearch(), partitions);
    // the vector pairs close only by the short texts' floor that no key proposes: reported only if the whole-text judge agrees
    Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole = jsc.broadcast(JudgedWholePairs.of(vectorPairs.shortTextsOnly(), keyed.pairs(), jsc));
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
          PartitionCache.of(meetings.mapPartitions(p -> PairVerification.verifyAndJudge(p, detection, stockKeys, judgedWhole, directions, wordTable)));
      JavaRDD<DirectionStage.Judged> judged = judgedCache.rows();
      long verifiedCount = judged.count();
      clock.begin("provenance");
      return new Judging(judged, verifiedCount, () -> {
        judged.unpersist(false);
        judgedCache.release();
      });
    }
    JavaRDD<Verified> verified = meetings.mapPartitions(p -> PairVerification.verify(p, detection, stockKeys, judgedWhole)).persist(KEEP);
    long verifiedCount = verified.count();
    clock.begin("provenance");
    JavaRDD<DirectionStage.Judged> judged = directions.judge(verified, analysed, sharedWords).persist(KEEP);
    return new Judging(judged, verifiedCount, () -> {
      verified.unpersist(false);
      judged.unpersist(false);
    });
  }

}
