package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doppel.document.Span;
import org.junit.jupiter.api.Test;

class PassageTest {
  @Test
  void densityIsTheMatchedShareOnTheSparserSide() {
    Passage passage = new Passage(new Span(0, 10), new Span(5, 20), 10, 20, 9, 10);
    assertThat(passage.density()).isEqualTo(0.5);
  }

  @Test
  void swappingExchangesTheSides() {
    Passage passage = new Passage(new Span(0, 10), new Span(5, 20), 10, 20, 9, 10);
    assertThat(passage.swapped()).isEqualTo(new Passage(new Span(5, 20), new Span(0, 10), 20, 10, 10, 9));
    assertThat(passage.swapped().swapped()).isEqualTo(passage);
  }

  @Test
  void aPassageCannotMatchMoreWordsThanItSpans() {
    assertThatThrownBy(() -> new Passage(new Span(0, 1), new Span(0, 1), 1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Passage(new Span(0, 1), new Span(0, 1), 1, 1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
