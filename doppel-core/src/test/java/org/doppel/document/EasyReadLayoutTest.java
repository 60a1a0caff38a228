package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
