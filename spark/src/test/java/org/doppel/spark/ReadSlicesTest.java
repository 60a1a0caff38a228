package org.doppel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadSlicesTest {
  @Test
  void manyNamesAreHandedOutInSmallSlices() {
    int slices = ReadStage.sliceCount(100_000, 2);
    assertThat((100_000 + slices - 1) / slices).isLessThanOrEqualTo(ReadStage.FILES_PER_SLICE);
    assertThat(slices).isGreaterThan(2);
  }

  @Test
  void fewNamesGetOneSlicePerPartitionButNeverAnEmptyOne() {
    assertThat(ReadStage.sliceCount(10, 4)).isEqualTo(4);
    assertThat(ReadStage.sliceCount(3, 8)).isEqualTo(3);
    assertThat(ReadStage.sliceCount(0, 2)).isEqualTo(1);
  }
}
