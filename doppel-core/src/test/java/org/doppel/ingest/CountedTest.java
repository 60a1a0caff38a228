package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {
  @Test
  void oneTakesTheSingularAndEveryOtherCountThePlural() {
    assertThat(Counted.of(1, "input problem")).isEqualTo("1 input problem");
    assertThat(Counted.of(0, "related pair")).isEqualTo("0 related pairs");
    assertThat(Counted.of(2, "document")).isEqualTo("2 documents");
    assertThat(Counted.of(10_001, "picture")).isEqualTo("10001 pictures");
  }
}
