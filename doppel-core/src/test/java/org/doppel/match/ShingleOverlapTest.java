package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
  @Test
  void overlapOfSmallSetsIsJaccardAndContainmentOnEachSide() {
    ShingleOverlap overlap = ShingleOverlap.of(new long[] {1, 2, 3, 4}, new long[] {5, 4, 3});
    assertThat(overlap.jaccard()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(overlap.containmentA()).isCloseTo(2.0 / 4, within(1e-12));
    assertThat(overlap.containmentB()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void duplicatesAndOrderDoNotCount() {
    assertThat(ShingleOverlap.of(new long[] {3, 1, 1, 2, 3}, new long[] {2, 3, 1})).isEqualTo(new ShingleOverlap(1, 1, 1));
  }

  @Test
  void disjointSetsDoNotOverlap() {
    assertThat(ShingleOverlap.of(new long[] {Long.MIN_VALUE, -1}, new long[] {0, Long.MAX_VALUE})).isEqualTo(new ShingleOverlap(0, 0, 0));
  }

  @Test
  void emptySetsGiveZerosNotNaN() {
    assertThat(ShingleOverlap.of(new long[0], new long[0])).isEqualTo(new ShingleOverlap(0, 0, 0));
    ShingleOverlap oneEmpty = ShingleOverlap.of(new long[0], new long[] {1});
    assertThat(oneEmpty.jaccard()).isZero();
    assertThat(oneEmpty.containmentA()).isZero();
    assertThat(oneEmpty.containmentB()).isZero();
  }

  @Test
  void aSubsetIsFullyContained() {
    ShingleOverlap overlap = ShingleOverlap.of(new long[] {1, 2}, new long[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThat(overlap.containmentA()).isEqualTo(1.0);
    assertThat(overlap.containmentB()).isEqualTo(0.25);
    assertThat(overlap.jaccard()).isEqualTo(0.25);
  }
}
