package org.doppel.bench;

import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.fingerprint.photo.PhotoRegion;
import org.doppel.match.photo.PhotoMatcher;

/**
 * The distances of two pictures under each kind of comparison {@link PhotoMatcher} makes, for {@link PhotoFitSweep}:
 * computed directly, so that the sweep sees every pair at every distance, not only the pairs the matcher's index
 * brings together under its thresholds.
 */
final class ComparisonDistances {
  /** The comparison kinds, in the order of {@link #between}'s distances. */
  static final String[] CLASSES = {"whole", "mirror", "crop", "region", "rotate"};

  private ComparisonDistances() {}

  /** Distances under each comparison kind, as {@link PhotoMatcher} makes them for an earlier and a later picture. */
  static int[] between(PhotoHashes earlier, PhotoHashes later) {
    var e = earlier.fingerprint();
    var l = later.fingerprint();
    int whole = l.whole().distance(e.whole());
    int mirror = later.mirrored().distance(e.whole());
    int crop = Integer.MAX_VALUE;
    int region = Integer.MAX_VALUE;
    for (var r : PhotoRegion.values()) {
      var early = e.hash(r);
      var late = l.hash(r);
      if (r == PhotoRegion.WHOLE) {
        continue;
      }
      if (early.isPresent()) {
        crop = Math.min(crop, l.whole().distance(early.get()));
      }
      if (late.isPresent()) {
        crop = Math.min(crop, late.get().distance(e.whole()));
      }
      if (early.isPresent() && late.isPresent()) {
        region = Math.min(region, late.get().distance(early.get()));
      }
    }
    var lateCentre = l.hash(PhotoRegion.CENTRE_80).orElseThrow();
    var earlyCentre = e.hash(PhotoRegion.CENTRE_80).orElseThrow();
    if (l.frame().isPresent()) {
      region = Math.min(region, l.frame().get().distance(earlyCentre));
      if (e.frame().isPresent()) {
        region = Math.min(region, l.frame().get().distance(e.frame().get()));
      }
    }
    if (e.frame().isPresent()) {
      region = Math.min(region, lateCentre.distance(e.frame().get()));
    }
    int rotate = Integer.MAX_VALUE;
    var centre = e.hash(PhotoRegion.CENTRE_80).orElseThrow();
    for (var probe : later.rotated()) {
      rotate = Math.min(rotate, probe.distance(centre));
    }
    return new int[] {whole, mirror, crop, region, rotate};
  }
}
