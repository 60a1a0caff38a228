package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetadataBuilderTest {
  /** What {@link MetadataBuilder#clean} gave before its path without the regex, which it must give still. */
  private static String byRegex(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }

  @Test
  void cleansAsTheRegexDidValuesWithAndWithoutWhitespaceRuns() {
    List<String> values = List.of("", " ", "  ", "Rare Images Reveal Everyday Life", " Johny ", "Jane  Doe", "Jane\tDoe",
        "Jane\nDoe\r\n", "a\u000bb\fc", "\u00a0Jane\u00a0Doe\u00a0", "\u2003em\u2003space ", "tail  ", "  head", "a b  c d",
        "x\u00a0 y", "\t", "line one\n\nline two");
    for (String value : values) {
      assertThat(MetadataBuilder.clean(value)).as("%s", value.chars().boxed().toList()).isEqualTo(byRegex(value));
    }
  }

  @Test
  void cleansAsTheRegexDidRandomMixesOfSpacesAndLetters() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000b', '\u00a0', '\u2003', '\u3000', '\u200b', '.'};
    Random random = new Random(32);
    for (int n = 0; n < 20_000; n++) {
      char[] value = new char[random.nextInt(9)];
      for (int i = 0; i < value.length; i++) {
        value[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(value);
      assertThat(MetadataBuilder.clean(text)).as("%s", text.chars().boxed().toList()).isEqualTo(byRegex(text));
    }
  }

  @Test
  void keepsTheFirstTitleOfferedCleaned() {
    MetadataBuilder meta = new MetadataBuilder().title("  Rare \t Images\n", "text:first-line").title("Other", "text:byline");
    assertThat(meta.build().title()).isEqualTo("Rare Images");
  }
}
