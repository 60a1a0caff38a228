package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap line tests must agree with the regular expressions they stand in front of. */
class LineShapeTest {
  @Test
  void aKeywordInTheFoldedLineIsOneTheCaseInsensitivePatternFinds() {
    Pattern source = Pattern.compile("source", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (String line : new String[] {"SOURCE: AFP", "Source: AFP", "\u017Fource: AFP", "sOuRcE", "Sourc e", "Quelle: dpa"}) {
      assertThat(LineShape.fold(line).contains("source")).as(line).isEqualTo(source.matcher(line).find());
    }
  }

  @Test
  void theFirstWordIsTheLeadingRunOfLetters() {
    assertThat(LineShape.firstWord(LineShape.fold("Sources: AP, Reuters"))).isEqualTo("sources");
    assertThat(LineShape.firstWord("(via x)")).isEmpty();
    assertThat(LineShape.firstWord("ursprünglich erschienen")).isEqualTo("ursprünglich");
  }

  @Test
  void countsWordsAsSplittingOnWhitespaceDoes() {
    Random random = new Random(11);
    String alphabet = "ab \t\n\u00a0\u2003.";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String stripped = text.toString().strip();
      if (stripped.isEmpty()) {
        continue;
      }
      int words = stripped.split("\\s+").length;
      int max = random.nextInt(12);
      assertThat(LineShape.moreWordsThan(stripped, max)).as("'%s' over %d", stripped, max).isEqualTo(words > max);
    }
  }

  @Test
  void digitsAreAsciiDigitsOnly() {
    assertThat(LineShape.hasDigit("Published March 2019")).isTrue();
    assertThat(LineShape.hasDigit("Published in March")).isFalse();
    assertThat(LineShape.hasDigit("\u0663\u0664")).isFalse(); // Arabic-Indic digits: \d does not match them either
  }
}
