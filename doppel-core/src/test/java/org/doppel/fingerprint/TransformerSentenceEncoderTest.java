package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void theGraphSavedInTheCacheGivesTheClassPathGraphsVectorsBitForBit(@TempDir Path folder) throws Exception {
    ModelFileCache cache = ModelFileCache.in(folder.resolve("cache"));
    try (TransformerSentenceEncoder fromClassPath = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, 1, Optional.empty());
        TransformerSentenceEncoder first = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, 1, Optional.of(cache));
        TransformerSentenceEncoder second = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, 1, Optional.of(cache))) {
      assertThat(fromClassPath.readsSavedGraph()).isFalse();
      // the first load saved the graph, the second mapped the saved file
      assertThat(first.readsSavedGraph()).isTrue();
      assertThat(second.readsSavedGraph()).isTrue();
      Path saved = cache.savedGraph(TransformerModel.ALL_MINILM_L6_V2).orElseThrow();
      assertThat(saved).isRegularFile().hasParent(folder.resolve("cache"));
      assertThat(cache.savedVocabulary(TransformerModel.ALL_MINILM_L6_V2).orElseThrow()).isRegularFile();
      try (var files = Files.list(folder.resolve("cache"))) {
        assertThat(files.filter(f -> f.toString().endsWith(".part"))).isEmpty();
      }
      List<TokenVectors> expected = fromClassPath.encodeTokens(SENTENCES);
      for (TransformerSentenceEncoder cached : List.of(first, second)) {
        List<TokenVectors> actual = cached.encodeTokens(SENTENCES);
        for (int i = 0; i < SENTENCES.size(); i++) {
          assertThat(actual.get(i).sentence()).containsExactly(expected.get(i).sentence());
          assertThat(actual.get(i).tokens()).isDeepEqualTo(expected.get(i).tokens());
        }
      }
    }
  }

  @Test
  void aDamagedSavedGraphIsNotUsedAndIsMadeAgainByTheNextLoad(@TempDir Path folder) throws Exception {
    ModelFileCache cache = ModelFileCache.in(folder.resolve("cache"));
    Path saved = cache.savedGraph(TransformerModel.ALL_MINILM_L6_V2).orElseThrow();
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, "not a graph");
    try (TransformerSentenceEncoder damaged = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, 1, Optional.of(cache))) {
      assertThat(damaged.readsSavedGraph()).isFalse();
      assertThat(damaged.encode(SENTENCES.get(2))).containsExactly(TransformerSentenceEncoder.miniLm().encode(SENTENCES.get(2)));
    }
    assertThat(saved).doesNotExist();
    try (TransformerSentenceEncoder again = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, 1, Optional.of(cache))) {
      assertThat(again.readsSavedGraph()).isTrue();
    }
  }

  @Test
  void aCacheThatCannotBeWrittenLeavesTheClassPathGraph(@TempDir Path folder) throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");
    try (TransformerSentenceEncoder encoder = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, 1, Optional.of(ModelFileCache.in(notAFolder.resolve("cache"))))) {
      assertThat(encoder.readsSavedGraph()).isFalse();
      assertThat(encoder.encode(SENTENCES.get(2))).containsExactly(TransformerSentenceEncoder.miniLm().encode(SENTENCES.get(2)));
    }
  }
}
