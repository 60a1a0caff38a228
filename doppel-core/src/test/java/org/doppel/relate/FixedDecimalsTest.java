package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedDecimalsTest {
  private static void same(double value, int decimals) {
    assertThat(FixedDecimals.of(value, decimals)).as("%s to %d decimals", value, decimals)
        .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
  }

  @Test
  void writesWhatTheFormatterWritesForShares() {
    Random random = new Random(5);
    for (int i = 0; i < 200_000; i++) {
      double share = random.nextDouble();
      same(100 * share, 0);
      same(share, 2);
      same(share, random.nextInt(7));
    }
  }

  @Test
  void writesWhatTheFormatterWritesAtHalfwayPointsAndRatios() {
    // ratios of small counts, as coverages and Jaccard indexes are: many lie on or next to a halfway point
    for (int total = 1; total <= 400; total++) {
      for (int part = 0; part <= total; part++) {
        double share = (double) part / total;
        same(100 * share, 0);
        same(share, 2);
        same(Math.nextUp(share), 2);
        same(Math.nextDown(100 * share), 0);
      }
    }
    for (double halfway : new double[] {0.5, 1.5, 2.5, 12.5, 99.5, 0.125, 0.135, 0.145, 0.285, 2.675, 1.005}) {
      for (int decimals = 0; decimals <= 3; decimals++) {
        same(halfway, decimals);
      }
    }
  }

  @Test
  void negativeHugeAndOddValuesAreTheFormattersToo() {
    for (double odd : new double[] {0.0, -0.0, -0.004, -3.6, 1e17, 123_456_789.25, Double.NaN, Double.POSITIVE_INFINITY,
        Double.MIN_VALUE, 100.0, 99.99999999}) {
      same(odd, 0);
      same(odd, 2);
    }
    assertThat(FixedDecimals.append(new StringBuilder("Jaccard "), 0.061, 2).toString()).isEqualTo("Jaccard 0.06");
  }
}
