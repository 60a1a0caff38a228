package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.index.LshBanding;
import org.doppel.match.AlignmentSettings;
import org.junit.jupiter.api.Test;

class DoppelTest {
  @Test
  void theBuilderStartsFromTheDefaults() {
    Settings settings = Doppel.builder().settings();
    assertThat(settings.fingerprint()).isEqualTo(FingerprintSettings.DEFAULTS);
    assertThat(settings.banding()).isEqualTo(LshBanding.DEFAULTS);
    assertThat(settings.alignment()).isEqualTo(AlignmentSettings.DEFAULTS);
    assertThat(settings.threads()).isPositive();
  }

  @Test
  void eachSetterChangesOnlyItsSetting() {
    LshBanding banding = new LshBanding(8, 8);
    FingerprintSettings fingerprint = new FingerprintSettings(5, 64, 2, 4, 9);
    AlignmentSettings alignment = new AlignmentSettings(4, 10, 10, 0.5, 8, 4);
    Settings settings = Doppel.builder().banding(banding).fingerprint(fingerprint).alignment(alignment).maxPostings(50).threads(3).settings();
    assertThat(settings).isEqualTo(new Settings(fingerprint, banding, 50, Settings.defaults().minSharedAnchors(), alignment, RewriteSettings.DEFAULTS, 3));
    assertThat(Doppel.builder().threads(2).build().settings().threads()).isEqualTo(2);
  }

  @Test
  void settersCheckTheirArgumentsAtOnce() {
    assertThatThrownBy(() -> Doppel.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Doppel.builder().maxPostings(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPostings");
    Settings d = Settings.defaults();
    assertThatThrownBy(() -> new Settings(d.fingerprint(), d.banding(), d.maxPostings(), 0, d.alignment(), d.rewrites(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minSharedAnchors");
  }
}
