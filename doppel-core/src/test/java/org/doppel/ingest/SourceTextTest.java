package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void ofSetsTheOriginToTheId() {
    SourceText text = SourceText.of("id", "words");
    assertThat(text.origin()).isEqualTo("id");
    assertThat(text.metadata()).isEqualTo(org.doppel.ingest.ArticleMetadata.EMPTY);
  }

  @Test
  void anIdAndATextAreRequired() {
    assertThatThrownBy(() -> SourceText.of("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceText.of(null, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceText.of("id", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
