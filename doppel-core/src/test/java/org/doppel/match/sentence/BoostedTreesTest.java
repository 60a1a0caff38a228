package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model as the library reads it; training is doppel-eval's (BoostedTreesTrainerTest). */
class BoostedTreesTest {
  private static final List<String> NAMES = List.of("x", "y");
  /** One stump on x at 0.5 (left leaf -2, right leaf +2) and one on y at 0.3 (-1, +1). */
  private static final BoostedTrees MODEL = BoostedTrees.of(NAMES, 0.0, 0.5, List.of(
      new BoostedTrees.Tree(new int[] {0, -1, -1}, new double[] {0.5, 0, 0}, new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -2, 2}),
      new BoostedTrees.Tree(new int[] {1, -1, -1}, new double[] {0.3, 0, 0}, new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -1, 1})));

  @Test
  void sumsTheTreesLeavesThroughTheLogistic() {
    assertThat(MODEL.probability(new double[] {0.9, 0.9})).isCloseTo(1 / (1 + Math.exp(-3)), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(MODEL.probability(new double[] {0.1, 0.9})).isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(MODEL.treeCount()).isEqualTo(2);
  }

  @Test
  void aModelReadBackFromJsonPredictsTheSame() throws Exception {
    BoostedTrees copy = BoostedTrees.fromJson(new ByteArrayInputStream(MODEL.toJson().getBytes(StandardCharsets.UTF_8)), NAMES);
    assertThat(copy.threshold()).isEqualTo(0.5);
    for (double[] row : new double[][] {{0.1, 0.1}, {0.1, 0.9}, {0.9, 0.1}, {0.9, 0.9}, {0.5, 0.3}}) {
      assertThat(copy.probability(row)).isEqualTo(MODEL.probability(row));
    }
  }

  @Test
  void aModelOfOtherFeaturesIsRefused() {
    byte[] json = MODEL.toJson().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BoostedTrees.fromJson(new ByteArrayInputStream(json), List.of("x", "z"))).hasMessageContaining("retrain");
    assertThatThrownBy(() -> MODEL.probability(new double[] {1})).hasMessageContaining("expected 2 features");
  }
}
