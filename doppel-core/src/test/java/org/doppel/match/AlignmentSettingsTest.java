package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlignmentSettingsTest {
  @Test
  void defaultsUseThreeWordSeeds() {
    assertThat(AlignmentSettings.DEFAULTS.seedSize()).isEqualTo(3);
    assertThat(AlignmentSettings.DEFAULTS.minDensity()).isBetween(0.0, 1.0);
  }

  @Test
  void outOfRangeValuesAreRefused() {
    assertThatThrownBy(() -> new AlignmentSettings(0, 12, 12, 0.45, 8, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlignmentSettings(3, -1, 12, 0.45, 8, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlignmentSettings(3, 12, 0, 0.45, 8, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlignmentSettings(3, 12, 12, 1.5, 8, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlignmentSettings(3, 12, 12, 0.45, 0, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
