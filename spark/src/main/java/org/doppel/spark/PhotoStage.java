package org.doppel.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.doppel.PagePictures;
import org.doppel.PhotoFinder;
import org.doppel.ScanPhotos;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.image.PagePlace;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoMatcher;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.match.photo.SiteFurniture;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.doppel.report.JsonLinesReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The photos documents share, as {@code doppel scan} finds them ({@link ScanPhotos}), on the executors:
 * <ol>
 *   <li><b>hash</b>: each document's pictures (files beside a saved page, a crawl's picture records by
 *       URL: {@link PagePictures}) are decoded and hashed where the document was read;
 *   <li><b>candidates</b>: a Spark SQL join of the pictures' {@link PhotoPostings} keys (chunk values spread
 *       halfway on both sides, so a pair meets where the scan's multi-index hashing would visit it), each
 *       with its hash, kept when the two hashes are within the matcher's largest threshold; keys
 *       posted by more than {@link #MAX_POSTINGS} pictures are dropped by a broadcast anti-join, logged and
 *       counted; pairs within one document are left out, as in the scan;
 *   <li><b>verify</b>: the candidates of each picture are joined to it, the earlier ones (in read order) to
 *       their hashes, and the core's {@link PhotoMatcher} matches it with them in read order, as the scan
 *       does (a pair's match depends only on its two pictures and which was read first);
 *   <li><b>furniture</b>: a pair of one site's pictures goes when either is on {@link SiteFurniture#MIN_PAGES} or
 *       more pages of the site (its logo, a portrait, a badge), counted from the matches as the scan counts them,
 *       or when both are its share card (named only in their pages' heads, {@link SiteFurniture#areShareCards});
 *   <li><b>attach</b>: the shared photos of each document pair, in the scan's order, are added to its pair's
 *       line; a document pair with photos and no text relation becomes a {@code shared_photo} line, after
 *       the text pairs, as the scan writes them.
 * </ol>
 * Only counts reach the driver.
 */
final class PhotoStage implements Serializable {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoStage.class);
  private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();
  /**
   * Photo keys posted by more pictures than this are skipped. The local scan has no such cap: the two
   * differ only when a 16-bit chunk value (spread by a bit) is posted by this many pictures, which
   * flat or near-blank pictures cause; the join would otherwise pair each of them with every asker.
   */
  static final int MAX_POSTINGS = 10_000;
  private static final int RESET_MATCHER = 2_048;

  /**
   * A document's picture.
   *
   * @param doc the document's number ({@link DocumentNumbers}: read order)
   * @param position the picture's place among the document's pictures
   */
  record Picture(long doc, int position, String documentId, String imageId, ArticleMetadata.Image figure, byte[] hashes, PagePlace place)
      implements Serializable {
    ScanPhotos.Side side() {
      return new ScanPhotos.Side(documentId, imageId, figure);
    }

    Tuple2<Long, Integer> key() {
      return new Tuple2<>(doc, position);
    }

    static Comparator<Picture> READ_ORDER = Comparator.comparingLong(Picture::doc).thenComparingInt(Picture::position);
  }

  /**
   * A shared photo of two documents with the read order of its pictures (later first), for the scan's order.
   *
   * @param numberA the number of the document whose id comes first (the pair's {@code a})
   * @param numberB the other document's number
   */
  record Found(long numberA, long numberB, long laterDoc, int laterPosition, long earlierDoc, int earlierPosition, SharedPhoto photo,
      PagePlace laterPlace, PagePlace earlierPlace) implements Serializable {
    boolean sameSite() {
      return laterPlace.sameSite(earlierPlace);
    }

    Tuple2<Long, Integer> later() {
      return new Tuple2<>(laterDoc, laterPosition);
    }

    Tuple2<Long, Integer> earlier() {
      return new Tuple2<>(earlierDoc, earlierPosition);
    }
  }

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
    JavaRDD<Picture> pictures = analysed.values().mapPartitions(documents -> hash(documents, problems, skipped)).persist(KEEP);
    long pictureCount = pictures.count();
    counts.put("pictures", pictureCount);
    counts.put(PICTURE_PROBLEMS, problems.value());
    counts.put(PICTURE_PROBLEMS_SKIPPED, skipped.value());
    if (pictureCount < 2) {
      pictures.unpersist(false);
      return new Result(null, counts);
    }
    Dataset<Row> posted = spark.createDataFrame(pictures.flatMap(p -> rows(p, true)), KEYS);
    Dataset<Row> asked = spark.createDataFrame(pictures.flatMap(p -> rows(p, false)), KEYS);
    Dataset<Row> hot = posted.groupBy("grp", "key").agg(count(lit(1)).as("n")).where(col("n").gt(MAX_POSTINGS)).select("grp", "key").persist(KEEP);
    long hotKeys = hot.count();
    counts.put("hot_keys", hotKeys);
    if (hotKeys > 0) {
      LOG.info("{} photo keys posted by more than {} pictures skipped", hotKeys, MAX_POSTINGS);
    }
    Dataset<Row> p = renamed(posted.join(broadcast(hot), KEY_COLUMNS, "left_anti"), "p");
    Dataset<Row> q = renamed(asked, "q");
    // Two hashes that meet on a key are compared at once: no comparison of the matcher matches hashes
    // farther apart than its largest threshold, and most pairs met by a chunk value are not that close.
    // Each unordered pair once, the picture read first as "e": documents are read in number order.
    Dataset<Row> candidates = q.join(p, KEY_COLUMNS).where(col("q_doc").notEqual(col("p_doc")))
        .where(expr("bit_count(q_w0 ^ p_w0) + bit_count(q_w1 ^ p_w1) + bit_count(q_w2 ^ p_w2) + bit_count(q_w3 ^ p_w3) <= "
            + PhotoThresholds.DEFAULTS.max()))
        .select(when(col("q_doc").lt(col("p_doc")), col("q_doc")).otherwise(col("p_doc")).as("e_doc"),
            when(col("q_doc").lt(col("p_doc")), col("q_pos")).otherwise(col("p_pos")).as("e_pos"),
            when(col("q_doc").lt(col("p_doc")), col("p_doc")).otherwise(col("q_doc")).as("l_doc"),
            when(col("q_doc").lt(col("p_doc")), col("p_pos")).otherwise(col("q_pos")).as("l_pos"))
        .distinct();
    JavaPairRDD<Tuple2<Long, Integer>, Picture> byKey = pictures.mapToPair(pic -> new Tuple2<>(pic.key(), pic));
    JavaPairRDD<Tuple2<Long, Integer>, Tuple2<Long, Integer>> earlierToLater = candidates.javaRDD()
        .mapToPair(r -> new Tuple2<>(new Tuple2<>(r.getLong(0), r.getInt(1)), new Tuple2<>(r.getLong(2), r.getInt(3))))
        .persist(KEEP);
    counts.put("candidate_pairs", earlierToLater.count());
    JavaPairRDD<Tuple2<Long, Integer>, Iterable<Picture>> earlierOfLater = earlierToLater.join(byKey, partitions)
        .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
        .groupByKey(partitions);
    JavaRDD<Found> matched = earlierOfLater.join(byKey, partitions).mapPartitions(PhotoStage::match).persist(KEEP);
    JavaRDD<Found> found = withoutFurniture(matched, counts).persist(KEEP);
    counts.put("shared_photos", found.count());
    matched.unpersist(false);
    earlierToLater.unpersist(false);
    hot.unpersist();
    JavaPairRDD<Tuple2<Long, Long>, List<SharedPhoto>> byPair = found
        .mapToPair(f -> new Tuple2<>(new Tuple2<>(f.numberA(), f.numberB()), f))
        .groupByKey(partitions)
        .mapValues(PhotoStage::inScanOrder)
        .persist(KEEP);
    counts.put("document_pairs", byPair.count());
    found.unpersist(false);
    pictures.unpersist(false);
    return new Result(byPair, counts);
  }

  /**
   * The matches less the pairs of one site's furniture ({@link SiteFurniture}), as the scan leaves them out: a
   * picture's pages of its site are its own and those of the same site's pictures it matches; a pair of one site
   * goes when either picture is on {@link SiteFurniture#MIN_PAGES} or more, or is the site's share card
   * ({@link SiteFurniture#areShareCards}).
   */
  private JavaRDD<Found> withoutFurniture(JavaRDD<Found> matched, Map<String, Long> counts) {
    JavaRDD<Found> sameSite = matched.filter(Found::sameSite);
    JavaPairRDD<Tuple2<Long, Integer>, Boolean> furniture = sameSite
        .flatMapToPair(f -> List.of(new Tuple2<>(f.later(), f.earlierDoc()), new Tuple2<>(f.earlier(), f.laterDoc())).iterator())
        .distinct(partitions)
        .mapValues(doc -> 1)
        .reduceByKey(Integer::sum, partitions)
        .filter(pages -> SiteFurniture.isFurniture(pages._2() + 1))
        .mapValues(pages -> true)
        .union(sameSite.filter(f -> SiteFurniture.areShareCards(f.laterPlace(), f.earlierPlace()))
            .flatMapToPair(f -> List.of(new Tuple2<>(f.later(), true), new Tuple2<>(f.earlier(), true)).iterator()))
        .reduceByKey((a, b) -> true, partitions)
        .persist(KEEP);
    counts.put("furniture_pictures", furniture.count());
    JavaRDD<Found> kept = sameSite.keyBy(Found::later).leftOuterJoin(furniture, partitions)
        .mapToPair(x -> new Tuple2<>(x._2()._1().earlier(), new Tuple2<>(x._2()._1(), x._2()._2().isPresent())))
        .leftOuterJoin(furniture, partitions)
        .filter(x -> !SiteFurniture.setsAside(x._2()._1()._1().laterPlace(), x._2()._1()._1().earlierPlace(), x._2()._1()._2(), x._2()._2().isPresent()))
        .map(x -> x._2()._1()._1());
    counts.put("furniture_pairs", sameSite.count() - kept.count());
    furniture.unpersist(false);
    return matched.filter(f -> !f.sameSite()).union(kept);
  }

  /**
   * The pair lines with their photos, then a {@code shared_photo} line for each document pair with photos
   * and no text relation: each part sorted by the pair's ids, as the scan writes them.
   */
  JavaRDD<String> lines(JavaRDD<DirectionStage.Judged> judged, Result photos) {
    JavaPairRDD<Tuple2<Long, Long>, DirectionStage.Judged> byNumbers = judged.mapToPair(j -> new Tuple2<>(new Tuple2<>(j.numberA(), j.numberB()), j));
    JavaRDD<String> text = byNumbers.leftOuterJoin(photos.byPair(), partitions)
        .mapToPair(j -> new Tuple2<>(j._2()._1().sortKey(), JsonLinesReport.addPhotos(j._2()._1().line(), j._2()._2().orElse(List.of()))))
        .sortByKey(true, partitions)
        .values();
    JavaRDD<String> photoOnly = photos.byPair().subtractByKey(byNumbers, partitions)
        .mapToPair(pair -> photoOnlyLine(pair._2()))
        .sortByKey(true, partitions)
        .values();
    return text.union(photoOnly);
  }

  private static Tuple2<String, String> photoOnlyLine(List<SharedPhoto> photos) {
    String a = documentOf(photos.get(0).imageA());
    String b = documentOf(photos.get(0).imageB());
    RelatedPair pair = PhotoRelations.withPhotoOnlyPairs(List.of(), Map.of(PhotoRelations.key(a, b), photos)).get(0);
    // a photo-only pair has no passages: the texts are never read
    String line = JsonLine.of(writer -> new JsonLinesReport(id -> "").withPhotos(p -> photos).write(List.of(pair), writer));
    return new Tuple2<>(pair.a() + '\u0000' + pair.b(), line);
  }

  /** The document id of an image id ("document#url"); a shared photo's sides are from two documents whose ids are known. */
  private static String documentOf(String imageId) {
    return imageId.substring(0, imageId.indexOf('#'));
  }

  private static Iterator<Picture> hash(Iterator<Analysed> documents, LongAccumulator problemCount, LongAccumulator skippedCount) {
    Consumer<IngestProblem> said = problem -> {
      System.err.println("doppel-spark: " + problem);
      if (!problem.note()) {
        problemCount.add(1);
        skippedCount.add(problem.skipped() ? 1 : 0);
      }
    };
    PagePictures pages = new PagePictures(said);
    PhotoFinder hasher = new PhotoFinder(1, PhotoThresholds.DEFAULTS);
    List<Picture> out = new ArrayList<>();
    documents.forEachRemaining(document -> {
      List<PagePictures.Figure> figures = pages.of(document.source());
      PagePlace place = PagePictures.placeOf(document.source());
      for (int i = 0; i < figures.size(); i++) {
        PagePictures.Figure figure = figures.get(i);
        int position = i;
        hasher.hash(figure.input(), problem -> said.accept(ScanPhotos.onThePage(problem))).ifPresent(hashes ->
            out.add(new Picture(document.number(), position, document.source().id(), figure.imageId(), figure.image(), hashes.toBytes(), place.of(figure.image()))));
      }
    });
    return out.iterator();
  }

  /** The picture's keys with the hash each comes from: what it posts, or what it asks. */
  private static Iterator<Row> rows(Picture picture, boolean posts) {
    List<Row> rows = new ArrayList<>();
    PhotoPostings.KeySink sink = (group, key, hash) ->
        rows.add(RowFactory.create(group, key, picture.doc(), picture.position(), hash.w0(), hash.w1(), hash.w2(), hash.w3()));
    PhotoHashes hashes = PhotoHashes.fromBytes(picture.hashes());
    if (posts) {
      PhotoPostings.postHalfway(hashes, sink);
    } else {
      PhotoPostings.askHalfway(hashes, sink);
    }
    return rows.iterator();
  }

  private static Dataset<Row> renamed(Dataset<Row> keys, String side) {
    Dataset<Row> out = keys;
    for (String column : List.of("doc", "pos", "w0", "w1", "w2", "w3")) {
      out = out.withColumnRenamed(column, side + "_" + column);
    }
    return out;
  }

  /**
   * Matches each later picture with its candidates, the earlier pictures added first in read order. One
   * matcher serves many pictures; a match with a picture of another picture's candidates is not this
   * picture's candidate pair and is left to its own group (it is found there too).
   */
  private static Iterator<Found> match(Iterator<Tuple2<Tuple2<Long, Integer>, Tuple2<Iterable<Picture>, Picture>>> groups) {
    List<Found> out = new ArrayList<>();
    PhotoMatcher matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS);
    while (groups.hasNext()) {
      Tuple2<Tuple2<Long, Integer>, Tuple2<Iterable<Picture>, Picture>> group = groups.next();
      List<Picture> earlier = new ArrayList<>();
      group._2()._1().forEach(earlier::add);
      earlier.sort(Picture.READ_ORDER);
      Picture later = group._2()._2();
      if (matcher.size() > RESET_MATCHER) {
        matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS); // its index only grows: searches would slow down
      }
      int first = matcher.size();
      for (Picture picture : earlier) {
        matcher.add(PhotoHashes.fromBytes(picture.hashes()));
      }
      for (PhotoMatch match : matcher.add(PhotoHashes.fromBytes(later.hashes()))) {
        if (match.a() >= first) {
          Picture before = earlier.get(match.a() - first);
          Map<String, List<SharedPhoto>> filed = new HashMap<>();
          ScanPhotos.add(filed, before.side(), later.side(), match);
          boolean laterIsA = later.documentId().compareTo(before.documentId()) < 0;
          for (List<SharedPhoto> photos : filed.values()) {
            for (SharedPhoto photo : photos) {
              out.add(new Found(laterIsA ? later.doc() : before.doc(), laterIsA ? before.doc() : later.doc(),
                  later.doc(), later.position(), before.doc(), before.position(), photo, later.place(), before.place()));
            }
          }
        }
      }
    }
    return out.iterator();
  }

  /** A document pair's photos in the order the scan lists them: by the later picture's read order, then the earlier's. */
  private static List<SharedPhoto> inScanOrder(Iterable<Found> found) {
    List<Found> list = new ArrayList<>();
    found.forEach(list::add);
    list.sort(Comparator.comparingLong(Found::laterDoc).thenComparingInt(Found::laterPosition)
        .thenComparingLong(Found::earlierDoc).thenComparingInt(Found::earlierPosition));
    return list.stream().map(Found::photo).toList();
  }

  private static final scala.collection.immutable.Seq<String> KEY_COLUMNS =
      scala.jdk.javaapi.CollectionConverters.asScala(List.of("grp", "key")).toSeq();

  private static final StructType KEYS = new StructType()
      .add("grp", DataTypes.IntegerType, false)
      .add("key", DataTypes.IntegerType, false)
      .add("doc", DataTypes.LongType, false)
      .add("pos", DataTypes.IntegerType, false)
      .add("w0", DataTypes.LongType, false)
      .add("w1", DataTypes.LongType, false)
      .add("w2", DataTypes.LongType, false)
      .add("w3", DataTypes.LongType, false);
}
