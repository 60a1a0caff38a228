package org.doppel.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.doppel.report.JsonLinesReport;
import scala.Tuple2;

/**
 * The photo stage's last step: the shared photos of each document pair, in the scan's order, added to its pair's line;
 * a document pair with photos and no text relation becomes a {@code shared_photo} line, after the text pairs, as the
 * scan writes them.
 */
final class PhotoLines {
  private PhotoLines() {}

  /**
   * The pair lines with their photos, then a {@code shared_photo} line for each document pair with photos
   * and no text relation: each part sorted by the pair's ids, as the scan writes them.
   */
  static JavaRDD<String> of(JavaRDD<DirectionStage.Judged> judged, PhotoStage.Result photos, int partitions) {
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
}
