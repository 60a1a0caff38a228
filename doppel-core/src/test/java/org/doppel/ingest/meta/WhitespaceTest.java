package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.Whitespace.Spaces;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
  private static final Pattern ASCII_RUNS = Pattern.compile("\\s+");
  private static final Pattern UNICODE_RUNS = Pattern.compile("[\\p{javaWhitespace}\\p{javaSpaceChar}]+");

  /** Every char, in runs inside a text, between words and at both ends. */
  private static String around(char c) {
    return "" + c + c + "one" + c + "two" + c + c + " three" + c;
  }

  /** Collapsing each char's {@link #around} text with {@code spaces} gives what {@code regexForm} makes of it. */
  private static void assertEveryCharCollapsesAs(Spaces spaces, UnaryOperator<String> regexForm) {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = around((char) c);
      assertThat(Whitespace.collapse(text, spaces)).as("U+%04X", c).isEqualTo(regexForm.apply(text));
    }
  }

  @Test
  void asciiIsTheRegexItReplaced() {
    assertEveryCharCollapsesAs(Spaces.ASCII, text -> ASCII_RUNS.matcher(text).replaceAll(" ").strip());
  }

  @Test
  void noBreakSpacesJoinTheAsciiOnesWhenAsked() {
    assertEveryCharCollapsesAs(Spaces.ASCII_AND_NO_BREAK, text -> ASCII_RUNS.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip());
    assertThat(Whitespace.collapse("a\u00a0\u00a0b", Spaces.ASCII)).isEqualTo("a\u00a0\u00a0b");
    assertThat(Whitespace.collapse("a\u00a0\u00a0b", Spaces.ASCII_AND_NO_BREAK)).isEqualTo("a b");
  }

  @Test
  void unicodeTakesEverySpaceAndSeparator() {
    assertEveryCharCollapsesAs(Spaces.UNICODE, text -> UNICODE_RUNS.matcher(text).replaceAll(" ").strip());
    // a thin, an ideographic and a narrow no-break space part words here, and only here
    String spaced = "one\u2009two\u3000three\u202ffour";
    assertThat(Whitespace.collapse(spaced, Spaces.UNICODE)).isEqualTo("one two three four");
    assertThat(Whitespace.collapse(spaced, Spaces.ASCII_AND_NO_BREAK)).isEqualTo(spaced);
  }
}
