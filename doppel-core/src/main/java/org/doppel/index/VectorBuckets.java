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
 * <p>Only a query ({@link VectorSearch#queries}, a short text) searches, so only a base bucket that holds one
 * yields pairs, and a bucket's bits past its base ones are read only when it is split. So every text's base bits
 * come first ({@link #baseSignatures}), and the bits a split reads are computed for the members of a bucket holding
 * a query when it splits them ({@link #split}): the same buckets and pairs as full signatures, for about half of
 * their plane products on a corpus whose texts with a vector are mostly long (docs/benchmarks.md, "base bits
 * first").
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
  /** How much lower the floor is for two vectors of wide vocabulary ({@link #isClose}). */
  public static final double WIDE_FLOOR_LOWER_BY = 0.05;
  /**
   * Non-zero dimensions that make a vector's vocabulary wide ({@link #isClose}); chosen on the fit parts. A vector
   * with fewer is narrow: a snippet of one or two sentences.
   */
  public static final int WIDE_SUPPORT = 50;
  /** How much lower the floor is for two vectors of narrow vocabulary, two snippets ({@link #isClose}). */
  public static final double NARROW_FLOOR_LOWER_BY = 0.2;
  /** Base buckets there are: one per band and base bits, numbered by {@link #baseBucket}. */
  public static final int BASE_BUCKETS = BANDS << BASE_BITS;
  /** Hyperplanes with small integer coordinates (rounded Gaussians), so a side is an exact integer sum. */
  private static final byte[][] PLANES = planes(BANDS * MAX_BITS, DocumentVectorizer.DIMENSIONS, 0x5EC7_0B0CL);
  private static final int REST_BITS = MAX_BITS - BASE_BITS;
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

  private VectorBuckets() {}

  /** Receives a pair of members (indices into the arrays given) whose cosine reached the minimum. */
  public interface PairSink {
    void accept(int i, int j, double cosine);
  }

  /**
   * One base bucket's members in the order of their signatures in its band, ties by index: {@code order[i]} is
   * the i-th member's index in the arrays given to {@link #split}, {@code signatures[i]} its signature, exact in
   * as many bits as the bucket's split reads and 0 past them.
   */
  public record Split(int[] order, int[] signatures) {}

  /** Each band's {@value #MAX_BITS}-bit signature of {@code vector}: bit b says on which side of plane b it lies. */
  public static int[] signatures(byte[] vector) {
    int[] out = baseSignatures(vector);
    for (int band = 0; band < BANDS; band++) {
      out[band] = refined(vector, band, out[band], BASE_BITS, MAX_BITS);
    }
    return out;
  }

  /**
   * Each band's signature of {@code vector} exact in its top {@value #BASE_BITS} bits, the rest 0: all that puts
   * it in its base buckets ({@link #baseBucket}).
   */
  public static int[] baseSignatures(byte[] vector) {
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
  private static long[] pairedPlanes(int pairs, java.util.function.IntUnaryOperator plane) {
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

  /**
   * The number of the bucket a band's signature starts in, from 0 to {@link #BASE_BUCKETS}: the band and the
   * signature's top {@value #BASE_BITS} bits.
   */
  public static int baseBucket(int band, int signature) {
    return band << BASE_BITS | signature >>> REST_BITS;
  }

  /** The band of a base bucket ({@link #baseBucket}). */
  public static int bandOf(int baseBucket) {
    return baseBucket >>> BASE_BITS;
  }

  /** The signature whose top bits put it in a base bucket ({@link #baseBucket}), 0 past them: its members' base signature. */
  public static int baseSignatureOf(int baseBucket) {
    return (baseBucket & (1 << BASE_BITS) - 1) << REST_BITS;
  }

  /**
   * Whether two members are compared: unless neither is a query ({@link VectorSearch#queries}, a short
   * text). A long text is there to be found by the short texts it may be the source of; two long texts
   * are left to the other keys, and are what would make the search cost (docs/quality.md, heavy revisions).
   */
  public static boolean compared(boolean query, boolean otherQuery) {
    return query || otherQuery;
  }

  /** Whether any member is a query: a base bucket with none yields no pairs, so is neither split nor compared. */
  public static boolean holdsQuery(boolean[] queries) {
    for (boolean query : queries) {
      if (query) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members of one base bucket in signature order, with as many bits of their signatures as the bucket's
   * split reads: none past the base ones in a bucket of at most {@value #MAX_BUCKET}, {@value #STEP_BITS} more in
   * one above, and so on only in the parts still above. The members' base bits are all the bucket's, so they are
   * not asked for.
   *
   * @param baseBucket the bucket ({@link #baseBucket})
   * @param vectors its members' vectors
   */
  public static Split split(int baseBucket, byte[][] vectors) {
    int n = vectors.length;
    int[] order = new int[n];
    int[] signatures = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      signatures[i] = baseSignatureOf(baseBucket);
    }
    refine(bandOf(baseBucket), vectors, order, signatures, 0, n, BASE_BITS);
    return new Split(order, signatures);
  }

  /** Sorts {@code [from, to)}, whose members share their top {@code bits} bits, by the bits its split reads next. */
  private static void refine(int band, byte[][] vectors, int[] order, int[] signatures, int from, int to, int bits) {
    if (to - from <= MAX_BUCKET || bits >= MAX_BITS) {
      return;
    }
    int next = Math.min(MAX_BITS, bits + STEP_BITS);
    long[] keyed = new long[to - from]; // signature << 32 | index, so sorting orders by signature, then index
    for (int i = from; i < to; i++) {
      keyed[i - from] = (long) refined(vectors[order[i]], band, signatures[i], bits, next) << 32 | order[i];
    }
    Arrays.sort(keyed);
    for (int i = from; i < to; i++) {
      order[i] = (int) keyed[i - from];
      signatures[i] = (int) (keyed[i - from] >>> 32);
    }
    for (int start = from; start < to; ) {
      int end = start;
      while (end < to && prefix(signatures[end], next) == prefix(signatures[start], next)) {
        end++;
      }
      refine(band, vectors, order, signatures, start, end, next);
      start = end;
    }
  }

  /**
   * Every pair of the members of one base bucket that share a final bucket, are {@link #compared} and are
   * {@link #isClose} from {@code minCosine}, each once.
   *
   * @param split the members in signature order ({@link #split})
   * @param vectors the members' vectors, as given to {@link #split}
   * @param queries whether each member is a query, in the same order
   * @return the members left out in buckets still above {@value #MAX_BUCKET} at {@value #MAX_BITS} bits
   */
  public static int forEachPair(Split split, byte[][] vectors, boolean[] queries, double minCosine, PairSink sink) {
    int[] order = split.order();
    return split(split.signatures(), 0, order.length, BASE_BITS, (from, to) -> {
      // from each query, so that a bucket of long texts and few queries costs its queries' pairs only
      for (int query = from; query < to; query++) {
        if (!queries[order[query]]) {
          continue;
        }
        for (int other = from; other < to; other++) {
          if (other == query || queries[order[other]] && other < query) {
            continue; // two queries: compared once, from the first
          }
          int i = Math.min(order[query], order[other]);
          int j = Math.max(order[query], order[other]);
          double cosine = DocumentVectorizer.cosine(vectors[i], vectors[j]);
          if (isClose(vectors[i], vectors[j], cosine, minCosine)) {
            sink.accept(i, j, cosine);
          }
        }
      }
    });
  }

  /**
   * The members of one base bucket (its {@link Split#signatures}) that share the final bucket of a query's
   * signature, as the range {@code from << 32 | to} of the split's order: the bucket {@link #forEachPair}
   * compares the query in when it is a member; empty ({@code from == to}) when that bucket is skipped as too large.
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
   * Whether two vectors at {@code cosine} are close enough to be proposed: from {@code minCosine}, or from
   * {@value #WIDE_FLOOR_LOWER_BY} less when both have at least {@value #WIDE_SUPPORT} non-zero dimensions, or from
   * {@value #NARROW_FLOOR_LOWER_BY} less when both have fewer (below). A cosine of few dimensions is noisy: two
   * 40-word snippets on one celebrity couple reach 0.45 on their names alone, and with the floor lowered to 0.45 for
   * every pair, on rewrites-dev's fit part a fifth of the pairs added were wrong (a sixteenth of the pairs reported). Two texts of about 120 words and more (about 50 distinct content stems) at 0.45 share enough of their
   * vocabulary to be worth verifying: a restyled article (tabloid, casual) or a heavily revised answer changes most
   * of its words' forms and register, which takes its cosine with its original to 0.45-0.50 (docs/quality.md,
   * "Restyled, simplified and heavily revised short texts").
   *
   * <p>Two snippets (both vectors under {@value #WIDE_SUPPORT} non-zero dimensions, about 120 words) are proposed
   * from {@value #NARROW_FLOOR_LOWER_BY} less. A model's rewrite of a one- or two-sentence news snippet swaps most of
   * its few content words, so its cosine with its original falls to 0.3-0.5, and the 0.5 floor kept most of the
   * snippet rewrites the scan still missed from ever being verified. The six-nearest limit keeps the pairs a snippet
   * proposes bounded, and between two snippets the verification (every sentence pair judged by the model, the
   * whole-text judge) is what tells a rewrite from a same-topic snippet: on rewrites-dev's fit part this added 50-53
   * right pairs and 5 wrong ones from a floor lowered by 0.15 to 0.25, and none of the fit part's hardest same-topic
   * negatives (docs/quality.md, "Short news paragraphs rewritten by models"). Where only one side is narrow the floor
   * stays: a snippet and a longer same-story article at 0.45 are the noise the wide rule's measurements found.
   *
   * <p>Depends on the two vectors alone, so the scan, the Spark job and the standing index apply it alike.
   */
  public static boolean isClose(byte[] a, byte[] b, double cosine, double minCosine) {
    if (cosine >= minCosine) {
      return true;
    }
    if (cosine < minCosine - NARROW_FLOOR_LOWER_BY) {
      return false;
    }
    int supportA = support(a);
    int supportB = support(b);
    boolean bothWide = supportA >= WIDE_SUPPORT && supportB >= WIDE_SUPPORT;
    boolean bothNarrow = supportA < WIDE_SUPPORT && supportB < WIDE_SUPPORT;
    return bothWide && cosine >= minCosine - WIDE_FLOOR_LOWER_BY || bothNarrow;
  }

  /** The lowest cosine {@link #isClose} ever admits from {@code minCosine}. */
  public static double lowestCosine(double minCosine) {
    return minCosine - Math.max(WIDE_FLOOR_LOWER_BY, NARROW_FLOOR_LOWER_BY);
  }

  /** How many of a vector's dimensions are not zero: about its text's distinct content stems, up to collisions. */
  static int support(byte[] vector) {
    int n = 0;
    for (byte b : vector) {
      n += b != 0 ? 1 : 0;
    }
    return n;
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
