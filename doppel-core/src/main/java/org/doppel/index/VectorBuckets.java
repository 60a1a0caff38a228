package org.doppel.index;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.doppel.fingerprint.DocumentVectorizer;

/**
 * The rule by which a short text's vocabulary vector proposes its nearest neighbours, written so that a
 * local scan ({@link BucketNeighbours}) and a distributed job (the Spark job's vector stage) compute the same
 * answer: random-hyperplane LSH (SimHash) puts each vector into one bucket per band; within a bucket every
 * pair's exact cosine is computed; each document keeps, among the documents it shares some bucket with, the
 * {@code k} nearest from {@code minCosine}, ties at the k-th cosine included ({@link #nearest}).
 *
 * <p>A band's signature has {@value #MAX_BITS} bits; a bucket is first the band and its top
 * {@value #BASE_BITS} bits. A bucket of more than {@value #MAX_BUCKET} documents is split by
 * {@value #STEP_BITS} bits more, again and again up to all {@value #MAX_BITS}, so that bucket sizes, and the
 * pairs compared, stay bounded like hot keys; a bucket still too large then is skipped ({@link #forEachPair}
 * counts its documents). Every step depends only on the bucket's members, which is what lets a job that brings
 * each bucket's members into one task get the scan's answer.
 *
 * <p>Why LSH and not an approximate graph (HNSW): a graph's answer depends on its build order and cannot be
 * cut into parts, so no distributed job can reproduce it. On rewrites-dev's 1,417 short texts these
 * {@value #BANDS} bands find 3,223 of the 3,224 pairs an exact all-pairs top 6 gives, and nothing else; the
 * HNSW graph the scan used before found 3,218 (docs/scale.md).
 */
public final class VectorBuckets {
  public static final int BANDS = 96;
  public static final int BASE_BITS = 7;
  public static final int STEP_BITS = 4;
  public static final int MAX_BITS = 16;
  public static final int MAX_BUCKET = 100;
  /** Hyperplanes with small integer coordinates (rounded Gaussians), so a side is an exact integer sum. */
  private static final byte[][] PLANES = planes(BANDS * MAX_BITS, DocumentVectorizer.DIMENSIONS, 0x5EC7_0B0CL);
  private static final int PLANE_PAIRS = BANDS * MAX_BITS / 2;
  private static final long[] PAIRED_PLANES = pairedPlanes();

  private VectorBuckets() {}

  /** Receives a pair of members (indices into the arrays given) whose cosine reached the minimum. */
  public interface PairSink {
    void accept(int i, int j, double cosine);
  }

  /** Each band's {@value #MAX_BITS}-bit signature of {@code vector}: bit b says on which side of plane b it lies. */
  public static int[] signatures(byte[] vector) {
    if (vector.length != DocumentVectorizer.DIMENSIONS) {
      throw new IllegalArgumentException("a vector has " + DocumentVectorizer.DIMENSIONS + " dimensions, got " + vector.length);
    }
    // Every plane's dot product at once, over the vector's non-zero dimensions only (about half of a long
    // text's), four dimensions a pass and two planes to a long: the cost of giving every text of up to 500
    // words a vector.
    int[] rows = new int[vector.length + 3];
    long[] values = new long[vector.length + 3];
    int n = 0;
    for (int d = 0; d < vector.length; d++) {
      if (vector[d] != 0) {
        rows[n] = d * PLANE_PAIRS;
        values[n++] = vector[d];
      }
    }
    long[] dots = new long[PLANE_PAIRS];
    for (int i = 0; i < n; i += 4) { // past n: value 0 at row 0
      int r0 = rows[i];
      int r1 = rows[i + 1];
      int r2 = rows[i + 2];
      int r3 = rows[i + 3];
      long v0 = values[i];
      long v1 = values[i + 1];
      long v2 = values[i + 2];
      long v3 = values[i + 3];
      for (int q = 0; q < PLANE_PAIRS; q++) {
        dots[q] += v0 * PAIRED_PLANES[r0 + q] + v1 * PAIRED_PLANES[r1 + q] + v2 * PAIRED_PLANES[r2 + q] + v3 * PAIRED_PLANES[r3 + q];
      }
    }
    int[] out = new int[BANDS];
    for (int band = 0; band < BANDS; band++) {
      int signature = 0;
      for (int bit = 0; bit < MAX_BITS; bit++) {
        int plane = band * MAX_BITS + bit;
        long both = dots[plane >> 1];
        int low = (int) both; // the odd plane's dot, exact: |dot| < 2^31
        int dot = (plane & 1) == 1 ? low : (int) ((both - low) >> 32);
        signature = signature << 1 | (dot >= 0 ? 1 : 0);
      }
      out[band] = signature;
    }
    return out;
  }

  /** Plane {@code index}'s coordinates (for tests: the signature is the side of each plane). */
  static byte[] plane(int index) {
    return PLANES[index].clone();
  }

  /**
   * Planes 2q and 2q + 1 at each dimension d as one long, {@code plane[2q][d] * 2^32 + plane[2q + 1][d]}, at
   * {@code d * PLANE_PAIRS + q}: a sum of such longs times bytes holds both planes' dot products, since each
   * stays below 2^31 in magnitude (256 dimensions times 127 times 128).
   */
  private static long[] pairedPlanes() {
    long[] out = new long[DocumentVectorizer.DIMENSIONS * PLANE_PAIRS];
    for (int d = 0; d < DocumentVectorizer.DIMENSIONS; d++) {
      for (int q = 0; q < PLANE_PAIRS; q++) {
        out[d * PLANE_PAIRS + q] = ((long) PLANES[2 * q][d] << 32) + PLANES[2 * q + 1][d];
      }
    }
    return out;
  }

