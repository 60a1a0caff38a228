package org.doppel.fingerprint.photo;

import org.doppel.ingest.image.LumaImage;

/**
 * A summed-area table of a picture's brightness: the mean over any rectangle, at fractional
 * coordinates, in four look-ups. Bilinear interpolation of the table is exact for a picture whose
 * pixels are constant squares, so fractional edges need no special case.
 */
final class SummedArea {
  private final int width;
  private final int height;
  private final double[] sums; // (width + 1) × (height + 1)

  SummedArea(LumaImage image) {
    width = image.width();
    height = image.height();
    sums = new double[(width + 1) * (height + 1)];
    int stride = width + 1;
    for (int y = 0; y < height; y++) {
      double row = 0;
      for (int x = 0; x < width; x++) {
        row += image.at(x, y);
        sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1] + row;
      }
    }
  }

  /**
   * {@code box} resampled to grid × grid cells; each cell is the mean over a window twice its size
   * around its centre (clipped to the box), which blurs as PDQ's Jarosz filter does and makes the hash
   * tolerate shifts of a few pixels.
   */
  double[] resample(Box box, int grid) {
    double x0 = box.x0() * width;
    double x1 = box.x1() * width;
    double y0 = box.y0() * height;
    double y1 = box.y1() * height;
    double cellW = (x1 - x0) / grid;
    double cellH = (y1 - y0) / grid;
    double[] out = new double[grid * grid];
    for (int i = 0; i < grid; i++) {
      double cy = y0 + (i + 0.5) * cellH;
      double top = Math.max(y0, cy - cellH);
      double bottom = Math.min(y1, cy + cellH);
      for (int j = 0; j < grid; j++) {
        double cx = x0 + (j + 0.5) * cellW;
        double left = Math.max(x0, cx - cellW);
        double right = Math.min(x1, cx + cellW);
        double sum = at(right, bottom) - at(left, bottom) - at(right, top) + at(left, top);
        out[i * grid + j] = sum / ((right - left) * (bottom - top));
      }
    }
    return out;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** The mean brightness over [left, right) × [top, bottom) in pixels, clipped to the picture; edge pixels repeat beyond it. */
  double mean(double left, double top, double right, double bottom) {
    double l = Math.max(0, Math.min(width - 1, left));
    double r = Math.max(l + 1, Math.min(width, right));
    double t = Math.max(0, Math.min(height - 1, top));
    double b = Math.max(t + 1, Math.min(height, bottom));
    return (at(r, b) - at(l, b) - at(r, t) + at(l, t)) / ((r - l) * (b - t));
  }

  /** The sum over [0, x) × [0, y), interpolated. */
  private double at(double x, double y) {
    int ix = Math.min((int) x, width - 1);
    int iy = Math.min((int) y, height - 1);
    double fx = x - ix;
    double fy = y - iy;
    int stride = width + 1;
    int p = iy * stride + ix;
    double s00 = sums[p];
    double s10 = sums[p + 1];
    double s01 = sums[p + stride];
    double s11 = sums[p + stride + 1];
    return s00 + fx * (s10 - s00) + fy * (s01 - s00) + fx * fy * (s11 - s10 - s01 + s00);
  }
}
