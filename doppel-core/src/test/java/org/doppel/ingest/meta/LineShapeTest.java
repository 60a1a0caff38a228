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

  @Test
  void whitespaceIsWhatCharacterSaysForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(LineShape.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void aLineHasOneOfSomeCharsExactlyWhenIndexOfFindsOne() {
    Random random = new Random(5);
    String chars = "|>\u203a\u00bb\u00b7\u00a9";
    String alphabet = "ab |>/\u203a\u203b\u00bb\u00b7\u00a9\u00aa\u0100\u017f";
    LineShape.Chars set = LineShape.Chars.of(chars);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = text.chars().anyMatch(c -> chars.indexOf(c) >= 0);
      assertThat(LineShape.hasAny(text.toString(), set)).as(text.toString()).isEqualTo(expected);
    }
  }

  @Test
  void aCreditTriggerIsFoundExactlyWhereContainsFindsOne() {
    Random random = new Random(9);
    String[] pieces = {"photo", "phot", "credit", "cred", "/", "\u00a9", "(c)", "(c", "getty", "alliance", "alamy", "istock", "imago", "image",
        "bild", "foto", "picture", "shutterstock", "a", "i", "s", " ", "x", "\u0100"};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(random.nextInt(3) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
      }
      String line = text.toString();
      assertThat(CreditLines.hasTrigger(line)).as(line).isEqualTo(CreditLines.TRIGGERS.stream().anyMatch(line::contains));
    }
  }
}
