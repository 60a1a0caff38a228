package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doppel.match.PassageEvidence;
import org.junit.jupiter.api.Test;

class ReportFloorTest {
  private static final Verdict PARTIAL = new Verdict(Relation.PARTIAL, 0.05, "passages");
  private static final Verdict NEAR = new Verdict(Relation.NEAR_DUPLICATE, 0.9, "passages");

  @Test
  void aPartialCopyNeedsAPassageOfItsOwnWordsOrAWholeParagraph() {
    ReportFloor floor = new ReportFloor(6, 0, 8);
    assertThat(floor.admits(PARTIAL, new PassageEvidence(6, false))).isTrue();
    assertThat(floor.admits(PARTIAL, new PassageEvidence(5, false))).isFalse();
    assertThat(floor.admits(PARTIAL, new PassageEvidence(2, true))).isTrue();
    assertThat(floor.admits(NEAR, new PassageEvidence(0, false))).isTrue();
  }

  @Test
  void theScoreFloorHoldsForEveryRelation() {
    ReportFloor floor = ReportFloor.scoreOnly(0.1);
    assertThat(floor.weighsPassages()).isFalse();
    assertThat(floor.admits(PARTIAL, new PassageEvidence(100, true))).isFalse();
    assertThat(floor.admits(NEAR, new PassageEvidence(0, false))).isTrue();
    assertThat(ReportFloor.NONE.admits(PARTIAL, new PassageEvidence(0, false))).isTrue();
  }

  @Test
  void badValuesAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new ReportFloor(-1, 0, 0)).hasMessageContaining("minOwnWords");
    assertThatThrownBy(() -> new ReportFloor(0, 1.5, 0)).hasMessageContaining("minScore");
    assertThatThrownBy(() -> new ReportFloor(0, 0, -2)).hasMessageContaining("stockSurroundings");
  }
}
