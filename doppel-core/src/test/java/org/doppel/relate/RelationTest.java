package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelationTest {
  @Test
  void jsonNamesAreLowerSnakeCaseAndRoundTrip() {
    assertThat(Relation.NEAR_DUPLICATE.jsonName()).isEqualTo("near_duplicate");
    for (Relation relation : Relation.values()) {
      assertThat(Relation.fromJsonName(relation.jsonName())).isEqualTo(relation);
    }
  }

  @Test
  void anUnknownNameIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> Relation.fromJsonName("copy")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("near_duplicate");
  }
}
