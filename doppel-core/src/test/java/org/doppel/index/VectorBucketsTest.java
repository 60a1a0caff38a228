package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.doppel.fingerprint.DocumentVectorizer;
import org.junit.jupiter.api.Test;

class VectorBucketsTest {
  private static byte[] randomVector(Random random) {
    byte[] v = new byte[DocumentVectorizer.DIMENSIONS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (byte) (random.nextInt(41) - 20);
    }
    return v;
  }

  /** {@code v} with a few coordinates moved: a close neighbour. */
  private static byte[] near(byte[] v, Random random, int changes) {
    byte[] out = v.clone();
    for (int c = 0; c < changes; c++) {
      int i = random.nextInt(out.length);
      out[i] = (byte) Math.max(-127, Math.min(127, out[i] + random.nextInt(21) - 10));
    }
    return out;
  }

  @Test
  void closeVectorsShareMostBandsAndUnrelatedOnesFew() {
    Random random = new Random(3);
    byte[] v = randomVector(random);
    int[] own = VectorBuckets.signatures(v);
    assertThat(VectorBuckets.signatures(v.clone())).isEqualTo(own);
    int sharedNear = 0;
    int sharedOther = 0;
    int[] close = VectorBuckets.signatures(near(v, random, 20));
    int[] other = VectorBuckets.signatures(randomVector(random));
    for (int band = 0; band < VectorBuckets.BANDS; band++) {
      sharedNear += VectorBuckets.baseBucket(band, own[band]) == VectorBuckets.baseBucket(band, close[band]) ? 1 : 0;
      sharedOther += VectorBuckets.baseBucket(band, own[band]) == VectorBuckets.baseBucket(band, other[band]) ? 1 : 0;
    }
    assertThat(sharedNear).isGreaterThan(VectorBuckets.BANDS / 2);
    assertThat(sharedOther).isLessThan(VectorBuckets.BANDS / 8);
  }

  @Test
  void aBucketAboveTheCapIsSplitByMoreBitsAndOneThatCannotBeSplitIsSkipped() {
    Random random = new Random(7);
    // 150 members in one base bucket, in five groups of 30 that differ in the bits after the base ones
    int n = 150;
    int next = VectorBuckets.BASE_BITS + VectorBuckets.STEP_BITS;
    int[] signatures = new int[n];
    byte[][] vectors = new byte[n][];
    byte[] shared = randomVector(random);
    for (int i = 0; i < n; i++) {
      int group = i / 30;
      int prefix = 0x35 << VectorBuckets.STEP_BITS | group;
      signatures[i] = prefix << (VectorBuckets.MAX_BITS - next) | random.nextInt(1 << (VectorBuckets.MAX_BITS - next));
      vectors[i] = shared; // every cosine 1: each pair compared is reported
    }
    Arrays.sort(signatures);
    List<long[]> pairs = new ArrayList<>();
    int skipped = VectorBuckets.forEachPair(sorted(signatures), vectors, allQueries(n), 0.5, (i, j, cosine) -> pairs.add(new long[] {i, j}));

    assertThat(skipped).isZero();
    // split once: five buckets of 30; pairs only within them
    assertThat(pairs).hasSize(5 * 30 * 29 / 2);
    int shift = VectorBuckets.MAX_BITS - next;
    assertThat(pairs).allMatch(p -> signatures[(int) p[0]] >>> shift == signatures[(int) p[1]] >>> shift);
    // a query follows the same cut
    long range = VectorBuckets.bucketOf(signatures, (0x35 << VectorBuckets.STEP_BITS | 4) << shift);
    assertThat((int) range - (int) (range >>> 32)).isEqualTo(30);

    int[] alike = new int[VectorBuckets.MAX_BUCKET + 1];
    Arrays.fill(alike, 0x1234);
    byte[][] same = new byte[alike.length][];
    Arrays.fill(same, shared);
    assertThat(VectorBuckets.forEachPair(sorted(alike), same, allQueries(alike.length), 0.5, (i, j, cosine) -> pairs.add(null))).isEqualTo(alike.length);
    assertThat(VectorBuckets.bucketOf(alike, 0x1234)).isZero();
  }

  @Test
  void aSignatureBitIsTheSideOfItsPlane() {
    Random random = new Random(5);
    for (int trial = 0; trial < 20; trial++) {
      byte[] vector = randomVector(random);
      for (int d = 0; d < vector.length; d += 1 + trial % 3) {
        vector[d] = 0; // sparse as a text's vector, and extreme bytes as well
      }
      vector[trial] = trial % 2 == 0 ? Byte.MIN_VALUE : Byte.MAX_VALUE;
      int[] signatures = VectorBuckets.signatures(vector);
      for (int band = 0; band < VectorBuckets.BANDS; band++) {
        for (int bit = 0; bit < VectorBuckets.MAX_BITS; bit++) {
          byte[] plane = BandSignatures.plane(band * VectorBuckets.MAX_BITS + bit);
          int dot = 0;
          for (int d = 0; d < plane.length; d++) {
            dot += plane[d] * vector[d];
          }
          assertThat(signatures[band] >>> (VectorBuckets.MAX_BITS - 1 - bit) & 1).isEqualTo(dot >= 0 ? 1 : 0);
        }
      }
    }
  }

