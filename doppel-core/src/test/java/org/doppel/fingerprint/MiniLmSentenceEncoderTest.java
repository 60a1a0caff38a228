package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real model once (about a second) and encodes one small batch. */
class MiniLmSentenceEncoderTest {

  @Test
  void paraphrasesAreCloseUnrelatedSentencesFarAndVectorsUnitLength() {
    SentenceEncoder encoder = MiniLmSentenceEncoder.shared();
    List<String> sentences = List.of(
        "Amrozi accused his brother, whom he called \"the witness\", of deliberately distorting his evidence.",
        "Referring to him as only \"the witness\", Amrozi accused his brother of deliberately distorting his evidence.",
        "The stock market closed higher on Friday after a volatile week.",
        "");
    float[][] v = encoder.encode(sentences);
    assertThat(v).hasNumberOfRows(4);
    for (float[] vector : v) {
      assertThat(vector).hasSize(encoder.dimensions());
      assertThat(SentenceEncoder.cosine(vector, vector)).isCloseTo(1.0, within(1e-4));
    }
    assertThat(SentenceEncoder.cosine(v[0], v[1])).isGreaterThan(0.85);
    assertThat(SentenceEncoder.cosine(v[0], v[2])).isLessThan(0.3);
    // one at a time, a sentence's vector does not depend on the company it is encoded in
    assertThat(encoder.encode(sentences.get(2))).containsExactly(v[2]);
    assertThat(MiniLmSentenceEncoder.shared()).isSameAs(encoder);
  }
}
