package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole-text scans of the direction signals that answer ASCII without {@link Character} (and find numbers without a
 * regular expression) give what {@link Character}'s answers and the pattern give, on random text of ASCII, Latin,
 * Greek, title-case letters, other scripts' digits, Unicode white space, quotation marks and surrogate pairs.
 */
class TextScansTest {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  /** Chars beyond ASCII that the scans treat apart: letters of each case, digits, spaces, quotes, a lone surrogate. */
  private static final String BEYOND_ASCII = "éÉßſǅǈ\u03a3\u03c3\u0660\u0669\uff11\u00a0\u0085\u2003\u2028\u3000"
      + "\u201c\u201d\u201e\u00ab\u00bb\u2019\u2013\u2022\u00aa\u00b2\u02b0\ud835\udc00\ud801\udc28\ud800";

  @Test
  void numbersAreThePatternsMatches() {
    Random random = new Random(36);
    for (int round = 0; round < 5_000; round++) {
      String text = randomText(random, "0123456789.,.,  a-");
      assertThat(PairContext.numbers(text)).as(text).containsExactlyElementsOf(matches(text));
    }
    assertThat(PairContext.numbers("4,000 and 2.5, 802.11. 7,, 1.2.3 ٣ 12")).containsExactly("4,000", "2.5", "802.11", "7", "1.2.3", "12");
  }

  @Test
  void letterRunsAreCharactersLetterRuns() {
    Random random = new Random(37);
    for (int round = 0; round < 5_000; round++) {
      String text = randomText(random, "aZ'-@[`{ 9");
      assertThat(PairContext.letterRuns(text)).as(text).isEqualTo(letterRunsByCharacter(text));
    }
  }

  @Test
  void sentenceBeginningsAreCountedAsCharacterCountsThem() {
    Random random = new Random(38);
    for (int round = 0; round < 5_000; round++) {
      String text = randomText(random, "aZ. !?\"'()\n\t\r\u000b\u001c\u001f-*");
      assertThat(LowerCaseSignal.SentenceBeginnings.of(text)).as(text).isEqualTo(beginningsByCharacter(text));
    }
  }

  @Test
  void sentenceBeginningsOfProseAreCountedAsCharacterCountsThem() {
    // long runs inside sentences, which the count skips to the next line break or sentence end, beside every kind of char
    String[] pieces = {"the word", " ", "Word", "ärger", "Öl", "\u03c3\u03a3", "\ud835\udc00", "\ud800", ". ", "! ", "? ", ".\" ",
        ".) ", "\n", "\n\n", " \u201eja", "(so", "- und", "42", "\u3000", "\u0085", "e.g.", "...", "?!", "\u00bb ", "\t"};
    Random random = new Random(40);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int p = 0; p < length; p++) {
        text.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x80) : pieces[random.nextInt(pieces.length)]);
      }
      assertThat(LowerCaseSignal.SentenceBeginnings.of(text.toString())).as(text.toString())
          .isEqualTo(beginningsByCharacter(text.toString()));
    }
  }

  @Test
  void vagueQuantitiesAreThePatternsMatches() {
    Pattern vague = Pattern.compile("\\b(?:many|several|dozens|hundreds|thousands|millions|numerous|some|few|a number of"
        + "|a lot of|lots of|viele|vielen|mehrere|einige|einigen|dutzende|hunderte|tausende|zahlreiche)\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String[] pieces = {"many", "MANY", "Several", "dozens", "hundreds", "thousands", "millions", "numerous", "some",
        "few", "a number of", "A lot of", "lots of", "viele", "vielen", "mehrere", "einige", "einigen", "Dutzende",
        "hunderte", "tausende", "zahlreiche", "\u017fome", "\u017fEVERAL", "m\u0131llions", "M\u0130LLIONS", "ſ", "ı", "İ",
        "\u212a", "ä", "é", "_", "1", " ", " ", ", ", ".", "-", "x", "s", "a", "a ", "man", "somE", "\n"};
    Random random = new Random(39);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int p = 0; p < length; p++) {
        text.append(random.nextInt(6) == 0 ? (char) random.nextInt(0x80) : pieces[random.nextInt(pieces.length)]);
      }
      int expected = 0;
      Matcher m = vague.matcher(text);
      while (m.find()) {
        expected++;
      }
      assertThat(GeneralisationSignal.vague(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }

  /** Up to 200 chars: all of ASCII, the chars beyond it above and {@code common} (drawn more often). */
  private static String randomText(Random random, String common) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(200);
    while (out.length() < length) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        out.append((char) random.nextInt(0x80));
      } else if (kind == 1) {
        out.append(BEYOND_ASCII.charAt(random.nextInt(BEYOND_ASCII.length())));
      } else {
        out.append(common.charAt(random.nextInt(common.length())));
      }
    }
    return out.toString();
  }

  private static Set<String> matches(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static int letterRunsByCharacter(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /** The count as it was made before the ASCII answers: every code point asked of {@link Character}. */
  private static LowerCaseSignal.SentenceBeginnings beginningsByCharacter(String text) {
    int total = 0;
    int lower = 0;
    boolean atBeginning = true;
    boolean afterEnd = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        atBeginning = true;
        afterEnd = false;
      } else if (Character.isWhitespace(c)) {
        if (afterEnd) {
          atBeginning = true;
        }
      } else if (atBeginning && (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c))) {
        total++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
        atBeginning = false;
        afterEnd = false;
      } else if (c == '.' || c == '!' || c == '?') {
        atBeginning = false;
        afterEnd = true;
      } else if (afterEnd && "\"'\u201d\u201c\u2019\u00bb\u00ab)".indexOf(c) >= 0) {
        // a closing quotation mark keeps the sentence's end
      } else {
        atBeginning = atBeginning && "\"'\u201e\u201c\u201a\u2018\u00ab\u00bb(-\u2013\u2014*\u2022".indexOf(c) >= 0;
        afterEnd = false;
      }
    }
    return new LowerCaseSignal.SentenceBeginnings(total, lower);
  }
}
