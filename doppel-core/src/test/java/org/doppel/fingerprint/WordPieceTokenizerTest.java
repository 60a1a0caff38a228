package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  private static WordPieceTokenizer tokenizer;

  @BeforeAll
  static void readTheModelsVocabulary() throws IOException {
    try (InputStream json = WordPieceTokenizerTest.class.getResourceAsStream(TransformerModel.ALL_MINILM_L6_V2.tokenizerResource())) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(json);
    }
  }

  // expected ids from the Hugging Face tokenizers library (DJL 0.36.0) on the same tokenizer.json
  @Test
  void idsMatchTheHuggingFaceTokenizerOnAccentsQuotesNumbersAndSubwords() {
    assertThat(tokenizer.encode("Café naïve résumé — “quoted” text, 3.5% up; un-affable $1,000,000!", 256))
        .containsExactly(101, 7668, 15743, 13746, 1517, 1523, 9339, 1524, 3793, 1010, 1017, 1012, 1019, 1003,
            2039, 1025, 4895, 1011, 21358, 7011, 3468, 1002, 1015, 1010, 2199, 1010, 2199, 999, 102);
    // the pieces of "affable", whose ids the line above checks
    assertThat(tokenizer.pieces("An affable brother")).containsExactly("an", "af", "##fa", "##ble", "brother");
    assertThat(tokenizer.encode("北京 is big", 256)).containsExactly(101, 1781, 1755, 2003, 2502, 102);
  }

  @Test
  void longTextIsCutButKeepsItsFrame() {
    int[] ids = tokenizer.encode("word ".repeat(1000), 10);
    assertThat(ids).hasSize(10);
    assertThat(ids[0]).isEqualTo(101);
    assertThat(ids[9]).isEqualTo(102);
    assertThat(tokenizer.encode("", 10)).containsExactly(101, 102);
  }

  @Test
  void aWordWithAnUnknownPartBecomesOneUnknownToken() {
    WordPieceTokenizer tiny = new WordPieceTokenizer(Map.of("[UNK]", 0, "[CLS]", 1, "[SEP]", 2, "un", 3, "##aff", 4));
    assertThat(tiny.pieces("unaff unaffable")).containsExactly("un", "##aff", "[UNK]");
  }

  @Test
  void aWordsRankIsItsRarestPartsIdOrUnknownWhenAPartIsNoWholeWord() {
    WordPieceTokenizer tiny = new WordPieceTokenizer(Map.of("[UNK]", 0, "[CLS]", 1, "[SEP]", 2, "'", 5, "t", 6, "doesn", 40, "un", 3, "##aff", 4));
    assertThat(tiny.wholeWordRank("Doesn't")).isEqualTo(40);
    assertThat(tiny.wholeWordRank("unaff")).isEqualTo(Integer.MAX_VALUE);
    assertThat(tiny.wholeWordRank("doesn")).isEqualTo(tiny.wholeWordRank("DOESN")).isEqualTo(40);
  }

  @Test
  void controlCharactersVanishAndPunctuationStandsAlone() {
    assertThat(WordPieceTokenizer.basicTokens("A\u0000b\u200Bc\tD.E")).containsExactly("abc", "d", ".", "e");
  }

  @Test
  void theVocabularyIsFoundAmongOtherFieldsAndNestedObjects() throws IOException {
    String json = """
        {"version": "1.0", "added_tokens": [{"id": 0, "content": "[PAD]", "vocab": {"x": 9}}],
         "normalizer": {"type": "BertNormalizer", "vocab": {"y": 8}},
         "model": {"type": "WordPiece", "unk_token": "[UNK]", "options": {"vocab": 1},
                   "vocab": {"[UNK]": 0, "[CLS]": 1, "[SEP]": 2, "un": 3, "##aff": 4}, "max_input_chars_per_word": 100},
         "decoder": null}
        """;
    WordPieceTokenizer read = WordPieceTokenizer.fromTokenizerJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(read.encode("unaff x y", 10)).containsExactly(1, 3, 4, 0, 0, 2);
  }

  @Test
  void aTokenizerFileWithoutAVocabularyIsRefused() {
    InputStream json = new ByteArrayInputStream("{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WordPieceTokenizer.fromTokenizerJson(json)).hasMessageContaining("model.vocab");
  }

  @Test
  void theVocabularyWrittenAsLinesReadsBackToTheSameIds() throws IOException {
    byte[] lines = tokenizer.vocabularyLines().orElseThrow();
    WordPieceTokenizer again = WordPieceTokenizer.fromVocabularyLines(lines);
    String text = "Café naïve résumé — “quoted” text, 3.5% up; un-affable $1,000,000! 北京 ##x [UNK]";
    assertThat(again.encode(text, 256)).containsExactly(tokenizer.encode(text, 256));
    assertThat(again.vocabularyLines().orElseThrow()).isEqualTo(lines);
    WordPieceTokenizer tiny = new WordPieceTokenizer(Map.of("[UNK]", 0, "[CLS]", 1, "[SEP]", 2, "naïve", 30, "##aff", 4));
    assertThat(new String(tiny.vocabularyLines().orElseThrow(), StandardCharsets.UTF_8))
        .isEqualTo("0\t[UNK]\n1\t[CLS]\n2\t[SEP]\n4\t##aff\n30\tnaïve\n");
  }

  @Test
  void vocabularyLinesThatCannotBeReadAreRefused() {
    assertThat(new WordPieceTokenizer(Map.of("[UNK]", 0, "[CLS]", 1, "[SEP]", 2, "a\tb", 3)).vocabularyLines()).isEmpty();
    for (String bad : new String[] {"0\t[UNK]\n1\t[CLS]\n2\t[SEP]", "0\t[UNK]\nx\t[CLS]\n", "0\t[UNK]\n1\t[CLS]\n"}) {
      assertThatThrownBy(() -> WordPieceTokenizer.fromVocabularyLines(bad.getBytes(StandardCharsets.UTF_8)))
          .as(bad).isInstanceOf(IOException.class);
    }
  }
}
