package org.doppel.fingerprint.photo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doppel.ingest.image.LumaImage;
import org.jspecify.annotations.Nullable;

/**
 * Hashes pictures the way Meta's PDQ does (Dalins et al., "PDQ &amp; TMK + PDQF", 2019): brightness
 * resampled to 64×64 with a box filter twice the cell size (PDQ's Jarosz filter), the 16×16 lowest
 * non-constant DCT-II coefficients, one bit per coefficient above their median, and PDQ's quality
 * from the sum of brightness gradients. PDQ's reference code is C++ and Python; this is the same
 * arithmetic in 60 lines, with region hashes added for crops (see {@link PhotoRegion}).
 *
 * <p>The regions are read from one summed-area table, so six hashes cost one pass over the pixels
 * plus six 64×64 resamplings and DCTs (about 0.1 ms each). Thread-safe and stateless.
 */
public final class PhotoHasher {
  static final int GRID = 64;
  /**
   * Rotation probes are sampled on 32×32 cells: the 16 lowest frequencies are the same cosines
   * sampled half as densely, so a probe's hash stays within a few bits of the 64×64 hash of the same
   * part (the box filter over two cells low-passes both alike) at a quarter of the cost; 18 probes
   * at 64×64 were two thirds of the hashing time.
   */
  static final int PROBE_GRID = 32;
  static final int FREQUENCIES = 16;
  /** DCT[u][j]: the (u+1)-th cosine over 64 samples, scaled as PDQ's; frequency 0 (the mean) is left out. */
  private static final double[][] DCT = basis(GRID);
  private static final double[][] PROBE_DCT = basis(PROBE_GRID);

  private static double[][] basis(int grid) {
    double[][] out = new double[FREQUENCIES][grid];
    double scale = Math.sqrt(2.0 / grid);
    for (int u = 0; u < FREQUENCIES; u++) {
      for (int j = 0; j < grid; j++) {
        out[u][j] = scale * Math.cos(Math.PI / 2 / grid * (u + 1) * (2 * j + 1));
      }
    }
    return out;
  }

  /** The kept fingerprint and the ask-only hashes of {@code image}. */
  public PhotoHashes hash(LumaImage image) {
    SummedArea area = new SummedArea(image);
    Box content = BorderFinder.content(image);
    Optional<PhotoRegion> frameSlot = PhotoFingerprint.frameSlot(content);
    List<PhotoHash> hashes = new ArrayList<>(PhotoRegion.values().length);
    double @Nullable [] wholeCoefficients = null;
    int quality = 0;
    for (PhotoRegion region : PhotoRegion.values()) {
      if (frameSlot.isPresent() && frameSlot.get() == region) {
        hashes.add(bits(dct(area.resample(PhotoRegion.CENTRE_80.box(), GRID))));
        continue;
      }
      double[] cells = area.resample(content.part(region.box()), GRID);
      double[] coefficients = dct(cells);
      if (region == PhotoRegion.WHOLE) {
        wholeCoefficients = coefficients;
        quality = quality(cells);
      }
      hashes.add(bits(coefficients));
    }
    List<PhotoHash> rotated = new ArrayList<>();
    for (double[] cells : RotationProbes.cells(area, PROBE_GRID)) {
      rotated.add(bits(dct(cells)));
    }
    return new PhotoHashes(new PhotoFingerprint(hashes, content, quality), bits(mirror(Objects.requireNonNull(wholeCoefficients, "every region list has WHOLE"))), rotated);
  }

  /** The 16×16 coefficients of grid × grid cells (64 or 32), row u (vertical frequency u+1) by column v (horizontal frequency v+1). */
  static double[] dct(double[] cells) {
    int grid = cells.length == GRID * GRID ? GRID : PROBE_GRID;
    double[][] dct = grid == GRID ? DCT : PROBE_DCT;
    if (cells.length != grid * grid) {
      throw new IllegalArgumentException("cells must be 64×64 or 32×32, got " + cells.length);
    }
    double[] rows = new double[FREQUENCIES * grid];
    for (int u = 0; u < FREQUENCIES; u++) {
      double[] basis = dct[u];
      int to = u * grid;
      for (int i = 0; i < grid; i++) {
        double b = basis[i];
        int from = i * grid;
        for (int j = 0; j < grid; j++) {
          rows[to + j] += b * cells[from + j];
        }
      }
    }
    double[] out = new double[FREQUENCIES * FREQUENCIES];
    for (int u = 0; u < FREQUENCIES; u++) {
      int from = u * grid;
      for (int v = 0; v < FREQUENCIES; v++) {
        double sum = 0;
        double[] basis = dct[v];
        for (int j = 0; j < grid; j++) {
          sum += rows[from + j] * basis[j];
        }
        out[u * FREQUENCIES + v] = sum;
      }
    }
    return out;
  }

  /**
   * The coefficients of the picture flipped left to right: a cosine of odd horizontal frequency
   * changes sign under x → 63 − x, an even one does not.
   */
  static double[] mirror(double[] coefficients) {
    double[] out = coefficients.clone();
    for (int u = 0; u < FREQUENCIES; u++) {
      for (int v = 0; v < FREQUENCIES; v += 2) { // frequency v + 1 is odd
        out[u * FREQUENCIES + v] = -out[u * FREQUENCIES + v];
      }
    }
    return out;
  }

  static PhotoHash bits(double[] coefficients) {
    double[] sorted = coefficients.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    boolean[] bits = new boolean[coefficients.length];
    for (int k = 0; k < coefficients.length; k++) {
      bits[k] = coefficients[k] > median;
    }
    return PhotoHash.fromBits(bits);
  }

  /** PDQ's quality: the summed absolute brightness steps between neighbouring cells, in percent of 255, / 90, at most 100. */
  static int quality(double[] cells) {
    double sum = 0;
    for (int i = 0; i < GRID; i++) {
      for (int j = 0; j < GRID; j++) {
        double here = cells[i * GRID + j];
        if (i + 1 < GRID) {
          sum += Math.abs(cells[(i + 1) * GRID + j] - here) * 100 / 255;
        }
        if (j + 1 < GRID) {
          sum += Math.abs(cells[i * GRID + j + 1] - here) * 100 / 255;
        }
      }
    }
    return (int) Math.min(100, sum / 90);
  }
}
