package org.doppel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevSplitTest {
  @Test
  void eachKeyIsInExactlyOneOfFitAndValidationAndAlwaysInAll() {
    IntStream.range(0, 300).mapToObj(i -> "https://example.org/" + i).forEach(key -> {
      assertThat(DevSplit.FIT.includes(key)).isNotEqualTo(DevSplit.VALIDATION.includes(key));
      assertThat(DevSplit.ALL.includes(key)).isTrue();
    });
  }

  @Test
  void aboutAThirdOfTheKeysAreForValidation() {
    long validation = IntStream.range(0, 3000).mapToObj(i -> "key-" + i).filter(DevSplit.VALIDATION::includes).count();
    assertThat(validation).isBetween(900L, 1100L);
  }

  @Test
  void thePartDependsOnTheKeyAloneAsDocumented() {
    // recomputed outside Java: sha256("doppel-split-2026:" + key), first 8 bytes unsigned, mod 3 == 0
    assertThat(DevSplit.VALIDATION.includes("https://example.org/1")).isTrue();
    assertThat(DevSplit.VALIDATION.includes("https://example.org/2")).isFalse();
    assertThat(DevSplit.VALIDATION.includes("https://example.org/6")).isTrue();
  }
}
