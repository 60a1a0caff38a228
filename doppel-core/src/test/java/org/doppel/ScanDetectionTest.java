package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doppel.index.VectorSearch;
import org.junit.jupiter.api.Test;

class ScanDetectionTest {
  @Test
  void copiesOnlyTurnsRewriteDetectionOff() {
    Settings settings = new ScanDetection(false, true, true, false).builder().settings();
    assertThat(settings.rewrites()).isEqualTo(RewriteSettings.OFF);
    assertThat(settings.fingerprint()).isEqualTo(Settings.defaults().fingerprint());
  }

  @Test
  void rewritesAddTheShortTextVectorSearchWithOrWithoutTheModel() {
    RewriteSettings expected = RewriteSettings.DEFAULTS.withVectorSearch(VectorSearch.SHORT_TEXTS);
    assertThat(ScanDetection.DEFAULTS.builder().settings().rewrites()).isEqualTo(expected);
    assertThat(new ScanDetection(true, false, false, false).builder().settings().rewrites()).isEqualTo(expected);
  }

  @Test
  void theSentenceJudgeNeedsRewritesAndTheModel() {
    assertThatThrownBy(() -> new ScanDetection(false, true, true, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentence judge");
    assertThatThrownBy(() -> new ScanDetection(true, false, true, true)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScanDetection(true, true, false, true).sentenceJudge()).isTrue();
  }
}
