package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotoCreditsTest {
  @Test
  void creditsThatShareANameAgreeWhateverTheirWording() {
    assertThat(PhotoCredits.conflict("ANN LENS/NORTH WIRE via Big Images", "Photo: Ann Lens / North Wire")).isFalse();
    assertThat(PhotoCredits.conflict("Foto: Zoë Brück", "Zoe Bruck")).isFalse();
  }

  @Test
  void creditsNamingDifferentPeopleOrAgenciesConflict() {
    assertThat(PhotoCredits.conflict("Photo: Ann Lens / North Wire", "Photo: Bob Shutter / South Agency")).isTrue();
  }

  @Test
  void aMissingOrEmptyCreditNeverConflicts() {
    assertThat(PhotoCredits.conflict(null, "Photo: Bob Shutter")).isFalse();
    assertThat(PhotoCredits.conflict("Photo:", "Photo: Bob Shutter")).isFalse();
    assertThat(new SharedPhoto("a#1", "b#2", 1, null, null, "Ann Lens", null, null).creditConflict()).isFalse();
  }
}
