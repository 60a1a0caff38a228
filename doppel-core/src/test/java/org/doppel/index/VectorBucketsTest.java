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

  /** A vector of {@code width} equal non-zero dimensions from {@code from}: cosines of two are shared / width. */
  private static byte[] flat(int from, int width) {
    byte[] v = new byte[DocumentVectorizer.DIMENSIONS];
    Arrays.fill(v, from, from + width, (byte) 10);
    return v;
  }

  @Test
  void twoWideVectorsAreCloseFromALowerFloorTwoNarrowOnesFromALowerStillAndAMixedPairNot() {
    // 47 of 100 dimensions shared: cosine 0.47, under a floor of 0.5 and over 0.45
    byte[] wide = flat(0, 100);
    byte[] wideNear = flat(53, 100);
    double cosine = DocumentVectorizer.cosine(wide, wideNear);
    assertThat(cosine).isBetween(0.46, 0.48);
    assertThat(VectorBuckets.isClose(wide, wideNear, cosine, 0.5)).isTrue();
    // under the wide floor nothing wide is close, and from the floor everything is
    byte[] wideFar = flat(56, 100);
    assertThat(VectorBuckets.isClose(wide, wideFar, DocumentVectorizer.cosine(wide, wideFar), 0.5)).isFalse();
    // two snippets (30 distinct stems each): close from 0.3, as a model's rewrite of a snippet is
    byte[] narrow = flat(0, 30);
    byte[] narrowNear = flat(16, 30);
    assertThat(VectorBuckets.isClose(narrow, narrowNear, DocumentVectorizer.cosine(narrow, narrowNear), 0.5)).isTrue();
    byte[] narrowAtFloor = flat(21, 30); // 9 of 30 shared: 0.3
    assertThat(VectorBuckets.isClose(narrow, narrowAtFloor, DocumentVectorizer.cosine(narrow, narrowAtFloor), 0.5)).isTrue();
    byte[] narrowFar = flat(22, 30); // 8 of 30: 0.267, from the short texts' floor only
    assertThat(closeOnlyAsShortTexts(narrow, narrowFar)).isTrue();
    byte[] narrowFarther = flat(23, 30); // 7 of 30: 0.233
    assertThat(VectorBuckets.isClose(narrow, narrowFarther, DocumentVectorizer.cosine(narrow, narrowFarther), 0.5)).isFalse();
    // a snippet and a text wider than a short one, of not twice its vocabulary, keep the floor
    assertThat(VectorBuckets.isClose(flat(0, VectorBuckets.SHORT_SUPPORT + 5), flat(40, 48), 0.467, 0.5)).isFalse();
    assertThat(VectorBuckets.isClose(narrow, flat(15, 30), 0.5, 0.5)).isTrue();
    assertThat(VectorBuckets.lowestCosine(0.5)).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void twoShortTextsAreCloseFromTheShortTextsFloorWhateverTheirWidths() {
    // a 70-stem paragraph and its 40-stem easy-language version sharing 16 stems: 16 / sqrt(70 * 40) = 0.302
    byte[] paragraph = flat(0, 70);
    byte[] easy = flat(54, 40);
    assertThat(VectorBuckets.isClose(paragraph, easy, DocumentVectorizer.cosine(paragraph, easy), 0.5)).isTrue();
    assertThat(VectorBuckets.isClose(easy, paragraph, DocumentVectorizer.cosine(easy, paragraph), 0.5)).isTrue();
    byte[] easyFar = flat(55, 40); // 15 shared: 0.283, over the short texts' floor (0.25)
    assertThat(VectorBuckets.isClose(paragraph, easyFar, DocumentVectorizer.cosine(paragraph, easyFar), 0.5)).isTrue();
    byte[] easyFarther = flat(58, 40); // 12 shared: 0.227
    assertThat(VectorBuckets.isClose(paragraph, easyFarther, DocumentVectorizer.cosine(paragraph, easyFarther), 0.5)).isFalse();
    // two short texts both wide: the same floor
    byte[] rewrite = flat(48, 70); // 22 of 70 shared: 0.314
    assertThat(VectorBuckets.isClose(paragraph, rewrite, DocumentVectorizer.cosine(paragraph, rewrite), 0.5)).isTrue();
    // once one side has the vocabulary of a longer text, the wide and condensed floors decide again
    byte[] article = flat(0, VectorBuckets.SHORT_SUPPORT);
    byte[] easyBesideArticle = flat(VectorBuckets.SHORT_SUPPORT - 22, 60);
    double cosine = DocumentVectorizer.cosine(article, easyBesideArticle);
    assertThat(cosine).isBetween(0.28, 0.3);
    assertThat(VectorBuckets.isClose(flat(0, VectorBuckets.SHORT_SUPPORT - 1), flat(VectorBuckets.SHORT_SUPPORT - 1 - 20, 60),
        0.26, 0.5)).isTrue();
    assertThat(VectorBuckets.isClose(article, easyBesideArticle, 0.3, 0.5)).isFalse();
  }

  @Test
  void onlyAPairCloseByTheShortTextsFloorAloneIsLeftToTheWholeTextJudge() {
    // a 70-stem paragraph beside a 40-stem easy version at 0.302: close only because both are short, either way round
    byte[] paragraph = flat(0, 70);
    byte[] easy = flat(54, 40);
    assertThat(closeOnlyAsShortTexts(paragraph, easy)).isTrue();
    assertThat(closeOnlyAsShortTexts(easy, paragraph)).isTrue();
    // from the floor itself, two snippets, or two wide short texts over the wide floor: proposed as before, not judged
    assertThat(VectorBuckets.closeOnlyAsShortTexts(paragraph, easy, 0.5, 0.5)).isFalse();
    assertThat(closeOnlyAsShortTexts(flat(0, 30), flat(16, 30))).isFalse();
    byte[] rewrite = flat(36, 70); // 34 of 70 shared: 0.486
    assertThat(closeOnlyAsShortTexts(paragraph, rewrite)).isFalse();
    // a condensation of at most half a wide text's stems over the wide floor: not judged either
    assertThat(VectorBuckets.closeOnlyAsShortTexts(flat(0, 70), flat(40, 30), 0.46, 0.5)).isFalse();
    // a query's candidate that only the vectors propose carries the same answer
    assertThat(Candidate.byVectorsAlone(7, paragraph, easy, 0.5).judgedWhole()).isTrue();
    assertThat(Candidate.byVectorsAlone(7, paragraph, rewrite, 0.5).judgedWhole()).isFalse();
    assertThat(new Candidate(7, 1, 0, 0).judgedWhole()).isFalse();
    // under the lowest floor nothing is close at all
    assertThat(closeOnlyAsShortTexts(paragraph, flat(58, 40))).isFalse();
  }

  @Test
  void aSummaryOrAnEasyVersionBesideAnOriginalOfUpToAbout230WordsIsProposedFromTheShortTextsFloor() {
    // a 25-stem summary beside an 89-stem original at 0.35: under the condensed floor, over the short texts' one
    byte[] original = flat(0, VectorBuckets.SHORT_SUPPORT - 1);
    byte[] summary = flat(0, 25);
    assertThat(VectorBuckets.isClose(original, summary, 0.35, 0.5)).isTrue();
    assertThat(VectorBuckets.closeOnlyAsShortTexts(summary, original, 0.35, 0.5)).isTrue();
    // an easy-language version of more than half its original's stems (no condensation) beside an original of 82
    // stems, at 0.27: a short text beside a short text, proposed from the same floor and judged whole
    byte[] easy = flat(0, 48);
    assertThat(VectorBuckets.isClose(flat(0, 82), easy, 0.27, 0.5)).isTrue();
    assertThat(VectorBuckets.closeOnlyAsShortTexts(easy, flat(0, 82), 0.27, 0.5)).isTrue();
    assertThat(VectorBuckets.isClose(original, flat(0, 60), 0.35, 0.5)).isTrue();
    // beside a longer original, or under the short texts' floor, the floors stay
    assertThat(VectorBuckets.isClose(flat(0, VectorBuckets.SHORT_SUPPORT), summary, 0.35, 0.5)).isFalse();
    assertThat(VectorBuckets.isClose(flat(0, VectorBuckets.SHORT_SUPPORT), easy, 0.27, 0.5)).isFalse();
    assertThat(VectorBuckets.isClose(original, summary, 0.24, 0.5)).isFalse();
  }

  private static boolean closeOnlyAsShortTexts(byte[] a, byte[] b) {
    return VectorBuckets.closeOnlyAsShortTexts(a, b, DocumentVectorizer.cosine(a, b), 0.5);
  }

  @Test
  void theIndexMarksTheVectorPairsOnlyTheShortTextsFloorProposes() {
    BucketNeighbours neighbours = new BucketNeighbours();
    byte[] paragraph = flat(0, 70);
    byte[] easy = flat(54, 40); // 0.302 with the paragraph: by the short texts' floor
    byte[] rewrite = flat(36, 70); // 0.486: by the wide floor
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
  void aSnippetOfAtMostHalfAWideTextsVocabularyIsCloseFromTheWideFloor() {
    // a 30-stem condensation keeping 23 of its 90-stem original's stems: cosine 23 / sqrt(30 * 90) = 0.443, and one
    // keeping 24: 0.462, under the floor of 0.5 for any faithful condensation this short
    byte[] original = flat(0, 90);
    byte[] condensedFar = flat(67, 30);
    byte[] condensedNear = flat(66, 30);
    assertThat(VectorBuckets.isClose(original, condensedNear, DocumentVectorizer.cosine(original, condensedNear), 0.5)).isTrue();
    assertThat(VectorBuckets.isClose(condensedNear, original, DocumentVectorizer.cosine(condensedNear, original), 0.5)).isTrue();
    assertThat(VectorBuckets.isClose(original, condensedFar, DocumentVectorizer.cosine(original, condensedFar), 0.5)).isFalse();
    // at half the wide text's stems and over, or both wide or both narrow, the other floors decide
    assertThat(VectorBuckets.condensed(30, 60)).isTrue();
    assertThat(VectorBuckets.condensed(60, 30)).isTrue();
    assertThat(VectorBuckets.condensed(31, 60)).isFalse();
    assertThat(VectorBuckets.condensed(20, 40)).isFalse();
    assertThat(VectorBuckets.condensed(50, 120)).isFalse();
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
