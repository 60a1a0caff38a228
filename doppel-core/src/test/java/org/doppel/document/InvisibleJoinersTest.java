package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Soft hyphens and the other invisible joiners inside a word: the word matches as if they were not there. */
class InvisibleJoinersTest {
  private final WordTokenizer tokenizer = new WordTokenizer();
  private static final String PLAIN = "Die Bundesregierung beschließt heute die Verkehrsreform für alle Länder.";
  private static final String HYPHENATED =
      "Die Bundes\u00ADre\u00ADgierung be\u00ADschließt heute die Ver\u00ADkehrs\u00ADreform für al\u00ADle Län\u00ADder.";

  private List<Long> hashes(String text) {
    TokenSequence words = tokenizer.tokenize(text, List.of());
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      out.add(words.hash(i));
    }
    return out;
  }

  @Test
  void aCopyWithSoftHyphensHasTheOriginalsWords() {
    assertThat(hashes(HYPHENATED)).isEqualTo(hashes(PLAIN));
  }

  @Test
  void spansSliceTheOriginalTextSoftHyphensIncluded() {
    TokenSequence words = tokenizer.tokenize(HYPHENATED, List.of());
    assertThat(words.size()).isEqualTo(9);
    assertThat(HYPHENATED.substring(words.start(1), words.end(1))).isEqualTo("Bundes\u00ADre\u00ADgierung");
    assertThat(HYPHENATED.substring(words.start(8), words.end(8))).isEqualTo("Län\u00ADder");
  }

  @Test
  void eachJoinerInsideAWordIsLeftOutOfItsHash() {
    long plain = hashes("wordjoiner").get(0);
    for (String joiner : List.of("\u00AD", "\u2060", "\u200D", "\uFEFF", "\u00AD\u00AD")) {
      assertThat(hashes("word" + joiner + "joiner")).as(joiner).containsExactly(plain);
    }
    // a word that goes through NFKC (a ligature) is joined the same way
    assertThat(hashes("\uFB01\u00ADnal")).isEqualTo(hashes("final"));
  }

  @Test
  void aJoinerOutsideAWordIsNoWordAndNoPartOfOne() {
    String text = "Bundes\u00AD \u00ADregierung \u2060 end\u200D";
    TokenSequence words = tokenizer.tokenize(text, List.of());
    assertThat(words.size()).isEqualTo(3);
    assertThat(text.substring(words.start(0), words.end(0))).isEqualTo("Bundes");
    assertThat(text.substring(words.start(1), words.end(1))).isEqualTo("regierung");
    assertThat(text.substring(words.start(2), words.end(2))).isEqualTo("end");
  }

  @Test
  void theZeroWidthSpaceAndNonJoinerStillSeparateWords() {
    assertThat(hashes("one\u200Btwo")).hasSize(2);
    assertThat(hashes("one\u200Ctwo")).hasSize(2);
  }

  @Test
  void stemsIgnoreASoftHyphenInTheirFirstLetters() {
    TokenSequence plain = tokenizer.tokenize(PLAIN, List.of());
    TokenSequence hyphenated = tokenizer.tokenize(HYPHENATED, List.of());
    for (int i = 0; i < plain.size(); i++) {
      assertThat(WordStems.of(hyphenated, HYPHENATED, i)).as("word " + i).isEqualTo(WordStems.of(plain, PLAIN, i));
    }
  }

  @Test
  void stripKeepsEverythingButTheJoiners() {
    char[] text = "a\u00ADb\u200Bc\u2060d".toCharArray();
    assertThat(InvisibleJoiners.strip(text, 0, text.length)).isEqualTo("ab\u200Bcd");
  }
}
