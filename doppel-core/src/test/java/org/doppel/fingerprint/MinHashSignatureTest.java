package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  @Test
  void theEstimateIsTheShareOfEqualBins() {
    MinHashSignature a = new MinHashSignature(new int[] {1, 2, 3, 4}, 7);
    MinHashSignature b = new MinHashSignature(new int[] {1, 9, 3, 9}, 7);
    assertThat(a.estimateJaccard(b)).isEqualTo(0.5);
    assertThat(b.estimateJaccard(a)).isEqualTo(0.5);
  }

  @Test
  void signaturesAreEqualWhenValuesAndSeedAreEqual() {
    int[] values = {5, 6, 7};
    MinHashSignature a = new MinHashSignature(values, 1);
    values[0] = 99; // the signature keeps its own copy
    assertThat(a).isEqualTo(new MinHashSignature(new int[] {5, 6, 7}, 1)).hasSameHashCodeAs(new MinHashSignature(new int[] {5, 6, 7}, 1));
    assertThat(a).isNotEqualTo(new MinHashSignature(new int[] {5, 6, 7}, 2));
  }
}
