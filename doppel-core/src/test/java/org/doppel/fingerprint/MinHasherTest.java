package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.doppel.document.Hashing;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final long SEED = 42;

  /** Shingle hashes standing for shingles numbered {@code from..to-1}. */
  private static long[] shingles(int from, int to) {
    return LongStream.range(from, to).map(i -> Hashing.mix(i * 7919 + 1)).toArray();
  }

  @Test
  void identicalSetsEstimateOne() {
    MinHasher hasher = new MinHasher(64, SEED);
    assertThat(hasher.sign(shingles(0, 300)).estimateJaccard(hasher.sign(shingles(0, 300)))).isEqualTo(1.0);
  }

  @Test
  void theSameSetInAnotherOrderWithDuplicatesHasTheSameSignature() {
    MinHasher hasher = new MinHasher(64, SEED);
    long[] forward = shingles(0, 100);
    long[] shuffled = LongStream.concat(LongStream.range(0, 100).map(i -> forward[(int) (99 - i)]), LongStream.of(forward[3], forward[7])).toArray();
    assertThat(hasher.sign(shuffled)).isEqualTo(hasher.sign(forward));
  }

  @Test
  void disjointSetsEstimateNearlyZero() {
    MinHasher hasher = new MinHasher(64, SEED);
    assertThat(hasher.sign(shingles(0, 300)).estimateJaccard(hasher.sign(shingles(1000, 1300)))).isLessThanOrEqualTo(0.05);
  }

  @Test
  void theEstimateIsWithinFifteenHundredthsOfTheTrueJaccard() {
    // |A| = |B| = 300 with 200 in common: J = 200 / 400 = 0.5
    for (int bins : new int[] {64, 128, 256}) {
      MinHasher hasher = new MinHasher(bins, SEED);
      double estimate = hasher.sign(shingles(0, 300)).estimateJaccard(hasher.sign(shingles(100, 400)));
      assertThat(estimate).as("%d bins", bins).isCloseTo(0.5, within(0.15));
    }
  }

  @Test
  void shortDocumentsFillEveryBinByDensification() {
    MinHasher hasher = new MinHasher(64, SEED);
    MinHashSignature signature = hasher.sign(shingles(0, 3));
    assertThat(signature.size()).isEqualTo(64);
    // every bin holds the 32-bit minimum of one of the three shingles, none is left empty
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    for (int i = 0; i < signature.size(); i++) {
      distinct.add(signature.value(i));
    }
    assertThat(distinct).hasSizeLessThanOrEqualTo(3).doesNotContain((int) Long.MAX_VALUE);
  }

  @Test
  void signaturesMadeWithDifferentSeedsRefuseToCompare() {
    MinHashSignature a = new MinHasher(64, 1).sign(shingles(0, 50));
    MinHashSignature b = new MinHasher(64, 2).sign(shingles(0, 50));
    assertThatThrownBy(() -> a.estimateJaccard(b)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed");
  }

  @Test
  void signaturesOfDifferentSizesRefuseToCompare() {
    MinHashSignature a = new MinHasher(64, SEED).sign(shingles(0, 50));
    MinHashSignature b = new MinHasher(128, SEED).sign(shingles(0, 50));
    assertThatThrownBy(() -> a.estimateJaccard(b)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSignatureCarriesItsSeedAndSize() {
    MinHashSignature signature = new MinHasher(32, 99).sign(shingles(0, 10));
    assertThat(signature.seed()).isEqualTo(99);
    assertThat(signature.size()).isEqualTo(32);
  }

  @Test
  void binCountsOutsideSixteenTo1024AreRefused() {
    assertThatThrownBy(() -> new MinHasher(15, SEED)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MinHasher(1025, SEED)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new MinHasher(16, SEED).sign(shingles(0, 5)).size()).isEqualTo(16);
  }
}
