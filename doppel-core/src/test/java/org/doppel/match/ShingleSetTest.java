package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShingleSetTest {
  @Test
  void overlapOfSetsIsTheOverlapOfSortedDistinctArrays() {
    Random random = new Random(13);
    for (int trial = 0; trial < 500; trial++) {
      long[] a = shingles(random, random.nextInt(300));
      long[] b = shingles(random, random.nextInt(300));
      if (trial % 3 == 0 && a.length > 0 && b.length > 0) {
        System.arraycopy(a, 0, b, 0, Math.min(a.length, b.length) / 2); // a shared run
      }
      assertThat(ShingleOverlap.of(ShingleSet.of(a), ShingleSet.of(b))).isEqualTo(ShingleOverlap.of(a, b));
      assertThat(ShingleOverlap.of(ShingleSet.of(b), ShingleSet.of(a))).isEqualTo(ShingleOverlap.of(b, a));
    }
  }

  @Test
  void repeatsCountOnceAndZeroIsAShingleLikeAnyOther() {
    ShingleSet set = ShingleSet.of(new long[] {5, 0, 5, -1, 0, 1L << 40});
    assertThat(set.size()).isEqualTo(4);
    assertThat(set.contains(0)).isTrue();
    assertThat(set.contains(7)).isFalse();
    assertThat(ShingleOverlap.of(set, ShingleSet.of(new long[] {0, 7}))).isEqualTo(new ShingleOverlap(0.2, 0.25, 0.5));
    assertThat(ShingleOverlap.of(ShingleSet.of(new long[0]), ShingleSet.of(new long[0]))).isEqualTo(new ShingleOverlap(0, 0, 0));
  }

  /** Hashes from a small range, so that repeats and collisions in the table's low bits happen. */
  private static long[] shingles(Random random, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = random.nextInt(8) == 0 ? random.nextLong() : (random.nextInt(400) - 20) * 1024L;
    }
    return out;
  }
}
