package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.doppel.fingerprint.TokenVectors;
import org.junit.jupiter.api.Test;

class TokenMatchFeaturesTest {
  /** Unit vectors along the axes: piece k matches only piece k. */
  private static TokenVectors pieces(int... axes) {
    float[][] tokens = new float[axes.length][4];
    for (int i = 0; i < axes.length; i++) {
      tokens[i][axes[i]] = 1f;
    }
    return new TokenVectors(axes, tokens, new float[4]);
  }

  private static double feature(double[] f, String name) {
    return f[TokenMatchFeatures.names("").indexOf(name)];
  }

  @Test
  void identicalSentencesMatchEveryPiece() {
    double[] f = TokenMatchFeatures.of(pieces(0, 1, 2), pieces(2, 1, 0));
    assertThat(feature(f, "f1")).isCloseTo(1.0, within(1e-9));
    assertThat(feature(f, "worst_min")).isCloseTo(1.0, within(1e-9));
    assertThat(feature(f, "under70_count_max")).isZero();
  }

  @Test
  void anAddedPieceIsSeenOnOneSideOnly() {
    double[] f = TokenMatchFeatures.of(pieces(0, 1, 2, 3), pieces(0, 1, 2));
    assertThat(feature(f, "mean_best_min")).isCloseTo(0.75, within(1e-9));
    assertThat(feature(f, "mean_best_max")).isCloseTo(1.0, within(1e-9));
    assertThat(feature(f, "worst_min")).isCloseTo(0.0, within(1e-9));
    assertThat(feature(f, "worst_max")).isCloseTo(1.0, within(1e-9));
    assertThat(feature(f, "under70_count_max")).isEqualTo(1.0);
    assertThat(feature(f, "under70_count_min")).isZero();
    // symmetric: the order of the sentences does not matter
    assertThat(TokenMatchFeatures.of(pieces(0, 1, 2), pieces(0, 1, 2, 3))).containsExactly(f);
  }

  @Test
  void anEmptySentenceGivesZeros() {
    assertThat(TokenMatchFeatures.of(pieces(), pieces(0))).containsOnly(0.0).hasSize(TokenMatchFeatures.count());
  }
}
