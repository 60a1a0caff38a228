package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.ingest.image.LumaImage;
import org.junit.jupiter.api.Test;

/** The dHash baseline on pictures drawn for the test. */
class DifferenceHashTest {
  private static LumaImage picture(int width, int height, java.util.function.IntBinaryOperator luma) {
    float[] values = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        values[y * width + x] = luma.applyAsInt(x, y);
      }
    }
    return new LumaImage(width, height, values, width, height);
  }

  @Test
  void aBitIsSetWhereTheLeftCellIsBrighter() {
    assertThat(DifferenceHash.of(picture(90, 80, (x, y) -> 255 - x))).isEqualTo(-1L);
    assertThat(DifferenceHash.of(picture(90, 80, (x, y) -> x))).isZero();
    assertThat(DifferenceHash.of(picture(45, 16, (x, y) -> 255 - x))).isEqualTo(DifferenceHash.of(picture(90, 80, (x, y) -> 255 - x)));
  }

  @Test
  void pairsWithinTheDistanceAreListedEarlierFirst() {
    List<PhotoBenchmark.Hashed> hashed = List.of(new PhotoBenchmark.Hashed("a", null, 0L), new PhotoBenchmark.Hashed("b", null, 0b111L),
        new PhotoBenchmark.Hashed("c", null, 0b1L));
    assertThat(DifferenceHash.pairsWithin(hashed, 1)).containsExactly(new long[] {0, 2});
    assertThat(DifferenceHash.pairsWithin(hashed, 2)).containsExactly(new long[] {0, 2}, new long[] {1, 2});
  }
}
