package org.doppel.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.doppel.ScanPhotos;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoMatcher;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.relate.SharedPhoto;
import scala.Tuple2;

/**
 * The photo stage's verifying step, on the executors: the core's {@link PhotoMatcher} matches each later picture with
 * its candidates in read order, as the scan does (a pair's match depends only on its two pictures and which was read
 * first).
 */
final class PictureMatching {
  private static final int RESET_MATCHER = 2_048;

  private PictureMatching() {}

  /**
   * Matches each later picture with its candidates, the earlier pictures added first in read order. One
   * matcher serves many pictures; a match with a picture of another picture's candidates is not this
   * picture's candidate pair and is left to its own group (it is found there too).
   */
  static Iterator<FoundPhoto> match(Iterator<Tuple2<Tuple2<Long, Integer>, Tuple2<Iterable<HashedPicture>, HashedPicture>>> groups) {
    List<FoundPhoto> out = new ArrayList<>();
    PhotoMatcher matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS);
    while (groups.hasNext()) {
      Tuple2<Tuple2<Long, Integer>, Tuple2<Iterable<HashedPicture>, HashedPicture>> group = groups.next();
      List<HashedPicture> earlier = new ArrayList<>();
      group._2()._1().forEach(earlier::add);
      earlier.sort(HashedPicture.READ_ORDER);
      HashedPicture later = group._2()._2();
      if (matcher.size() > RESET_MATCHER) {
        matcher = new PhotoMatcher(PhotoThresholds.DEFAULTS); // its index only grows: searches would slow down
      }
      int first = matcher.size();
      for (HashedPicture picture : earlier) {
        matcher.add(PhotoHashes.fromBytes(picture.hashes()));
      }
      for (PhotoMatch match : matcher.add(PhotoHashes.fromBytes(later.hashes()))) {
        if (match.a() >= first) {
          HashedPicture before = earlier.get(match.a() - first);
          Map<String, List<SharedPhoto>> filed = new HashMap<>();
          ScanPhotos.add(filed, before.side(), later.side(), match);
          boolean laterIsA = later.documentId().compareTo(before.documentId()) < 0;
          for (List<SharedPhoto> photos : filed.values()) {
            for (SharedPhoto photo : photos) {
              out.add(new FoundPhoto(laterIsA ? later.doc() : before.doc(), laterIsA ? before.doc() : later.doc(),
                  later.doc(), later.position(), before.doc(), before.position(), photo, later.place(), before.place()));
            }
          }
        }
      }
    }
    return out.iterator();
  }
}
