package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.doppel.match.sentence.BoostedTrees;
import org.junit.jupiter.api.Test;

class BoostedTreesTrainerTest {
  private static final List<String> NAMES = List.of("x", "y");

  /** An interaction a linear model cannot learn: yes when x and y are on the same side of 0.5. */
  private static int label(double x, double y) {
    return (x > 0.5) == (y > 0.5) ? 1 : 0;
  }

  @Test
  void settingsOutOfRangeAreRefusedAtOnce() {
    assertThatThrownBy(() -> new BoostedTreesTrainer(10, 3, 0.1, -1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l2");
    assertThatThrownBy(() -> new BoostedTreesTrainer(10, 3, 0.1, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minLeafWeight");
  }

  @Test
  void learnsAnInteractionOfTwoFeatures() {
    Random random = new Random(7);
    int n = 2_000;
    double[][] x = new double[n][];
    int[] y = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextDouble(), random.nextDouble()};
      y[i] = label(x[i][0], x[i][1]);
      w[i] = 1;
    }
    BoostedTrees model = new BoostedTreesTrainer(100, 2, 0.3, 1.0, 1.0).fit(NAMES, x, y, w, 0.5);
    int correct = 0;
    for (int i = 0; i < 500; i++) {
      double a = random.nextDouble();
      double b = random.nextDouble();
      correct += (model.probability(new double[] {a, b}) >= 0.5 ? 1 : 0) == label(a, b) ? 1 : 0;
    }
    assertThat(correct).isGreaterThan(470);
  }

  @Test
  void aModelReadBackFromJsonPredictsTheSame() throws Exception {
    double[][] x = {{0.1, 0.2}, {0.9, 0.8}, {0.2, 0.9}, {0.8, 0.1}, {0.5, 0.5}, {0.3, 0.7}};
    int[] y = {1, 1, 0, 0, 1, 0};
    BoostedTrees model = new BoostedTreesTrainer(20, 2, 0.5, 1.0, 0.01).fit(NAMES, x, y, new double[] {1, 1, 1, 1, 1, 1}, 0.4);
    BoostedTrees copy = BoostedTrees.fromJson(new ByteArrayInputStream(model.toJson().getBytes(StandardCharsets.UTF_8)), NAMES);
    assertThat(copy.threshold()).isEqualTo(0.4);
    assertThat(copy.treeCount()).isEqualTo(20);
    for (double[] row : x) {
      assertThat(copy.probability(row)).isEqualTo(model.probability(row));
    }
  }

  @Test
  void aModelTrainedOnOtherFeaturesIsRefused() {
    BoostedTrees model = new BoostedTreesTrainer(1, 1, 0.5, 1.0, 0.01)
        .fit(NAMES, new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1}, new double[] {1, 1}, 0.5);
    byte[] json = model.toJson().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BoostedTrees.fromJson(new ByteArrayInputStream(json), List.of("x", "z")))
        .hasMessageContaining("retrain");
    assertThatThrownBy(() -> model.probability(new double[] {1})).hasMessageContaining("expected 2 features");
  }

  @Test
  void badParametersAreRefusedByName() {
    assertThatThrownBy(() -> new BoostedTreesTrainer(0, 3, 0.1, 1, 1)).hasMessageContaining("rounds");
    assertThatThrownBy(() -> new BoostedTreesTrainer(10, 3, 0, 1, 1)).hasMessageContaining("learningRate");
  }
}
