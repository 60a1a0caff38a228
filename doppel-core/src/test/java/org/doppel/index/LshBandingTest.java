package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.doppel.document.Hashing;
import org.doppel.fingerprint.MinHashSignature;
import org.doppel.fingerprint.MinHasher;
import org.junit.jupiter.api.Test;

class LshBandingTest {
  @Test
  void candidateProbabilityFollowsOneMinusOneMinusSToTheRToTheB() {
    LshBanding banding = LshBanding.DEFAULTS;
    assertThat(banding.bands()).isEqualTo(16);
    assertThat(banding.rows()).isEqualTo(4);
    assertThat(banding.candidateProbability(0.5)).isCloseTo(1 - Math.pow(1 - 0.0625, 16), within(1e-12)).isCloseTo(0.644, within(0.001));
    assertThat(banding.candidateProbability(0.6)).isCloseTo(0.89, within(0.01));
    assertThat(banding.candidateProbability(0.7)).isCloseTo(0.988, within(0.001));
    assertThat(banding.candidateProbability(0.2)).isCloseTo(0.025, within(0.001));
    assertThat(banding.candidateProbability(0)).isZero();
    assertThat(banding.candidateProbability(1)).isEqualTo(1.0);
  }

  @Test
  void oneBandOfOneRowIsTheJaccardItself() {
    assertThat(new LshBanding(1, 1).candidateProbability(0.37)).isCloseTo(0.37, within(1e-12));
  }

  @Test
  void equalSignaturesGiveEqualKeysOnePerBand() {
    MinHashSignature signature = new MinHasher(64, 1).sign(LongStream.range(0, 100).map(Hashing::mix).toArray());
    int[] keys = LshBanding.DEFAULTS.keys(signature);
    assertThat(keys).hasSize(16).containsExactly(LshBanding.DEFAULTS.keys(new MinHasher(64, 1).sign(LongStream.range(0, 100).map(Hashing::mix).toArray())));
  }

  @Test
  void disjointSignaturesShareNoKeys() {
    int[] a = LshBanding.DEFAULTS.keys(new MinHasher(64, 1).sign(LongStream.range(1, 300).map(Hashing::mix).toArray()));
    int[] b = LshBanding.DEFAULTS.keys(new MinHasher(64, 1).sign(LongStream.range(1000, 1300).map(Hashing::mix).toArray()));
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i]).isNotEqualTo(b[i]);
    }
  }

  @Test
  void aSignatureWithTooFewBinsIsRefused() {
    MinHashSignature small = new MinHasher(32, 1).sign(new long[] {1, 2, 3});
    assertThatThrownBy(() -> LshBanding.DEFAULTS.keys(small)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
  }

  @Test
  void bandsAndRowsBelowOneAreRefused() {
    assertThatThrownBy(() -> new LshBanding(0, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LshBanding(16, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
