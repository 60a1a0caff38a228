package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalUnionTest {
  @Test
  void countsEachCharacterOnce() {
    assertThat(IntervalUnion.size(List.of(new Interval(5, 10), new Interval(0, 6), new Interval(20, 22), new Interval(21, 21))))
        .isEqualTo(12);
    assertThat(IntervalUnion.size(List.of())).isZero();
  }

  @Test
  void intersectionOfDisjointIntervalsIsEmpty() {
    assertThat(new Interval(0, 5).intersect(new Interval(5, 9)).isEmpty()).isTrue();
    assertThat(new Interval(0, 5).overlaps(new Interval(5, 9))).isFalse();
    assertThat(new Interval(0, 6).intersect(new Interval(5, 9))).isEqualTo(new Interval(5, 6));
  }
}
