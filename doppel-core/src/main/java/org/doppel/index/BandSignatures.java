package org.doppel.index;

import static org.doppel.index.VectorBuckets.BANDS;
import static org.doppel.index.VectorBuckets.BASE_BITS;
import static org.doppel.index.VectorBuckets.MAX_BITS;
import static org.doppel.index.VectorBuckets.REST_BITS;

import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.doppel.fingerprint.DocumentVectorizer;

/**
 * The SimHash signatures {@link VectorBuckets} puts vocabulary vectors into buckets by: {@value VectorBuckets#BANDS}
 * bands of {@value VectorBuckets#MAX_BITS} random hyperplanes each, drawn once from a fixed seed, bit b of a band's
 * signature saying on which side of its plane b a vector lies. The planes are held two to a long, so one pass of
 * multiplications gives two planes' dot products; the base bits of every band ({@link #base}) and a band's further
 * bits when a bucket is split ({@link #refined}) are computed apart, as only a bucket holding a query is ever split.
 */
final class BandSignatures {
  /** Hyperplanes with small integer coordinates (rounded Gaussians), so a side is an exact integer sum. */
  private static final byte[][] PLANES = planes(BANDS * MAX_BITS, DocumentVectorizer.DIMENSIONS, 0x5EC7_0B0CL);
  /** Every band's base planes, band after band, two to a long. */
  private static final int BASE_PAIRS = BANDS * BASE_BITS / 2;
  private static final long[] BASE_PLANES = pairedPlanes(BASE_PAIRS, i -> i / BASE_BITS * MAX_BITS + i % BASE_BITS);
  /**
   * Each band's planes past the base ones, two to a long (its last long: one plane and none), a band's together:
   * its pair k at dimension d at {@code (band * DIMENSIONS + d) * REST_PAIRS + k}, so that the bits of one band
   * ({@link #refined}) read one run of the table.
   */
  private static final int REST_PAIRS = (REST_BITS + 1) / 2;
  private static final long[] REST_PLANES = restPlanes();

  private BandSignatures() {}

  /** Each band's {@value VectorBuckets#MAX_BITS}-bit signature of {@code vector}: bit b says on which side of plane b it lies. */
  static int[] full(byte[] vector) {
    int[] out = base(vector);
    for (int band = 0; band < BANDS; band++) {
      out[band] = refined(vector, band, out[band], BASE_BITS, MAX_BITS);
    }
    return out;
  }

  /**
   * Each band's signature of {@code vector} exact in its top {@value VectorBuckets#BASE_BITS} bits, the rest 0: all that puts
   * it in its base buckets ({@link VectorBuckets#baseBucket}).
   */
  static int[] base(byte[] vector) {
    long[] dots = baseDots(vector);
    int[] out = new int[BANDS];
    for (int plane = 0; plane < BANDS * BASE_BITS; plane++) {
      int band = plane / BASE_BITS;
      out[band] = out[band] << 1 | (dotOf(dots[plane >> 1], (plane & 1) == 1) >= 0 ? 1 : 0);
    }
    for (int band = 0; band < BANDS; band++) {
      out[band] <<= REST_BITS;
    }
    return out;
  }

  /**
   * {@code signature}, a band's signature exact in its top {@code from} bits, with its bits {@code from} to
   * {@code to} as well. Called for each member of each bucket a split reads, so it reads the vector in place, two
   * pairs of planes (four bits: a step) a pass, every dimension without a test: a copy of the non-zero dimensions,
   * as {@link #baseDots} makes, or a branch on each, cost more than the products.
   */
  static int refined(byte[] vector, int band, int signature, int from, int to) {
    if (vector.length != DocumentVectorizer.DIMENSIONS) {
      throw new IllegalArgumentException("a vector has " + DocumentVectorizer.DIMENSIONS + " dimensions, got " + vector.length);
    }
    int out = signature;
    for (int bit = from; bit < to; bit += 4) {
      int row = band * DocumentVectorizer.DIMENSIONS * REST_PAIRS + (bit - BASE_BITS) / 2; // a step starts a pair: BASE_BITS + 4k
      long first = 0;
      long second = 0;
      for (int d = 0; d < vector.length; d++, row += REST_PAIRS) {
        long v = vector[d];
        first += v * REST_PLANES[row];
        second += v * REST_PLANES[row + 1]; // the table has one long more, for the last band's last pair
      }
      out = withRestBits(out, new long[] {first, second}, -(bit - BASE_BITS) / 2, bit, Math.min(to, bit + 4));
    }
    return out;
  }