  /** The bucket a band's signature starts in: the band and the signature's top {@value #BASE_BITS} bits. */
  public static long baseBucket(int band, int signature) {
    return (long) band << MAX_BITS | signature >>> (MAX_BITS - BASE_BITS);
  }

  /**
   * Whether two members are compared: unless neither is a query ({@link VectorSearch#queries}, a short
   * text). A long text is there to be found by the short texts it may be the source of; two long texts
   * are left to the other keys, and are what would make the search cost (docs/quality.md, heavy revisions).
   */
  public static boolean compared(boolean query, boolean otherQuery) {
    return query || otherQuery;
  }

  /**
   * Every pair of the members of one base bucket that share a final bucket, are {@link #compared} and whose
   * cosine is at least {@code minCosine}, each once.
   *
   * @param signatures the members' signatures in the bucket's band, sorted ascending (ties in any order)
   * @param vectors the members' vectors, in the same order
   * @param queries whether each member is a query, in the same order
   * @return the members left out in buckets still above {@value #MAX_BUCKET} at {@value #MAX_BITS} bits
   */
  public static int forEachPair(int[] signatures, byte[][] vectors, boolean[] queries, double minCosine, PairSink sink) {
    return split(signatures, 0, signatures.length, BASE_BITS, (from, to) -> {
      // from each query, so that a bucket of long texts and few queries costs its queries' pairs only
      for (int query = from; query < to; query++) {
        if (!queries[query]) {
          continue;
        }
        for (int other = from; other < to; other++) {
          if (other == query || queries[other] && other < query) {
            continue; // two queries: compared once, from the first
          }
          int i = Math.min(query, other);
          int j = Math.max(query, other);
          double cosine = DocumentVectorizer.cosine(vectors[i], vectors[j]);
          if (cosine >= minCosine) {
            sink.accept(i, j, cosine);
          }
        }
      }
    });
  }

  /**
   * The members of one base bucket (signatures sorted ascending) that share the final bucket of a query's
   * signature, as the range {@code from << 32 | to}: the bucket {@link #forEachPair} compares the query in when
   * it is a member; empty ({@code from == to}) when that bucket is skipped as too large.
   */
  public static long bucketOf(int[] signatures, int querySignature) {
    int from = 0;
    int to = signatures.length;
    for (int bits = BASE_BITS; to - from > MAX_BUCKET; ) {
      if (bits >= MAX_BITS) {
        return 0;
      }
      bits = Math.min(MAX_BITS, bits + STEP_BITS);
      int wanted = prefix(querySignature, bits);
      int start = from;
      while (start < to && prefix(signatures[start], bits) < wanted) {
        start++;
      }
      int end = start;
      while (end < to && prefix(signatures[end], bits) == wanted) {
        end++;
      }
      from = start;
      to = end;
    }
    return (long) from << 32 | to;
  }

  /**
   * Which of a document's neighbours it proposes: the {@code k} with the highest cosines, and any more
   * whose cosine ties the k-th (so the answer does not depend on how documents are numbered).
   *
   * @param others the neighbours found, each once
   * @param cosines their cosines, in the same order
   * @return the proposed neighbours, in no particular order
   */
  public static long[] nearest(long[] others, double[] cosines, int k) {
    if (others.length <= k) {
      return others.clone();
    }
    double[] sorted = cosines.clone();
    Arrays.sort(sorted);
    double kth = sorted[sorted.length - k];
    return java.util.stream.IntStream.range(0, others.length).filter(i -> cosines[i] >= kth).mapToLong(i -> others[i]).toArray();
  }

  /**
   * Whether {@code vector} has no content words, so no neighbours: all zeros, or empty (a text too long to have
   * one computed; the loop below finds nothing in it).
   */
  public static boolean hasNoWords(byte[] vector) {
    for (byte b : vector) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@link #nearest(long[], double[], int)} of the close others found for one document, each with its cosine. */
  public static long[] nearest(java.util.Map<Long, Double> close, int k) {
    long[] others = new long[close.size()];
    double[] cosines = new double[close.size()];
    int i = 0;
    for (java.util.Map.Entry<Long, Double> e : close.entrySet()) {
      others[i] = e.getKey();
      cosines[i++] = e.getValue();
    }
    return nearest(others, cosines, k);
  }

  private interface RangeSink {
    void accept(int from, int to);
  }

  /** Calls {@code sink} for each final bucket of {@code [from, to)}, whose members share their top {@code bits} bits. */
  private static int split(int[] signatures, int from, int to, int bits, RangeSink sink) {
    if (to - from <= MAX_BUCKET) {
      if (to - from > 1) {
        sink.accept(from, to);
      }
      return 0;
    }
    if (bits >= MAX_BITS) {
      return to - from;
    }
    int next = Math.min(MAX_BITS, bits + STEP_BITS);
    int skipped = 0;
    for (int start = from; start < to; ) {
      int end = start;
      while (end < to && prefix(signatures[end], next) == prefix(signatures[start], next)) {
        end++;
      }
      skipped += split(signatures, start, end, next, sink);
      start = end;
    }
    return skipped;
  }

  private static int prefix(int signature, int bits) {
    return signature >>> (MAX_BITS - bits);
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
