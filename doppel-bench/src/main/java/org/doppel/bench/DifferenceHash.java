package org.doppel.bench;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.image.LumaImage;

/**
 * The baseline {@link PhotoBenchmark} scores Doppel's photo matching against: a 64-bit difference hash (dHash) of each
 * picture, every pair of pictures compared, without an index, as the common tools do.
 */
final class DifferenceHash {
  private DifferenceHash() {}

  /** The 64-bit difference hash of {@code image}: brightness at 9×8, one bit per left-right step. */
  static long of(LumaImage image) {
    double[] cells = new double[72];
    int w = image.width();
    int h = image.height();
    for (int y = 0; y < h; y++) {
      int row = Math.min(7, y * 8 / h);
      for (int x = 0; x < w; x++) {
        cells[row * 9 + Math.min(8, x * 9 / w)] += image.at(x, y);
      }
    }
    // cells of one row differ in pixel count by at most one column; normalise per cell
    int[] colCount = new int[9];
    int[] rowCount = new int[8];
    for (int x = 0; x < w; x++) {
      colCount[Math.min(8, x * 9 / w)]++;
    }
    for (int y = 0; y < h; y++) {
      rowCount[Math.min(7, y * 8 / h)]++;
    }
    long bits = 0;
    for (int r = 0; r < 8; r++) {
      for (int c = 0; c < 8; c++) {
        double left = cells[r * 9 + c] / Math.max(1, colCount[c] * rowCount[r]);
        double right = cells[r * 9 + c + 1] / Math.max(1, colCount[c + 1] * rowCount[r]);
        if (left > right) {
          bits |= 1L << (r * 8 + c);
        }
      }
    }
    return bits;
  }

  /** The pairs of {@code hashed} (positions, earlier first) whose difference hashes lie within {@code maxDistance} bits of 64. */
  static List<long[]> pairsWithin(List<PhotoBenchmark.Hashed> hashed, int maxDistance) {
    List<long[]> pairs = new ArrayList<>();
    for (int i = 0; i < hashed.size(); i++) {
      long a = hashed.get(i).dhash();
      for (int j = i + 1; j < hashed.size(); j++) {
        if (Long.bitCount(a ^ hashed.get(j).dhash()) <= maxDistance) {
          pairs.add(new long[] {i, j});
        }
      }
    }
    return pairs;
  }
}
