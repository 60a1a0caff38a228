package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.Span;
import org.junit.jupiter.api.Test;

class AlignmentTest {
  private static final Passage PASSAGE = new Passage(new Span(0, 100), new Span(0, 100), 20, 20, 18, 16);

  @Test
  void coverageIsTheShareOfEachDocumentInPassages() {
    Alignment alignment = new Alignment(List.of(PASSAGE), 40, 200, 20, 20, 18, 16);
    assertThat(alignment.coverageA()).isEqualTo(0.5);
    assertThat(alignment.coverageB()).isEqualTo(0.1);
    assertThat(alignment.density()).isEqualTo(34.0 / 40);
    assertThat(alignment.isEmpty()).isFalse();
  }

  @Test
  void anEmptyAlignmentHasZeroCoverageAndDensity() {
    Alignment empty = new Alignment(List.of(), 0, 0, 0, 0, 0, 0);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.coverageA()).isZero();
    assertThat(empty.coverageB()).isZero();
    assertThat(empty.density()).isZero();
  }
}
