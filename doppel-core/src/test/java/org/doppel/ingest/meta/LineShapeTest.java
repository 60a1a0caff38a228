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
  void aLineIsStrippedAsStringStripStripsIt() {
    // String.strip asks Character.isWhitespace of each code point: the ranges of both line readers must be its
    String alphabet = "ab \t\n\u000b\f\r\u001c\u001f\u00a0\u0085\u2003\u2028\u3000\u200b\ud835\udc00\ud800";
    Random random = new Random(31);
    for (int round = 0; round < 5_000; round++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      int from = random.nextInt(text.length + 1);
      int to = from + random.nextInt(text.length - from + 1);
      int start = LineShape.strippedStart(text, from, to);
      int end = LineShape.strippedEnd(text, start, to);
      String line = new String(text, from, to - from);
      assertThat(new String(text, start, end - start)).as(line).isEqualTo(line.strip());
      assertThat(start).as(line).isEqualTo(to - line.stripLeading().length());
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
      assertThat(CreditLines.hasTrigger(line.toCharArray(), 0, line.length())).as(line)
          .isEqualTo(CreditLines.TRIGGERS.stream().anyMatch(line::contains));
    }
  }

  @Test
  void theArrayTestsOfALineAgreeWithTheTestsOfItsString() {
    Random random = new Random(13);
    String[] pieces = {"Posted in ", "posted in", "POSTED IN ", "(c)", "(C) ", "Copyright", "\u00a9", "follow ", "Follow", "FOLLOW ",
        "photo", "PHOTO", "credit", "/", "Getty", "Source: ", "via ", "(via", "By ", "by", "Written by", "Ursprünglich", "ursprünglich",
        "\u017Fource", "\u212Aelvin", "\u0130", "\u0131", "|", ">", "\u203a", "\u00bb", "\u00b7", "2019", "a", "B", " ", "\u00a0", ".", "x", "\u0100"};
    LineShape.Chars separators = LineShape.Chars.of("|>\u203a\u00bb\u00b7\u00a9");
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1 + random.nextInt(8); i > 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(random.nextInt(4) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
      }
      String line = text.toString().strip();
      if (line.isEmpty()) {
        continue;
      }
      // the line inside a longer array, as TextMetadata reads it
      char[] chars = ("x\n" + line + "\ny").toCharArray();
      int start = 2;
      int end = start + line.length();
      String folded = LineShape.fold(line);
      assertThat(LineShape.firstFoldedWord(chars, start, end)).as(line).isEqualTo(LineShape.firstWord(folded));
      assertThat(LineShape.foldedContains(chars, start, end, "follow ")).as(line).isEqualTo(folded.contains("follow "));
      assertThat(LineShape.foldedStartsWith(chars, start, end, "posted in ")).as(line).isEqualTo(folded.startsWith("posted in "));
      assertThat(LineShape.hasDigit(chars, start, end)).as(line).isEqualTo(LineShape.hasDigit(line));
      assertThat(LineShape.hasAny(chars, start, end, separators)).as(line).isEqualTo(LineShape.hasAny(line, separators));
      assertThat(SiteLines.maySiteLine(chars, start, end)).as(line).isEqualTo(line.length() <= 300 && (LineShape.hasAny(line, separators)
          || folded.startsWith("posted in ") || folded.startsWith("(c)") || folded.startsWith("copyright") || folded.contains("follow ")));
      assertThat(CreditLines.hasTrigger(chars, start, end)).as(line).isEqualTo(CreditLines.TRIGGERS.stream().anyMatch(folded::contains));
      assertThat(AttributionLines.mayBeStatement(line.charAt(0), LineShape.firstFoldedWord(chars, start, end)))
          .as(line).isEqualTo(AttributionLines.mayBeStatement(line));
    }
  }
}
