package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class SpecificWordsTest {
  private final DocumentFrequencies frequencies = new DocumentFrequencies();

  SpecificWordsTest() {
    frequencies.add(words("zelinski zelinski lisbon council solo"));
    frequencies.add(words("zelinski lisbon council"));
    for (int i = 0; i < 8; i++) {
      frequencies.add(words("council budget"));
    }
  }

  private static TokenSequence words(String text) {
    return PairContext.ANALYSE.apply(SourceText.of("t", text));
  }

  private static long hash(String word) {
    return words(word).hash(0);
  }

  @Test
  void keepsTheWordsOfAFewDocumentsNotThoseOfOneOrOfMany() {
    SpecificWords vector = SpecificWords.of(words("zelinski zelinski lisbon council solo"), frequencies, 0.2);

    long[] expected = {hash("zelinski"), hash("lisbon")};
    Arrays.sort(expected);
    assertThat(vector.hashes()).containsExactly(expected); // "solo" in one document, "council" in all ten
  }

  @Test
  void weighsAWordByItsCountAndHasUnitLength() {
    SpecificWords vector = SpecificWords.of(words("zelinski zelinski lisbon council solo"), frequencies, 0.2);

    double zelinski = vector.weights()[Arrays.binarySearch(vector.hashes(), hash("zelinski"))];
    double lisbon = vector.weights()[Arrays.binarySearch(vector.hashes(), hash("lisbon"))];
    assertThat(zelinski / lisbon).isCloseTo(1 + Math.log(2), within(1e-12)); // both in two of ten documents
    assertThat(zelinski * zelinski + lisbon * lisbon).isCloseTo(1, within(1e-12));
  }
}
