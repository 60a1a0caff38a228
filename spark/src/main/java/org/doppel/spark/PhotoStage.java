package org.doppel.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.doppel.ScanPhotos;
import org.doppel.relate.SharedPhoto;
import scala.Tuple2;

/**
 * The photos documents share, as {@code doppel scan} finds them ({@link ScanPhotos}), on the executors:
 * <ol>
 *   <li><b>hash</b> ({@link PictureHashing}): each document's pictures are decoded and hashed where the document
 *       was read;
 *   <li><b>candidates</b> ({@link PhotoCandidates}): a Spark SQL join of the pictures' keys, each with its hash,
 *       kept when the two hashes are within the matcher's largest threshold, hot keys dropped;
 *   <li><b>verify</b> ({@link PictureMatching}): the candidates of each picture are joined to it, the earlier ones
 *       (in read order) to their hashes, and the core's matcher matches it with them in read order, as the scan does;
 *   <li><b>furniture</b> ({@link SiteFurnitureFilter}): a pair of one site's logo, portrait, badge or share card goes;
 *   <li><b>attach</b> ({@link PhotoLines}): the shared photos of each document pair, in the scan's order, are added
 *       to its pair's line; a document pair with photos and no text relation becomes a {@code shared_photo} line.
 * </ol>
 * Only counts reach the driver.
 */
final class PhotoStage implements Serializable {
  static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();

  /**
   * What the stage found: shared photos keyed by the numbers of the two documents, that of the
   * document with the smaller id first (as a pair's {@code a}); empty when there are none.
   */
  record Result(JavaPairRDD<Tuple2<Long, Long>, List<SharedPhoto>> byPair, Map<String, Long> counts) {
    boolean isEmpty() {
      return byPair == null;
    }
  }

  /** The counts' key for the pages' pictures that could not be read, each said on its executor's stderr. */
  static final String PICTURE_PROBLEMS = "picture_problems";
  /** The counts' key for those of them that left something out (a crawl's pictures that cannot be read). */
  static final String PICTURE_PROBLEMS_SKIPPED = "picture_problems_skipped";

  private final SparkSession spark;
  private final int partitions;

  PhotoStage(SparkSession spark, int partitions) {
    this.spark = spark;
    this.partitions = partitions;
  }

  Result find(JavaPairRDD<Long, Analysed> analysed) {
    Map<String, Long> counts = new LinkedHashMap<>();
    // a page's picture that cannot be read is said on the executor and counted, a warning about its page, as the
    // local scan counts it in its summary; read once the pictures are counted (persisted, they are not hashed again)
    LongAccumulator problems = spark.sparkContext().longAccumulator("picture problems");
    LongAccumulator skipped = spark.sparkContext().longAccumulator("picture problems that skipped something");
    JavaRDD<HashedPicture> pictures = analysed.values().mapPartitions(documents -> PictureHashing.hash(documents, problems, skipped)).persist(KEEP);
    long pictureCount = pictures.count();
    counts.put("pictures", pictureCount);
    counts.put(PICTURE_PROBLEMS, problems.value());
    counts.put(PICTURE_PROBLEMS_SKIPPED, skipped.value());
    if (pictureCount < 2) {
      pictures.unpersist(false);
      return new Result(null, counts);
    }
    PhotoCandidates candidates = PhotoCandidates.of(spark, pictures, counts);
    JavaPairRDD<Tuple2<Long, Integer>, HashedPicture> byKey = pictures.mapToPair(pic -> new Tuple2<>(pic.key(), pic));
    counts.put("candidate_pairs", candidates.earlierToLater().count());
    JavaPairRDD<Tuple2<Long, Integer>, Iterable<HashedPicture>> earlierOfLater = candidates.earlierToLater().join(byKey, partitions)
        .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
        .groupByKey(partitions);
    JavaRDD<FoundPhoto> matched = earlierOfLater.join(byKey, partitions).mapPartitions(PictureMatching::match).persist(KEEP);
    JavaRDD<FoundPhoto> found = SiteFurnitureFilter.withoutFurniture(matched, counts, partitions).persist(KEEP);
    counts.put("shared_photos", found.count());
    matched.unpersist(false);
    candidates.release();
    JavaPairRDD<Tuple2<Long, Long>, List<SharedPhoto>> byPair = found
        .mapToPair(f -> new Tuple2<>(new Tuple2<>(f.numberA(), f.numberB()), f))
        .groupByKey(partitions)
        .mapValues(FoundPhoto::inScanOrder)
        .persist(KEEP);
    counts.put("document_pairs", byPair.count());
    found.unpersist(false);
    pictures.unpersist(false);
    return new Result(byPair, counts);
  }
}
