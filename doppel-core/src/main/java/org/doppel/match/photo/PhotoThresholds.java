package org.doppel.match.photo;

/**
 * The largest Hamming distance (of 256 bits) at which two hashes are taken for the same photo, per
 * kind of comparison. A comparison of whole pictures is one look per pair; a comparison of a whole
 * picture with a region (crops) is ten, and the mirror one more, so those need tighter limits for
 * the same false-match rate. The defaults were chosen on the fit half of the development set
 * (docs/quality.md#photos): the largest with no false pair there; false pairs start at 60–72 bits.
 *
 * @param whole whole picture against whole picture (also content inside a band against a whole picture)
 * @param mirror a picture flipped against another's whole
 * @param crop a whole picture against a region of another
 * @param region a region against the same region of another (an overlay spares some region)
 * @param rotate a picture turned back by a few degrees against another's centre
 */
public record PhotoThresholds(int whole, int mirror, int crop, int region, int rotate) {
  public static final PhotoThresholds DEFAULTS = new PhotoThresholds(64, 64, 64, 56, 60);

  public PhotoThresholds {
    check("whole", whole);
    check("mirror", mirror);
    check("crop", crop);
    check("region", region);
    check("rotate", rotate);
  }

  /** The largest of the limits: no comparison matches two hashes farther apart. */
  public int max() {
    return Math.max(Math.max(Math.max(whole, mirror), Math.max(crop, region)), rotate);
  }

  private static void check(String name, int value) {
    if (value < 0 || value > 128) {
      throw new IllegalArgumentException(name + " must be 0..128 bits, got " + value);
    }
  }
}
