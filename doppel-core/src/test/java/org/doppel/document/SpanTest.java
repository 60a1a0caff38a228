package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void aSpanCutsItsHalfOpenRangeOutOfText() {
    Span span = new Span(4, 9);
    assertThat(span.of("the quick fox")).isEqualTo("quick");
    assertThat(span.length()).isEqualTo(5);
    assertThat(span.contains(4)).isTrue();
    assertThat(span.contains(9)).isFalse();
  }

  @Test
  void spansOverlapOnlyWhenTheyShareAChar() {
    assertThat(new Span(0, 5).overlaps(new Span(4, 8))).isTrue();
    assertThat(new Span(0, 5).overlaps(new Span(5, 8))).isFalse();
    assertThat(new Span(3, 4).overlaps(new Span(0, 10))).isTrue();
  }

  @Test
  void aNegativeOrBackwardSpanIsRefused() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(3, 3).length()).isZero();
  }
}
