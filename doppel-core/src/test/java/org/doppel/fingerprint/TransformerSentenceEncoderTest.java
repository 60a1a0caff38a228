package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real models once (a second or two each) and encodes one small batch with each. */
class TransformerSentenceEncoderTest {
  private static final List<String> SENTENCES = List.of(
      "Velmora accused her sister, whom she called \"the informant\", of knowingly twisting her testimony.",
      "Calling her only \"the informant\", Velmora accused her sister of knowingly twisting her testimony.",
      "The stock market closed higher on Friday after a volatile week.",
      "");

  @Test
  void miniLmParaphrasesAreCloseUnrelatedSentencesFarAndVectorsUnitLength() {
    SentenceEncoder encoder = TransformerSentenceEncoder.miniLm();
    float[][] v = encoder.encode(SENTENCES);
    assertThat(v).hasNumberOfRows(4);
    for (float[] vector : v) {
      assertThat(vector).hasSize(encoder.dimensions());
      assertThat(SentenceEncoder.cosine(vector, vector)).isCloseTo(1.0, within(1e-4));
    }
    assertThat(SentenceEncoder.cosine(v[0], v[1])).isGreaterThan(0.85);
    assertThat(SentenceEncoder.cosine(v[0], v[2])).isLessThan(0.3);
    // one at a time, a sentence's vector does not depend on the company it is encoded in
    assertThat(encoder.encode(SENTENCES.get(2))).containsExactly(v[2]);
    assertThat(TransformerSentenceEncoder.shared(TransformerModel.ALL_MINILM_L6_V2)).isSameAs(encoder);
  }

  @Test
  void tokenVectorsHaveOneUnitVectorPerWordPieceAndTheSameSentenceVector() {
    TransformerSentenceEncoder encoder = TransformerSentenceEncoder.miniLm();
    List<TokenVectors> tokens = encoder.encodeTokens(SENTENCES);
    float[][] sentences = encoder.encode(SENTENCES);
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertThat(tokens.get(i).sentence()).containsExactly(sentences[i]);
      for (float[] token : tokens.get(i).tokens()) {
        assertThat(SentenceEncoder.cosine(token, token)).isCloseTo(1.0, within(1e-4));
      }
    }
    // "The stock market closed higher on Friday after a volatile week." is 12 word pieces
    assertThat(tokens.get(2).size()).isEqualTo(12);
    assertThat(tokens.get(3).size()).isZero();
  }

  @Test
  void bgeReadsTheSameSentencesWithItsOwnClsVectors() {
    TransformerSentenceEncoder bge = TransformerSentenceEncoder.shared(TransformerModel.BGE_SMALL_EN_V15);
    float[][] v = bge.encode(SENTENCES);
    assertThat(bge.model().pooling()).isEqualTo(TransformerModel.Pooling.CLS);
    assertThat(SentenceEncoder.cosine(v[0], v[1])).isGreaterThan(SentenceEncoder.cosine(v[0], v[2]) + 0.2);
    float[] miniLm = TransformerSentenceEncoder.miniLm().encode(SENTENCES.get(0));
    assertThat(v[0]).isNotEqualTo(miniLm);
    assertThat(SentenceEncoder.cosine(v[0], v[0])).isCloseTo(1.0, within(1e-4));
  }
}
