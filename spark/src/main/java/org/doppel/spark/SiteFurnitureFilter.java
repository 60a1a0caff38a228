package org.doppel.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.doppel.match.photo.SiteFurniture;
import scala.Tuple2;

/**
 * The photo stage's furniture step: a pair of one site's pictures goes when either is on {@link SiteFurniture#MIN_PAGES}
 * or more pages of the site (its logo, a portrait, a badge), counted from the matches as the scan counts them, or when
 * both are its share card (named only in their pages' heads, {@link SiteFurniture#areShareCards}).
 */
final class SiteFurnitureFilter {
  private SiteFurnitureFilter() {}

  /**
   * The matches less the pairs of one site's furniture ({@link SiteFurniture}), as the scan leaves them out: a
   * picture's pages of its site are its own and those of the same site's pictures it matches; a pair of one site
   * goes when either picture is on {@link SiteFurniture#MIN_PAGES} or more, or is the site's share card
   * ({@link SiteFurniture#areShareCards}).
   */
  static JavaRDD<FoundPhoto> withoutFurniture(JavaRDD<FoundPhoto> matched, Map<String, Long> counts, int partitions) {
    JavaRDD<FoundPhoto> sameSite = matched.filter(FoundPhoto::sameSite);
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
        .persist(PhotoStage.KEEP);
    counts.put("furniture_pictures", furniture.count());
    JavaRDD<FoundPhoto> kept = sameSite.keyBy(FoundPhoto::later).leftOuterJoin(furniture, partitions)
        .mapToPair(x -> new Tuple2<>(x._2()._1().earlier(), new Tuple2<>(x._2()._1(), x._2()._2().isPresent())))
        .leftOuterJoin(furniture, partitions)
        .filter(x -> !SiteFurniture.setsAside(x._2()._1()._1().laterPlace(), x._2()._1()._1().earlierPlace(), x._2()._1()._2(), x._2()._2().isPresent()))
        .map(x -> x._2()._1()._1());
    counts.put("furniture_pairs", sameSite.count() - kept.count());
    furniture.unpersist(false);
    return matched.filter(f -> !f.sameSite()).union(kept);
  }
}
