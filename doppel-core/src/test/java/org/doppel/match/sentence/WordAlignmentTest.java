package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordAlignmentTest {
  private static WordAlignment align(String a, String b) {
    return WordAlignment.of(SentenceWords.of(a), SentenceWords.of(b));
  }

  @Test
  void identicalSentencesKeepEveryWordInOneBlock() {
    WordAlignment same = align("The cat sat on the mat.", "The cat sat on the mat!");
    assertThat(same.matched()).isEqualTo(6);
    assertThat(same.inOrder()).isEqualTo(6);
    assertThat(same.blocks()).isEqualTo(1);
    assertThat(same.movedWords()).isZero();
    assertThat(same.inversions()).isZero();
  }

  @Test
  void aMovedClauseIsOneMovedBlockOfSeveralWords() {
    WordAlignment moved = align("In 1990 he moved to Paris with his family", "He moved to Paris with his family in 1990");
    assertThat(moved.matched()).isEqualTo(9);
    assertThat(moved.movedBlocks()).isEqualTo(1);
    assertThat(moved.movedSingles()).isZero();
  }

  @Test
  void swappedNamesAreSingleMovedNames() {
    WordAlignment swapped = align("The Varnek River is a tributary of the River Osmile in Slovenia",
        "The Osmile River is a tributary of the River Varnek in Slovenia");
    assertThat(swapped.matched()).isEqualTo(12);
    assertThat(swapped.movedSingles()).isGreaterThanOrEqualTo(1);
    assertThat(swapped.movedNamesOrNumbers()).isGreaterThanOrEqualTo(1);
    assertThat(swapped.movedWords()).isEqualTo(swapped.matched() - swapped.inOrder());
  }
}
