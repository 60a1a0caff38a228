package org.doppel.match.photo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.fingerprint.photo.Box;
import org.doppel.fingerprint.photo.PhotoFingerprint;
import org.doppel.fingerprint.photo.PhotoHash;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.fingerprint.photo.PhotoRegion;
import org.doppel.index.photo.PhotoIndex;

/**
 * Matches each new picture against those added before it, through a {@link PhotoIndex} of their kept
 * hashes, and keeps the pictures' content boxes. The comparisons are chosen so that a pair is found
 * whichever of the two comes first: whole against whole; whole against a region (the new picture a
 * crop of an old one) and a region against whole (the other way); mirrored whole against whole
 * (flipping is its own inverse); the centre of a picture's frame (band and all, kept when a band was
 * trimmed) against centres both ways (a band found in one copy only, or a banner over the photo's edge
 * taken for a band);
 * each region against the same region (an overlay or banner spares some of them); the picture turned
 * back by a few degrees against the centre (its own probes cover both orders, see RotationProbes).
 * Per pair the closest comparison under its threshold wins. Not thread-safe; add pictures in order.
 */
public final class PhotoMatcher {
  private static final int WHOLE = PhotoRegion.WHOLE.ordinal();
  private static final int WHOLE_ONLY = 1 << WHOLE;
  private static final int CENTRE_ONLY = 1 << PhotoRegion.CENTRE_80.ordinal();
  private static final int FRAME = PhotoFingerprint.FRAME_TAG;
  private static final int ALL_REGIONS = (1 << PhotoRegion.values().length) - 1;
  private final PhotoThresholds thresholds;
  private final PhotoIndex index;
  private final List<Box> contents = new ArrayList<>();

  public PhotoMatcher(PhotoThresholds thresholds) {
    this(thresholds, new PhotoIndex(PhotoIndex.SEARCH_RADIUS));
  }

  public PhotoMatcher(PhotoThresholds thresholds, PhotoIndex index) {
    this.thresholds = thresholds;
    this.index = index;
  }

  /** Number of pictures added. */
  public int size() {
    return contents.size();
  }

  /** Adds the next picture (number {@link #size()}) and returns its matches with earlier pictures. */
  public List<PhotoMatch> add(PhotoHashes hashes) {
    int self = contents.size();
    PhotoFingerprint fingerprint = hashes.fingerprint();
    Box content = fingerprint.content();
    Map<Integer, PhotoMatch> best = new HashMap<>();
    index.search(fingerprint.whole(), Math.max(thresholds.whole(), thresholds.crop()), ALL_REGIONS, (other, tag, d) -> {
      if (tag == WHOLE && d <= thresholds.whole()) {
        keep(best, whole(other, self, d, contents.get(other), content));
      } else if (tag != WHOLE && d <= thresholds.crop()) {
        keep(best, match(other, self, d, PhotoEdit.CROP, contents.get(other).part(PhotoRegion.values()[tag].box()), content));
      }
    });
    for (PhotoRegion region : PhotoRegion.values()) {
      if (region != PhotoRegion.WHOLE && fingerprint.hash(region).isPresent()) {
        Box part = content.part(region.box());
        int tag = region.ordinal();
        int frame = region == PhotoRegion.CENTRE_80 ? 1 << FRAME : 0;
        index.search(fingerprint.hash(region).get(), Math.max(thresholds.crop(), thresholds.region()), WHOLE_ONLY | 1 << tag | frame,
            (other, hitTag, d) -> {
              if (hitTag == WHOLE && d <= thresholds.crop()) {
                keep(best, match(other, self, d, PhotoEdit.CROP, contents.get(other), part));
              } else if (hitTag == tag && d <= thresholds.region()) {
                keep(best, whole(other, self, d, contents.get(other), content));
              } else if (hitTag == FRAME && d <= thresholds.region()) {
                keep(best, match(other, self, d, PhotoEdit.BAND, Box.WHOLE, content));
              }
            });
      }
    }
    for (PhotoHash turned : hashes.rotated()) {
      // many probes a picture, one hit of any is enough: the cheaper search's misses (4 % at 50 bits) hardly count
      index.searchNear(turned, thresholds.rotate(), CENTRE_ONLY,
          (other, tag, d) -> keep(best, match(other, self, d, PhotoEdit.ROTATE, contents.get(other), Box.WHOLE)));
    }
    index.search(hashes.mirrored(), thresholds.mirror(), WHOLE_ONLY,
        (other, tag, d) -> keep(best, match(other, self, d, PhotoEdit.MIRROR, contents.get(other), content)));
    fingerprint.frame().ifPresent(frame -> index.search(frame, thresholds.region(), CENTRE_ONLY | 1 << FRAME,
        (other, tag, d) -> keep(best, match(other, self, d, PhotoEdit.BAND, tag == FRAME ? Box.WHOLE : contents.get(other), Box.WHOLE))));
    List<PhotoHash> kept = fingerprint.hashes();
    for (int slot = 0; slot < kept.size(); slot++) {
      index.add(self, fingerprint.tag(slot), kept.get(slot));
    }
    contents.add(content);
    List<PhotoMatch> matches = new ArrayList<>(best.values());
    matches.sort(Comparator.comparingInt(PhotoMatch::a));
    return matches;
  }

  private static PhotoMatch whole(int a, int b, int distance, Box contentA, Box contentB) {
    PhotoEdit edit = contentA.equals(contentB) || !contentA.isWhole() && !contentB.isWhole() ? PhotoEdit.NONE : PhotoEdit.BAND;
    return match(a, b, distance, edit, contentA, contentB);
  }

  private static PhotoMatch match(int a, int b, int distance, PhotoEdit edit, Box regionA, Box regionB) {
    return new PhotoMatch(a, b, distance, Math.max(0, Math.min(1, 1 - distance / 128.0)), edit, regionA, regionB);
  }

  private static void keep(Map<Integer, PhotoMatch> best, PhotoMatch match) {
    best.merge(match.a(), match, (old, candidate) -> candidate.distance() < old.distance() ? candidate : old);
  }
}
