package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void scoresOutsideZeroToOneAreRefused() {
    assertThatThrownBy(() -> new Verdict(Relation.PARTIAL, -0.1, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict(Relation.PARTIAL, 1.1, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict(Relation.PARTIAL, Double.NaN, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Verdict(Relation.PARTIAL, 1, "x").score()).isEqualTo(1.0);
  }
}
