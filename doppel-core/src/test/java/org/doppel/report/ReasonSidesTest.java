package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonSidesTest {
  @Test
  void swapsTheTwoDocumentsFiguresAndLeavesTheRest() {
    assertThat(ReasonSides.swapped("passages cover 33% and 100% of the documents, 100% of their words in exact shared runs, shingle Jaccard 0.30"))
        .isEqualTo("passages cover 100% and 33% of the documents, 100% of their words in exact shared runs, shingle Jaccard 0.30");
    assertThat(ReasonSides.swapped("12 reworded sentence pairs cover 80% and 45% of the documents (mean similarity 0.71, 90% in the same order); 4 shared facts"))
        .isEqualTo("12 reworded sentence pairs cover 45% and 80% of the documents (mean similarity 0.71, 90% in the same order); 4 shared facts");
    assertThat(ReasonSides.swapped("identical text once metadata lines are set aside")).isEqualTo("identical text once metadata lines are set aside");
  }

  @Test
  void aReasonAboutOneSentencePairIsSwappedToo() {
    assertThat(ReasonSides.swapped("1 reworded sentence pair covers 30% and 100% of the documents (mean similarity 0.90, 100% in the same order); 1 shared fact"))
        .isEqualTo("1 reworded sentence pair covers 100% and 30% of the documents (mean similarity 0.90, 100% in the same order); 1 shared fact");
  }
}
