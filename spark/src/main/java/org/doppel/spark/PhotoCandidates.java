package org.doppel.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.match.photo.PhotoThresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The photo stage's candidate pairs: a Spark SQL join of the pictures' {@link PhotoPostings} keys (chunk values spread
 * halfway on both sides, so a pair meets where the scan's multi-index hashing would visit it), each with its hash,
 * kept when the two hashes are within the matcher's largest threshold; keys posted by more than {@link #MAX_POSTINGS}
 * pictures are dropped by a broadcast anti-join, logged and counted; pairs within one document are left out, as in
 * the scan.
 *
 * @param earlierToLater each unordered pair once, as the keys (document number, position) of the picture read first
 *     and of the later one; persisted
 * @param hotKeys the keys left out; persisted
 */
record PhotoCandidates(JavaPairRDD<Tuple2<Long, Integer>, Tuple2<Long, Integer>> earlierToLater, Dataset<Row> hotKeys) {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoCandidates.class);
  /**
   * Photo keys posted by more pictures than this are skipped. The local scan has no such cap: the two
   * differ only when a 16-bit chunk value (spread by a bit) is posted by this many pictures, which
   * flat or near-blank pictures cause; the join would otherwise pair each of them with every asker.
   */
  static final int MAX_POSTINGS = 10_000;

  /** The candidate pairs of {@code pictures}; the number of hot keys goes in {@code counts}. */
  static PhotoCandidates of(SparkSession spark, JavaRDD<HashedPicture> pictures, Map<String, Long> counts) {
    Dataset<Row> posted = spark.createDataFrame(pictures.flatMap(p -> rows(p, true)), KEYS);
    Dataset<Row> asked = spark.createDataFrame(pictures.flatMap(p -> rows(p, false)), KEYS);
    Dataset<Row> hot = posted.groupBy("grp", "key").agg(count(lit(1)).as("n")).where(col("n").gt(MAX_POSTINGS)).select("grp", "key").persist(PhotoStage.KEEP);
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
    JavaPairRDD<Tuple2<Long, Integer>, Tuple2<Long, Integer>> earlierToLater = candidates.javaRDD()
        .mapToPair(r -> new Tuple2<>(new Tuple2<>(r.getLong(0), r.getInt(1)), new Tuple2<>(r.getLong(2), r.getInt(3))))
        .persist(PhotoStage.KEEP);
    return new PhotoCandidates(earlierToLater, hot);
  }

  /** Drops what {@link #of} persisted, once the pairs are matched. */
  void release() {
    earlierToLater.unpersist(false);
    hotKeys.unpersist();
  }

  /** The picture's keys with the hash each comes from: what it posts, or what it asks. */
  private static Iterator<Row> rows(HashedPicture picture, boolean posts) {
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
