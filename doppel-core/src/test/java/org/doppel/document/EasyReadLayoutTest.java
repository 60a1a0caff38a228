package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class EasyReadLayoutTest {
  // written for the test: a "Leichte Sprache" text, one short statement a line, in two paragraphs
  static final String EASY = """
      Das Schwimm-Bad in Kellbach ist zu.
      Es bleibt 4 Monate zu.
      Das Dach ist kaputt.
      Wenn es regnet, kommt Wasser herein.
      Arbeiter machen ein neues Dach.

      Frau Oberwenger leitet das Bad.
      Sie sagt:
      Das tut uns leid.
      Sie können trotzdem schwimmen.
      Ein Bus fährt jeden Dienstag nach Ostrau.
      Dort gibt es ein anderes Bad.
      Im Frühling ist das Bad wieder offen.
      """;
  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static boolean easyRead(String text) {
    Document document = ANALYZER.analyze(SourceText.of("t", text));
    return EasyReadLayout.is(document, SPLITTER.split(document));
  }

  @Test
  void shortStatementsOneALineReadAsEasyLanguage() {
    assertThat(easyRead(EASY)).isTrue();
    assertThat(easyRead(EASY.toLowerCase(Locale.ROOT))).isTrue();
  }

  @Test
  void theSameSentencesInParagraphsDoNot() {
    // the same statements run together: paragraphs of short sentences, as a children's news item writes them
    assertThat(easyRead(EASY.replace(".\n", ". ").replace(":\n", ": "))).isFalse();
  }

  @Test
  void longLinesOrFewLinesDoNot() {
    String prose = """
        Das Hallenbad in Kellbach bleibt von Montag an vier Monate geschlossen, weil das undichte Dach erneuert wird.
        Die Leiterin, Frau Oberwenger, bat um Verständnis; dienstags fahre ein Bus zum Bad im benachbarten Ostrau.
        Im Frühling, wenn Dach und Rinnen fertig sind, soll das Bad wieder öffnen.
        """;
    assertThat(easyRead(prose)).isFalse();
    assertThat(easyRead("Das Bad ist zu.\nDas Dach ist kaputt.\nIm Frühling ist es offen.\n")).isFalse();
  }

  @Test
  void blankLinesAreNotCounted() {
    assertThat(EasyReadLayout.nonBlankLines("one\n\n  \ntwo\r\nthree")).isEqualTo(3);
    assertThat(EasyReadLayout.nonBlankLines("")).isZero();
  }

  @Test
  void nonBlankLinesAreCountedAsCharacterCountsThem() {
    String pieces = "ab \n\n\r\t\u000b\u001c\u00a0\u2003\u3000\u0085\u2028.\ud835\udc00";
    Random random = new Random(41);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(6) == 0 ? (char) random.nextInt(0x80) : pieces.charAt(random.nextInt(pieces.length())));
      }
      assertThat(EasyReadLayout.nonBlankLines(text.toString())).as(text.toString()).isEqualTo(nonBlankLinesByCharacter(text.toString()));
    }
  }

  /** The count as it was made before a line's end was looked for with indexOf: every char asked of {@link Character}. */
  private static int nonBlankLinesByCharacter(String text) {
    int lines = 0;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines += content ? 1 : 0;
        content = false;
      } else if (!content && !Character.isWhitespace(c)) {
        content = true;
      }
    }
    return lines + (content ? 1 : 0);
  }
}
