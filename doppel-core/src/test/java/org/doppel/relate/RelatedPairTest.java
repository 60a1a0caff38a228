package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedPairTest {
  private static final Verdict EXACT = new Verdict(Relation.EXACT, 1, "same");

  @Test
  void aPairIsOrderedByIdAndExposesItsVerdict() {
    RelatedPair pair = new RelatedPair("a", "b", EXACT, null, List.of());
    assertThat(pair.relation()).isEqualTo(Relation.EXACT);
    assertThat(pair.score()).isEqualTo(1.0);
    assertThatThrownBy(() -> new RelatedPair("b", "a", EXACT, null, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withSourceKeepsEverythingElseAndRefusesAThirdDocument() {
    RelatedPair pair = new RelatedPair("a", "b", EXACT, null, List.of());
    RelatedPair directed = pair.withSource("b");
    assertThat(directed.source()).isEqualTo("b");
    assertThat(directed.withSource(null)).isEqualTo(pair);
    assertThatThrownBy(() -> pair.withSource("c")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got c");
  }
}
