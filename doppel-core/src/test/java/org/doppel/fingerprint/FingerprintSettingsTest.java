package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintSettingsTest {
  @Test
  void defaultsAreFourWordShinglesAndSixtyFourBins() {
    assertThat(FingerprintSettings.DEFAULTS.shingleSize()).isEqualTo(4);
    assertThat(FingerprintSettings.DEFAULTS.minHashBins()).isEqualTo(64);
  }

  @Test
  void outOfRangeValuesAreRefused() {
    assertThatThrownBy(() -> new FingerprintSettings(0, 64, 3, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FingerprintSettings(17, 64, 3, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FingerprintSettings(4, 64, 3, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
