package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFoldingTest {
  @Test
  void aWordIsItsCompatibilityFormInLowerCase() {
    assertThat(WordFolding.fold("\uFB01ne")).isEqualTo("fine"); // a ligature
    assertThat(WordFolding.fold("ＴＲＡＭ")).isEqualTo("tram"); // full width
    assertThat(WordFolding.fold("E\u0301cole")).isEqualTo("école"); // composed
  }

  @Test
  void turkishAndGreekCapitalsFoldToTheirLowerCaseWords() {
    assertThat(WordFolding.fold("KIŞ")).isEqualTo("kiş").isEqualTo(WordFolding.fold("kış"));
    assertThat(WordFolding.fold("İZMİR")).isEqualTo("izmir").isEqualTo(WordFolding.fold("İzmir"));
    assertThat(WordFolding.fold("ΣΥΡΟ")).isEqualTo("συρο").isEqualTo(WordFolding.fold("Σύρο"));
    assertThat(WordFolding.fold("ΟΔΟΣ")).isEqualTo(WordFolding.fold("οδός"));
  }

  @Test
  void otherMarksAreNotCaseAndStay() {
    assertThat(WordFolding.fold("żeromskiego")).isEqualTo("żeromskiego");
    String plain = "tramway";
    assertThat(WordFolding.caselessLetters(plain)).isSameAs(plain);
  }
}