  /**
   * {@code signature} with its bits {@code from} to {@code to} (past the base ones) set from {@code dots}, which
   * holds the band's k-th pair of rest planes at {@code at + k}.
   */
  private static int withRestBits(int signature, long[] dots, int at, int from, int to) {
    int out = signature;
    for (int bit = from; bit < to; bit++) {
      int rest = bit - BASE_BITS;
      if (dotOf(dots[at + rest / 2], (rest & 1) == 1) >= 0) {
        out |= 1 << (MAX_BITS - 1 - bit);
      }
    }
    return out;
  }

  /** A paired dot product's first plane's (high) or second plane's (low) half, exact: |dot| < 2^31. */
  private static int dotOf(long both, boolean second) {
    int low = (int) both;
    return second ? low : (int) ((both - low) >> 32);
  }

  /**
   * The dot products of {@code vector} with every pair of base planes, over the vector's non-zero dimensions only
   * (about half of a long text's), four dimensions a pass: the cost of giving every text of up to 500 words a vector.
   */
  private static long[] baseDots(byte[] vector) {
    if (vector.length != DocumentVectorizer.DIMENSIONS) {
      throw new IllegalArgumentException("a vector has " + DocumentVectorizer.DIMENSIONS + " dimensions, got " + vector.length);
    }
    int[] rows = new int[vector.length + 3];
    long[] values = new long[vector.length + 3];
    int n = 0;
    for (int d = 0; d < vector.length; d++) {
      if (vector[d] != 0) {
        rows[n] = d * BASE_PAIRS;
        values[n++] = vector[d];
      }
    }
    long[] dots = new long[BASE_PAIRS];
    for (int i = 0; i < n; i += 4) { // past n: value 0 at row 0
      int r0 = rows[i];
      int r1 = rows[i + 1];
      int r2 = rows[i + 2];
      int r3 = rows[i + 3];
      long v0 = values[i];
      long v1 = values[i + 1];
      long v2 = values[i + 2];
      long v3 = values[i + 3];
      for (int q = 0; q < BASE_PAIRS; q++) {
        dots[q] += v0 * BASE_PLANES[r0 + q] + v1 * BASE_PLANES[r1 + q] + v2 * BASE_PLANES[r2 + q] + v3 * BASE_PLANES[r3 + q];
      }
    }
    return dots;
  }

  /** Plane {@code index}'s coordinates (for tests: the signature is the side of each plane). */
  static byte[] plane(int index) {
    return PLANES[index].clone();
  }

  /** {@link #REST_PLANES}, with one long of zeros past the end. */
  private static long[] restPlanes() {
    long[] out = new long[BANDS * DocumentVectorizer.DIMENSIONS * REST_PAIRS + 1];
    for (int band = 0; band < BANDS; band++) {
      for (int pair = 0; pair < REST_PAIRS; pair++) {
        int first = band * MAX_BITS + BASE_BITS + 2 * pair;
        int second = BASE_BITS + 2 * pair + 1 < MAX_BITS ? first + 1 : -1;
        for (int d = 0; d < DocumentVectorizer.DIMENSIONS; d++) {
          out[(band * DocumentVectorizer.DIMENSIONS + d) * REST_PAIRS + pair] = paired(first, second, d);
        }
      }
    }
    return out;
  }

  /**
   * Planes {@code plane.applyAsInt(2q)} and {@code plane.applyAsInt(2q + 1)} (-1: none) at each dimension d as one
   * long, {@code first[d] * 2^32 + second[d]}, at {@code d * pairs + q}: a sum of such longs times bytes holds both
   * planes' dot products, since each stays below 2^31 in magnitude (256 dimensions times 127 times 128).
   */
  private static long[] pairedPlanes(int pairs, IntUnaryOperator plane) {
    long[] out = new long[DocumentVectorizer.DIMENSIONS * pairs];
    for (int q = 0; q < pairs; q++) {
      int first = plane.applyAsInt(2 * q);
      int second = plane.applyAsInt(2 * q + 1);
      for (int d = 0; d < DocumentVectorizer.DIMENSIONS; d++) {
        out[d * pairs + q] = paired(first, second, d);
      }
    }
    return out;
  }

  /** Planes {@code first} and {@code second} (-1: none) at dimension d, as one long ({@link #pairedPlanes}). */
  private static long paired(int first, int second, int d) {
    return ((long) PLANES[first][d] << 32) + (second < 0 ? 0 : PLANES[second][d]);
  }

  private static byte[][] planes(int count, int dimensions, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[][] planes = new byte[count][dimensions];
    for (byte[] plane : planes) {
      for (int d = 0; d < dimensions; d++) {
        // a Gaussian (Box-Muller, StrictMath so every JVM draws the same planes) at a scale of 30, in a byte
        double g = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble())) * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
        plane[d] = (byte) Math.max(-127, Math.min(127, Math.round(30 * g)));
      }
    }
    return planes;
  }
}
