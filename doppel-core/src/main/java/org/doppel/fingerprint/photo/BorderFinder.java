package org.doppel.fingerprint.photo;

import java.util.Arrays;
import org.doppel.ingest.image.LumaImage;

/**
 * Finds a caption band or border added around a photo: lines of one flat colour at an edge (at least
 * {@value #EDGE_SHARE} of the edge line within {@value #TOLERANCE} grey levels of its median), up to
 * the last such flat line before a line where that colour covers less than {@value #TEXT_SHARE} (lines
 * of caption text between flat lines keep more of it), ending at a hard edge: the next line matches
 * the band's colour in at most
 * {@value #EDGE_LINE_SHARE} of its pixels ({@value #TEXT_EDGE_LINE_SHARE} when the band holds a line of text). Sides are trimmed again and again until none changes, so
 * that a photo's own flat margin is trimmed the same way whether or not a band was added outside it:
 * the original and its banded copy end with the same content box. At most {@value #MAX_TRIM} of the
 * width or height goes; a flat background that runs deeper (a product shot on white) is kept.
 */
final class BorderFinder {
  static final double EDGE_SHARE = 0.9;
  static final double TEXT_SHARE = 0.2;
  static final double EDGE_LINE_SHARE = 0.3;
  /**
   * A flat run with a line of text inside it (non-flat lines with flat lines on both sides) is a
   * caption band, not a photo's own background, so its edge may be softer: a photo whose own colours
   * come near the band's (light fabric under a light band) still ends it.
   */
  static final double TEXT_EDGE_LINE_SHARE = 0.6;
  static final float TOLERANCE = 14f;
  static final double MAX_TRIM = 0.45;
  /** Bands thinner than this share of the side are JPEG edge noise or a hairline, not a caption. */
  static final double MIN_DEPTH = 0.02;

  private BorderFinder() {}

  /** The part of the picture inside its bands and borders, or the whole picture when there are none. */
  static Box content(LumaImage image) {
    int w = image.width();
    int h = image.height();
    int[] r = {0, 0, w, h}; // x0, y0, x1, y1
    boolean changed = true;
    for (int round = 0; changed && round < 4; round++) {
      changed = false;
      for (int side = 0; side < 4; side++) {
        int d = depth(image, r, side);
        int along = side < 2 ? h : w;
        int kept = side < 2 ? r[3] - r[1] : r[2] - r[0];
        if (d > 0 && along - (kept - d) <= along * MAX_TRIM) {
          switch (side) {
            case 0 -> r[1] += d;
            case 1 -> r[3] -= d;
            case 2 -> r[0] += d;
            default -> r[2] -= d;
          }
          changed = true;
        }
      }
    }
    if (r[0] == 0 && r[1] == 0 && r[2] == w && r[3] == h) {
      return Box.WHOLE;
    }
    return new Box((double) r[0] / w, (double) r[1] / h, (double) r[2] / w, (double) r[3] / h);
  }

  /** The pixel at {@code line} lines in from {@code side} (0 top, 1 bottom, 2 left, 3 right), {@code i} along it. */
  private static float pixel(LumaImage image, int[] r, int side, int line, int i) {
    return switch (side) {
      case 0 -> image.at(r[0] + i, r[1] + line);
      case 1 -> image.at(r[0] + i, r[3] - 1 - line);
      case 2 -> image.at(r[0] + line, r[1] + i);
      default -> image.at(r[2] - 1 - line, r[1] + i);
    };
  }

  /** How many lines from one side of the rectangle belong to a band, 0 when none. */
  private static int depth(LumaImage image, int[] r, int side) {
    int lines = side < 2 ? r[3] - r[1] : r[2] - r[0];
    int length = side < 2 ? r[2] - r[0] : r[3] - r[1];
    if (lines < 8 || length < 8) {
      return 0;
    }
    float[] edge = new float[length];
    for (int i = 0; i < length; i++) {
      edge[i] = pixel(image, r, side, 0, i);
    }
    float colour = median(edge);
    if (share(image, r, side, 0, length, colour) < EDGE_SHARE) {
      return 0;
    }
    // the band runs to its last flat line; caption lines between flat lines keep some of its colour
    int limit = (int) (lines * MAX_TRIM);
    int lastFlat = 0;
    boolean text = false;
    for (int line = 1; line < Math.min(limit, lines - 1); line++) {
      double share = share(image, r, side, line, length, colour);
      if (share >= EDGE_SHARE) {
        text |= lastFlat < line - 1;
        lastFlat = line;
      } else if (share < TEXT_SHARE) {
        break;
      }
    }
    int depth = lastFlat + 1;
    int full = side < 2 ? image.height() : image.width();
    // JPEG's 8×8 blocks blur a hard edge over a line or two, so the line after next may be the clean one
    double edgeShare = share(image, r, side, depth, length, colour);
    if (depth + 1 < lines) {
      edgeShare = Math.min(edgeShare, share(image, r, side, depth + 1, length, colour));
    }
    if (depth < full * MIN_DEPTH || edgeShare > (text ? TEXT_EDGE_LINE_SHARE : EDGE_LINE_SHARE)) {
      return 0;
    }
    return depth;
  }

  private static double share(LumaImage image, int[] r, int side, int line, int length, float colour) {
    int near = 0;
    for (int i = 0; i < length; i++) {
      if (Math.abs(pixel(image, r, side, line, i) - colour) <= TOLERANCE) {
        near++;
      }
    }
    return near / (double) length;
  }

  private static float median(float[] values) {
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
