package org.doppel.fingerprint.photo;

import org.doppel.ingest.image.LumaImage;

/**
 * Finds a caption band or border added around a photo: lines of one flat colour at an edge (at least
 * {@value #EDGE_SHARE} of the edge line within {@value #TOLERANCE} grey levels of its median), then the
 * lines inward where that colour still covers at least {@value #BAND_SHARE} (the caption's letters
 * cover the rest), up to {@value #MAX_DEPTH} of the picture per side. A flat background that runs deeper
 * (a product shot on white) is the photo's own and is kept.
 */
final class BorderFinder {
  static final double EDGE_SHARE = 0.9;
  static final double BAND_SHARE = 0.5;
  static final float TOLERANCE = 14f;
  static final double MAX_DEPTH = 0.4;
  /** The photo's first line past a band may match the band's colour in at most this share. */
  static final double EDGE_LINE_SHARE = 0.3;
  /** Bands thinner than this share of the side are JPEG edge noise or a hairline, not a caption. */
  static final double MIN_DEPTH = 0.03;

  private BorderFinder() {}

  /** The part of the picture inside its bands and borders, or the whole picture when there are none. */
  static Box content(LumaImage image) {
    int w = image.width();
    int h = image.height();
    int top = depth(image, h, w, (line, i) -> image.at(i, line));
    int bottom = depth(image, h, w, (line, i) -> image.at(i, h - 1 - line));
    int left = depth(image, w, h, (line, i) -> image.at(line, i));
    int right = depth(image, w, h, (line, i) -> image.at(w - 1 - line, i));
    if (top + bottom > h * 0.6 || left + right > w * 0.6 || top + bottom + left + right == 0) {
      return Box.WHOLE;
    }
    return new Box((double) left / w, (double) top / h, 1 - (double) right / w, 1 - (double) bottom / h);
  }

  private interface Line {
    float at(int line, int i);
  }

  /** How many lines from one edge belong to a band, 0 when none. */
  private static int depth(LumaImage image, int lines, int length, Line pixels) {
    float[] edge = new float[length];
    for (int i = 0; i < length; i++) {
      edge[i] = pixels.at(0, i);
    }
    float colour = median(edge);
    if (share(pixels, 0, length, colour) < EDGE_SHARE) {
      return 0;
    }
    int limit = (int) (lines * MAX_DEPTH);
    int depth = 1;
    while (depth < lines && share(pixels, depth, length, colour) >= BAND_SHARE) {
      depth++;
      if (depth > limit) {
        return 0;
      }
    }
    // an added band ends at a hard edge: the photo's first line is mostly another colour
    if (depth < lines * MIN_DEPTH || depth < lines && share(pixels, depth, length, colour) > EDGE_LINE_SHARE) {
      return 0;
    }
    return depth;
  }

  private static double share(Line pixels, int line, int length, float colour) {
    int near = 0;
    for (int i = 0; i < length; i++) {
      if (Math.abs(pixels.at(line, i) - colour) <= TOLERANCE) {
        near++;
      }
    }
    return near / (double) length;
  }

  private static float median(float[] values) {
    float[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