  @Test
  void baseSignaturesAreTheTopBitsOfTheFullOnes() {
    Random random = new Random(13);
    for (int trial = 0; trial < 20; trial++) {
      byte[] vector = randomVector(random);
      int[] full = VectorBuckets.signatures(vector);
      int[] base = VectorBuckets.baseSignatures(vector);
      for (int band = 0; band < VectorBuckets.BANDS; band++) {
        assertThat(base[band]).isEqualTo(full[band] >>> (VectorBuckets.MAX_BITS - VectorBuckets.BASE_BITS) << (VectorBuckets.MAX_BITS - VectorBuckets.BASE_BITS));
        assertThat(VectorBuckets.baseBucket(band, base[band])).isEqualTo(VectorBuckets.baseBucket(band, full[band]));
      }
    }
  }

  @Test
  void aSplitFromTheBaseBitsPairsAndFindsAsFullSignaturesSortedDo() {
    Random random = new Random(17);
    // two crowds of 150 (one spread, one of near copies) and scattered vectors: base buckets above the cap in
    // every band, split once, twice, or left out at all 16 bits
    List<byte[]> vectors = new ArrayList<>();
    byte[] spread = randomVector(random);
    byte[] tight = randomVector(random);
    for (int i = 0; i < 150; i++) {
      vectors.add(near(spread, random, 80));
      vectors.add(near(tight, random, 2));
    }
    for (int i = 0; i < 100; i++) {
      vectors.add(randomVector(random));
    }
    int[][] full = vectors.stream().map(VectorBuckets::signatures).toArray(int[][]::new);
    java.util.Map<Integer, List<Integer>> buckets = new java.util.TreeMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      for (int band = 0; band < VectorBuckets.BANDS; band++) {
        buckets.computeIfAbsent(VectorBuckets.baseBucket(band, full[i][band]), b -> new ArrayList<>()).add(i);
      }
    }
    int pairs = 0;
    int skipped = 0;
    for (java.util.Map.Entry<Integer, List<Integer>> entry : buckets.entrySet()) {
      int bucket = entry.getKey();
      int band = VectorBuckets.bandOf(bucket);
      List<Integer> members = entry.getValue();
      byte[][] own = members.stream().map(vectors::get).toArray(byte[][]::new);
      boolean[] queries = new boolean[own.length];
      for (int i = 0; i < queries.length; i++) {
        queries[i] = members.get(i) % 3 == 0;
      }
      // as before the base bits came first: every member's full signature, sorted, ties by index
      long[] keyed = new long[own.length];
      for (int i = 0; i < own.length; i++) {
        keyed[i] = (long) full[members.get(i)][band] << 32 | i;
      }
      Arrays.sort(keyed);
      VectorBuckets.Split reference = new VectorBuckets.Split(Arrays.stream(keyed).mapToInt(x -> (int) x).toArray(),
          Arrays.stream(keyed).mapToInt(x -> (int) (x >>> 32)).toArray());
      VectorBuckets.Split split = VectorBuckets.split(bucket, own);
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>();
      int left = VectorBuckets.forEachPair(reference, own, queries, 0.3, (i, j, cosine) -> expected.add(i + " " + j + " " + cosine));
      assertThat(VectorBuckets.forEachPair(split, own, queries, 0.3, (i, j, cosine) -> actual.add(i + " " + j + " " + cosine))).isEqualTo(left);
      java.util.Collections.sort(expected);
      java.util.Collections.sort(actual);
      assertThat(actual).isEqualTo(expected);
      for (int i = 0; i < own.length; i++) { // each member's bucket holds the same members
        assertThat(membersIn(split, VectorBuckets.bucketOf(split.signatures(), full[members.get(i)][band])))
            .isEqualTo(membersIn(reference, VectorBuckets.bucketOf(reference.signatures(), full[members.get(i)][band])));
      }
      pairs += expected.size();
      skipped += left;
    }
    assertThat(pairs).isGreaterThan(10_000);
    assertThat(skipped).isGreaterThan(0);
  }

  private static java.util.Set<Integer> membersIn(VectorBuckets.Split split, long range) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int at = (int) (range >>> 32); at < (int) range; at++) {
      out.add(split.order()[at]);
    }
    return out;
  }

  @Test
  void theIndexMarksTheVectorPairsOnlyTheShortTextsFloorProposes() {
    BucketNeighbours neighbours = new BucketNeighbours();
    byte[] paragraph = CloseVectorsTest.flat(0, 70);
    byte[] easy = CloseVectorsTest.flat(54, 40); // 0.302 with the paragraph: by the short texts' floor
    byte[] rewrite = CloseVectorsTest.flat(36, 70); // 0.486: by the wide floor
    neighbours.add(0, paragraph, true, false);
    neighbours.add(1, easy, true, false);
    neighbours.add(2, rewrite, true, false);
    long[] pairs = neighbours.pairs(6, 0.5);
    long easyPair = CandidatePairs.pack(0, 1);
    long rewritePair = CandidatePairs.pack(0, 2);
    assertThat(pairs).contains(easyPair, rewritePair);
    long[] judged = neighbours.closeOnlyAsShortTexts(pairs, 0.5);
    assertThat(judged).contains(easyPair).doesNotContain(rewritePair);
    // a pair another key proposes too (here a shared anchor) is verified as before
    assertThat(CandidatePairs.inNone(judged, List.<long[]>of(new long[] {easyPair}))).isEmpty();
    assertThat(CandidatePairs.inNone(judged, List.<long[]>of(new long[] {rewritePair}))).contains(easyPair);
    CandidatePairs candidates = CandidatePairs.union(1, pairs).withJudgedWhole(judged);
    for (int i = 0; i < candidates.size(); i++) {
      long pair = CandidatePairs.pack(candidates.first(i), candidates.second(i));
      assertThat(candidates.judgedWhole(i)).as("pair %d-%d", candidates.first(i), candidates.second(i))
          .isEqualTo(Arrays.binarySearch(judged, pair) >= 0);
    }
  }

  @Test
  void theNearestKeepTheTopKAndEveryTieOfTheKth() {
    long[] others = {10, 11, 12, 13, 14};
    double[] cosines = {0.9, 0.6, 0.7, 0.7, 0.55};
    assertThat(VectorBuckets.nearest(others, cosines, 2)).containsExactlyInAnyOrder(10, 12, 13);
    assertThat(VectorBuckets.nearest(others, cosines, 3)).containsExactlyInAnyOrder(10, 12, 13);
    assertThat(VectorBuckets.nearest(others, cosines, 6)).containsExactlyInAnyOrder(10, 11, 12, 13, 14);
  }

  @Test
  void theIndexProposesForEachDocumentWhatItsQueryFindsAndNeverPairsTwoLongTexts() {
    Random random = new Random(11);
    BucketNeighbours neighbours = new BucketNeighbours();
    List<byte[]> vectors = new ArrayList<>();
    for (int group = 0; group < 40; group++) {
      byte[] centre = randomVector(random);
      for (int member = 0; member < 4; member++) {
        vectors.add(near(centre, random, 60));
      }
    }
    for (int i = 0; i < vectors.size(); i++) {
      neighbours.add(i, vectors.get(i), isQuery(i), false);
    }
    long[] pairs = neighbours.pairs(2, 0.5);
    List<Long> fromQueries = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      for (int other : neighbours.nearest(i, vectors.get(i), isQuery(i), false, 2, 0.5)) {
        fromQueries.add(CandidatePairs.pack(Math.min(i, other), Math.max(i, other)));
      }
    }
    assertThat(pairs).isNotEmpty();
    assertThat(Arrays.stream(pairs).boxed().toList()).containsExactlyInAnyOrderElementsOf(fromQueries.stream().distinct().toList());
    // a group's members are one another's nearest; no pair links two groups (their cosines are near 0)
    assertThat(Arrays.stream(pairs).allMatch(p -> (p >>> 32) / 4 == (int) p / 4)).isTrue();
    // each group: its two queries paired, each with both long members; the two long members never
    assertThat(Arrays.stream(pairs).allMatch(p -> isQuery((int) (p >>> 32)) || isQuery((int) p))).isTrue();
    assertThat(pairs).hasSizeBetween(40 * 4, 40 * 5);
  }

  /** Members whose (sorted) signatures are known in full, in their order. */
  private static VectorBuckets.Split sorted(int[] signatures) {
    return new VectorBuckets.Split(java.util.stream.IntStream.range(0, signatures.length).toArray(), signatures);
  }

  /** The first two members of each group of four are queries (short texts), the other two are not. */
  private static boolean isQuery(int member) {
    return member % 4 < 2;
  }

  private static boolean[] allQueries(int n) {
    boolean[] queries = new boolean[n];
    Arrays.fill(queries, true);
    return queries;
  }

  @Test
  void aTextLaidOutInLinesJoinsTheFourBaseBucketsSharingItsTopBits() {
    // one short statement a line: 150 words in 20 lines of four words or more; prose: 250 words in 20 lines, or 11 lines
    assertThat(VectorBuckets.laidOutInLines(150, 20)).isTrue();
    assertThat(VectorBuckets.laidOutInLines(250, 20)).isFalse();
    assertThat(VectorBuckets.laidOutInLines(60, 11)).isFalse();
    int signature = 0b1011011 << VectorBuckets.REST_BITS | 0x1AB;
    int own = VectorBuckets.baseBucket(5, signature);
    assertThat(VectorBuckets.baseBuckets(5, signature, false)).containsExactly(own);
    int[] spread = VectorBuckets.baseBuckets(5, signature, true);
    assertThat(spread).hasSize(1 << VectorBuckets.BASE_BITS - VectorBuckets.LINES_BASE_BITS).doesNotHaveDuplicates();
    assertThat(spread[0]).isEqualTo(own);
    for (int bucket : spread) {
      assertThat(VectorBuckets.bandOf(bucket)).isEqualTo(5);
      assertThat(bucket >>> VectorBuckets.BASE_BITS - VectorBuckets.LINES_BASE_BITS)
          .isEqualTo(own >>> VectorBuckets.BASE_BITS - VectorBuckets.LINES_BASE_BITS);
      // a member of another base bucket is read there with the bucket's base bits and its own others
      assertThat(VectorBuckets.signatureIn(bucket, signature) >>> VectorBuckets.REST_BITS).isEqualTo(VectorBuckets.baseSignatureOf(bucket) >>> VectorBuckets.REST_BITS);
      assertThat(VectorBuckets.signatureIn(bucket, signature) & (1 << VectorBuckets.REST_BITS) - 1).isEqualTo(0x1AB);
    }
  }

  @Test
  void twoShortTextsSharingNoBaseBucketAreComparedWhenOneIsLaidOutInLines() {
    // a 60-stem paragraph and a 40-stem version at about 0.3 whose signatures share no band's base bits, but some band's top 5
    Random random = new Random(5);
    byte[] paragraph = null;
    byte[] version = null;
    for (int attempt = 0; attempt < 100_000 && version == null; attempt++) {
      byte[] a = sparse(random, 60);
      byte[] b = sparse(random, 40);
      double cosine = DocumentVectorizer.cosine(a, b);
      if (cosine >= 0.3 && cosine < 0.35 && sharedBases(a, b, VectorBuckets.BASE_BITS) == 0 && sharedBases(a, b, VectorBuckets.LINES_BASE_BITS) > 0) {
        paragraph = a;
        version = b;
      }
    }
    assertThat(version).isNotNull();
    BucketNeighbours apart = new BucketNeighbours();
    apart.add(0, paragraph, true, false);
    apart.add(1, version, true, false);
    assertThat(apart.pairs(6, 0.5)).isEmpty();
    assertThat(apart.nearest(1, version, true, false, 6, 0.5)).isEmpty();
    // the version laid out in lines: found from either side, by the whole scan and by one text asked about
    BucketNeighbours inLines = new BucketNeighbours();
    inLines.add(0, paragraph, true, false);
    inLines.add(1, version, true, true);
    assertThat(inLines.pairs(6, 0.5)).containsExactly(CandidatePairs.pack(0, 1));
    assertThat(inLines.nearest(1, version, true, true, 6, 0.5)).containsExactly(0);
    assertThat(inLines.nearest(0, paragraph, true, false, 6, 0.5)).containsExactly(1);
    // and judged whole before it is reported, as every pair of short texts close only by their floor
    assertThat(inLines.closeOnlyAsShortTexts(inLines.pairs(6, 0.5), 0.5)).containsExactly(CandidatePairs.pack(0, 1));
  }

  /** A vector of {@code stems} non-zero dimensions out of the first 200, as a short text's vocabulary. */
  private static byte[] sparse(Random random, int stems) {
    byte[] v = new byte[DocumentVectorizer.DIMENSIONS];
    for (int n = 0; n < stems; ) {
      int i = random.nextInt(200);
      if (v[i] == 0) {
        v[i] = (byte) (5 + random.nextInt(20));
        n++;
      }
    }
    return v;
  }

  /** Bands in which two vectors' signatures share their top {@code bits} bits. */
  private static int sharedBases(byte[] a, byte[] b, int bits) {
    int[] sa = VectorBuckets.signatures(a);
    int[] sb = VectorBuckets.signatures(b);
    int shared = 0;
    for (int band = 0; band < VectorBuckets.BANDS; band++) {
      shared += sa[band] >>> VectorBuckets.MAX_BITS - bits == sb[band] >>> VectorBuckets.MAX_BITS - bits ? 1 : 0;
    }
    return shared;
  }
}
