package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void ofSetsTheOriginToTheId() {
    SourceText text = SourceText.of("id", "words");
    assertThat(text.origin()).isEqualTo("id");
    assertThat(text.metadata()).isEqualTo(org.doppel.ingest.ArticleMetadata.EMPTY);
  }

  @Test
  void anIdAndATextAreRequired() {
    assertThatThrownBy(() -> SourceText.of("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceText.of(null, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceText.of("id", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTextLongerThanTheCommandLinesLargestFileCouldHoldIsRefusedNamingTheDocumentAndTheLimit() {
    // the longest text the command line's readers can make (a 64 MB file, one char a byte) is taken whole
    SourceText largest = SourceText.of("crawl/biggest-allowed", "a".repeat(SourceText.MAX_TEXT_CHARS));
    assertThat(largest.utf8Length()).isEqualTo(64 << 20);
    largest = null;
    // one char more is refused where the document is made, before any memory goes to its analysis
    String tooLong = "b".repeat(SourceText.MAX_TEXT_CHARS + 1);
    assertThatThrownBy(() -> SourceText.of("dump/huge-page", tooLong)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dump/huge-page").hasMessageContaining("67,108,865 chars")
        .hasMessageContaining("limit of 67,108,864").hasMessageContaining("64 MB");
    assertThatThrownBy(() -> new SourceText("dump/huge-page", tooLong, "dump.jsonl:3", ArticleMetadata.EMPTY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dump/huge-page");
  }

  @Test
  void theTextComesBackExactlyAsGiven() {
    for (String text : List.of("plain ASCII", "Latin-1: café", "an em dash — and ć", "emoji 😀 and a question?",
        "unpaired \ud800 surrogate?", "low \udc00 first?", "ends high \ud83d")) {
      SourceText source = new SourceText("id", text, "origin", ArticleMetadata.EMPTY);
      assertThat(source.text()).isEqualTo(text);
      assertThat(source.withOrigin("elsewhere").text()).isEqualTo(text);
    }
  }

  @Test
  void textsAreHeldAsUtf8() {
    SourceText source = SourceText.of("id", "Zagreb — Šibenik");
    assertThat(source.utf8Length()).isEqualTo("Zagreb — Šibenik".getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void equalPartsMakeEqualValues() {
    SourceText one = new SourceText("id", "text — ć", "o", ArticleMetadata.EMPTY);
    SourceText same = new SourceText("id", "text — ć", "o", ArticleMetadata.EMPTY);
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(new SourceText("id", "text — c", "o", ArticleMetadata.EMPTY));
    assertThat(one).isNotEqualTo(one.withOrigin("p"));
    assertThat(one.withOrigin("p").origin()).isEqualTo("p");
  }

  @Test
  void charsAreCodePointsUnlessACharacterIsOutsideTheBasicPlane() {
    assertThat(SourceText.of("id", "plain, café, — ć 中文").charsAreCodePoints()).isTrue();
    assertThat(SourceText.of("id", "an emoji 😀").charsAreCodePoints()).isFalse();
    assertThat(SourceText.of("id", "a lone \ud83d surrogate?").charsAreCodePoints()).isTrue();
    assertThat(SourceText.of("id", "a lone \ud83d and a pair 😀?").charsAreCodePoints()).isFalse();
  }

  @Test
  void charsIntoGivesTheCharsOfTheTextWithoutTheString() {
    // what the strict decoder takes, and what it leaves to the JDK's: a leading U+FEFF, a lone carriage return, control
    // chars, an empty text, unpaired surrogates (held as a string)
    for (String text : List.of("plain ASCII", "Latin-1: café", "an em dash — and ć", "emoji 😀 and a pair 😀😀", "",
        "\uFEFFstarts with a byte-order mark", "old Mac\rline ends", "a tab\tand a bell \u0007", "\u0000\u0001\u0002\u0003",
        "unpaired \ud800 surrogate?", "ends high \ud83d", "Zagreb — Šibenik\r\nline two")) {
      SourceText source = new SourceText("id", text, "origin", ArticleMetadata.EMPTY);
      char[] out = new char[source.utf8Length() + 3];
      java.util.Arrays.fill(out, 'x');
      int length = source.charsInto(out);
      assertThat(new String(out, 0, length)).isEqualTo(text);
      assertThat(out[length]).isEqualTo('x'); // nothing written past the text
    }
  }

  @Test
  void countAsciiCountsTheCharInTheTextWithoutDecodingIt() {
    // multi-byte characters around the char, four-byte ones, unpaired surrogates (held as a string), the char at the ends
    for (String text : List.of("no parenthesis", "(one) (two)", "((", "café (Zürich) — ć (中文) 😀(😀)", "", "(",
        "unpaired \ud800 (surrogate) \ud83d(", "(\uFEFF(starts)\r\n(ends)")) {
      int expected = (int) text.chars().filter(c -> c == '(').count();
      assertThat(SourceText.of("id", text).countAscii('(')).as(text).isEqualTo(expected);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (new String(utf8, StandardCharsets.UTF_8).equals(text)) {
        SourceText read = SourceText.ofUtf8ReadingMetadataOnUse("id", utf8, "origin");
        assertThat(read.countAscii('(')).as(text).isEqualTo(expected);
        assertThat(read.countAscii('e')).as(text).isEqualTo((int) text.chars().filter(c -> c == 'e').count());
      }
    }
    // random texts of ASCII and non-ASCII chars, each count equal to the decoded text's
    java.util.Random random = new java.util.Random(38);
    char[] alphabet = "a((1 .é—ć中\u00a0\u0100\u0800\uffff".toCharArray();
    for (int t = 0; t < 500; t++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        if (random.nextInt(10) == 0) {
          text.appendCodePoint(0x1F600 + random.nextInt(40));
        } else {
          text.append(alphabet[random.nextInt(alphabet.length)]);
        }
      }
      SourceText source = SourceText.ofUtf8ReadingMetadataOnUse("id", text.toString().getBytes(StandardCharsets.UTF_8), "o");
      for (char c : new char[] {'(', '1', 'a', ' '}) {
        assertThat(source.countAscii(c)).isEqualTo((int) source.text().chars().filter(x -> x == c).count());
      }
    }
    assertThatThrownBy(() -> SourceText.of("id", "é").countAscii('é')).isInstanceOf(IllegalArgumentException.class);
  }
}
