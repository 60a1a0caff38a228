package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.doppel.document.Hashing;
import org.junit.jupiter.api.Test;

class AnchorSamplerTest {
  private static long[] shingles(long from, long to) {
    return LongStream.range(from, to).map(i -> Hashing.mix(i * 31 + 17)).toArray();
  }

  @Test
  void aboutOneShingleInOneInIsKept() {
    long[] all = shingles(0, 80_000);
    for (int bits : new int[] {1, 3, 5}) {
      int kept = new AnchorSampler(1 << bits).sample(all).length;
      double expected = all.length / Math.pow(2, bits);
      assertThat((double) kept).as("%d bits", bits).isBetween(expected * 0.9, expected * 1.1);
    }
  }

  @Test
  void oneInOneKeepsEveryShingle() {
    assertThat(new AnchorSampler(1).sample(shingles(0, 1000))).hasSize(1000);
  }

  @Test
  void anchorsAreSortedAndDistinct() {
    long[] withRepeats = LongStream.concat(LongStream.of(shingles(0, 2000)), LongStream.of(shingles(0, 2000))).toArray();
    int[] anchors = new AnchorSampler(4).sample(withRepeats);
    assertThat(anchors).isSorted();
    assertThat(Arrays.stream(anchors).distinct().count()).isEqualTo(anchors.length);
    assertThat(anchors).containsExactly(new AnchorSampler(4).sample(shingles(0, 2000)));
  }

  @Test
  void aSharedPassageYieldsTheSameAnchorsInBothDocuments() {
    AnchorSampler sampler = new AnchorSampler(8);
    long[] passage = shingles(5_000, 5_200);
    long[] first = LongStream.concat(LongStream.concat(LongStream.of(shingles(0, 300)), LongStream.of(passage)), LongStream.of(shingles(300, 500))).toArray();
    long[] second = LongStream.concat(LongStream.of(shingles(9_000, 9_100)), LongStream.of(passage)).toArray();
    int[] passageAnchors = sampler.sample(passage);
    assertThat(passageAnchors).isNotEmpty();
    assertThat(sampler.sample(first)).contains(passageAnchors);
    assertThat(sampler.sample(second)).contains(passageAnchors);
  }

  @Test
  void oneInOutsideOneTo65536IsRefused() {
    assertThatThrownBy(() -> new AnchorSampler(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AnchorSampler(65537)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new AnchorSampler(16).oneIn()).isEqualTo(16);
  }
}
