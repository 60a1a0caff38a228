package org.doppel.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.ingest.image.PagePlace;
import org.doppel.relate.SharedPhoto;
import scala.Tuple2;

/**
 * A shared photo of two documents with the read order of its pictures (later first), for the scan's order.
 *
 * @param numberA the number of the document whose id comes first (the pair's {@code a})
 * @param numberB the other document's number
 */
record FoundPhoto(long numberA, long numberB, long laterDoc, int laterPosition, long earlierDoc, int earlierPosition, SharedPhoto photo,
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

  /** A document pair's photos in the order the scan lists them: by the later picture's read order, then the earlier's. */
  static List<SharedPhoto> inScanOrder(Iterable<FoundPhoto> found) {
    List<FoundPhoto> list = new ArrayList<>();
    found.forEach(list::add);
    list.sort(Comparator.comparingLong(FoundPhoto::laterDoc).thenComparingInt(FoundPhoto::laterPosition)
        .thenComparingLong(FoundPhoto::earlierDoc).thenComparingInt(FoundPhoto::earlierPosition));
    return list.stream().map(FoundPhoto::photo).toList();
  }
}
