package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class EasyReadLayoutTest {
  // written for the test: an Easy Read text, one short statement a line, in two paragraphs
  static final String EASY = """
      The library in Marlow Bridge is closed.
      It will be closed for 6 months.
      The roof is old.
      Water comes in when it rains.
      Builders will make a new roof.

      Tessa Gorvin is the head of the library.
      She says:
      We are sorry.
      You can still get books.
      A bus with books comes every Tuesday.
      The bus stops at the market.
      The library opens again in spring.
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
    // the same statements run together: a paragraph of short sentences, as a children's news item writes them
    assertThat(easyRead(EASY.replace(".\n", ". ").replace(":\n", ": "))).isFalse();
  }

  @Test
  void longLinesOrFewLinesDoNot() {
    String prose = """
        The library in Marlow Bridge will close for six months from Monday while builders replace its leaking roof.
        Its head, Tessa Gorvin, apologised and said a mobile library would stop at the market every Tuesday.
        The building is expected to reopen in the spring, once the new roof and gutters are in place.
        """;
    assertThat(easyRead(prose)).isFalse();
    assertThat(easyRead("The library is closed.\nThe roof is old.\nIt opens in spring.\n")).isFalse();
  }

  @Test
  void blankLinesAreNotCounted() {
    assertThat(EasyReadLayout.nonBlankLines("one\n\n  \ntwo\r\nthree")).isEqualTo(3);
    assertThat(EasyReadLayout.nonBlankLines("")).isZero();
  }
}
