package org.doppel.fingerprint.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * The centre 80 % of the photo that a picture would have been before a small rotation, resampled
 * through the rotation, so that it meets that photo's kept {@link PhotoRegion#CENTRE_80} hash. A PDQ
 * hash drifts by about 20 bits a degree; probing at ±{@value #STEP}° steps leaves at most
 * {@value #STEP}/2° to the hash's own tolerance. Each angle is tried three ways, because a rotated copy
 * either keeps its canvas (corners filled) or grows it to hold the rotated photo:
 * the photo had this picture's size; the photo was smaller (this picture was grown); the photo was larger
 * (this is the original of a grown copy). The centre 80 % stays clear of the filled corners up to about 5°.
 */
final class RotationProbes {
  static final double STEP = 1.25;
  private static final double[] ANGLES = {-3 * STEP, -2 * STEP, -STEP, STEP, 2 * STEP, 3 * STEP};

  private RotationProbes() {}

  /** 18 grids of grid × grid cells, one per angle and canvas hypothesis. */
  static List<double[]> cells(SummedArea area, int grid) {
    double w = area.width();
    double h = area.height();
    List<double[]> out = new ArrayList<>(ANGLES.length * 3);
    for (double degrees : ANGLES) {
      double theta = Math.toRadians(degrees);
      double c = Math.cos(Math.abs(theta));
      double s = Math.sin(Math.abs(theta));
      out.add(sample(area, grid, theta, w, h));
      out.add(sample(area, grid, theta, (w * c - h * s) / (c * c - s * s), (h * c - w * s) / (c * c - s * s)));
      out.add(sample(area, grid, theta, w * c + h * s, w * s + h * c));
    }
    return out;
  }

  /** The centre 80 % of a photo of size photoW × photoH, centred on this picture and turned by theta. */
  private static double[] sample(SummedArea area, int grid, double theta, double photoW, double photoH) {
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    double cellW = 0.8 * photoW / grid;
    double cellH = 0.8 * photoH / grid;
    double cx = area.width() / 2.0;
    double cy = area.height() / 2.0;
    double[] out = new double[grid * grid];
    for (int i = 0; i < grid; i++) {
      double y = -0.4 * photoH + (i + 0.5) * cellH;
      for (int j = 0; j < grid; j++) {
        double x = -0.4 * photoW + (j + 0.5) * cellW;
        double px = cx + x * cos + y * sin;
        double py = cy - x * sin + y * cos;
        out[i * grid + j] = area.mean(px - cellW, py - cellH, px + cellW, py + cellH);
      }
    }
    return out;
  }
}
