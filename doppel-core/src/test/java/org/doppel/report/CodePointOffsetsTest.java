package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {
  @Test
  void emojiCountAsOneCodePoint() {
    String text = "a😀b🎉c";
    CodePointOffsets offsets = new CodePointOffsets(text);
    assertThat(offsets.of(0)).isEqualTo(0);
    assertThat(offsets.of(1)).isEqualTo(1);
    assertThat(offsets.of(3)).isEqualTo(2);
    assertThat(offsets.of(4)).isEqualTo(3);
    assertThat(offsets.of(6)).isEqualTo(4);
    assertThat(offsets.of(text.length())).isEqualTo(5).isEqualTo(text.codePointCount(0, text.length()));
  }

  @Test
  void textWithoutSurrogatesKeepsCharIndices() {
    String text = "café — naïve";
    CodePointOffsets offsets = new CodePointOffsets(text);
    for (int i = 0; i <= text.length(); i++) {
      assertThat(offsets.of(i)).isEqualTo(i);
    }
  }

  @Test
  void aLoneSurrogateCountsAsOneCodePoint() {
    String text = "x\uD800y\uDC00z";
    CodePointOffsets offsets = new CodePointOffsets(text);
    assertThat(offsets.of(text.length())).isEqualTo(text.codePointCount(0, text.length())).isEqualTo(5);
  }

  @Property(tries = 300)
  void everyCharIndexMapsToTheCodePointCountBeforeIt(@ForAll("textWithEmoji") String text) {
    CodePointOffsets offsets = new CodePointOffsets(text);
    for (int i = 0; i <= text.length(); i++) {
      if (i == 0 || i == text.length() || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)))) {
        assertThat(offsets.of(i)).isEqualTo(text.codePointCount(0, i));
      }
    }
  }

  @Provide
  Arbitrary<String> textWithEmoji() {
    return Arbitraries.of("a", " ", "é", "😀", "👍🏽", "\uD835\uDC00", "中", "\n", "\uD800", "\uDC00").list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
