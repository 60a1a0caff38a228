package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    Document document = analyzer.analyze(SourceText.of("d", text));
    return splitter.split(document).stream().map(s -> s.span(document.words()).of(text)).toList();
  }

  @Test
  void splitsAtFullStopsBeforeACapitalOrDigitAndAtLineStarts() {
    assertThat(sentences("A title line\nIt was founded in 1948. For decades it grew! Why? 2019 was hard."))
        .containsExactly("A title line", "It was founded in 1948", "For decades it grew", "Why", "2019 was hard");
  }

  @Test
  void abbreviationsDecimalsAndLowerCaseContinuationsDoNotEndASentence() {
    assertThat(sentences("Mr. Smith met Dr. Jones in St. Louis at 3.5 km. The U.S. army came, e.g. by sea. Then more."))
        .containsExactly("Mr. Smith met Dr. Jones in St. Louis at 3.5 km", "The U.S. army came, e.g. by sea", "Then more");
  }

  @Test
  void aHardWrappedParagraphIsJoinedAcrossItsLineBreaks() {
    String text = "President Xi of\nChina is likely to deploy forces onto the former\nstreets, and that means a\n"
        + "slaughter of some degree. They know\nthat doing so would spark\nfuror and pressure\notherwise.\n\nA new paragraph.";
    assertThat(SentenceSplitter.isHardWrapped(text)).isTrue();
    assertThat(sentences(text)).hasSize(3);
    assertThat(sentences(text).get(0)).startsWith("President").endsWith("degree");
  }

  /** Reading only the gaps where the tokenizer saw a line break finds what reading the whole text finds. */
  @Property(tries = 1000)
  void wrappingReadFromTheGapsBeforeLineStartsIsWrappingReadFromTheText(@ForAll("lines") String text, @ForAll long seed) {
    List<Span> removed = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    int lineStart = 0;
    for (int c = 0; c <= text.length(); c++) {
      if (c == text.length() || text.charAt(c) == '\n') {
        if (random.nextInt(4) == 0) {
          removed.add(new Span(lineStart, c)); // a metadata line set aside
        }
        lineStart = c + 1;
      }
    }
    TokenSequence words = new WordTokenizer().tokenize(text, removed);
    assertThat(SentenceSplitter.isHardWrapped(text, words)).isEqualTo(SentenceSplitter.isHardWrapped(text));
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("word", "Capital", "9", " ", "\n", "\n", "\n\n", ".", ",", " \n", "\t", "é", "—")
        .list().ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Test
  void paragraphsOnePerLineAreNotMistakenForWrapping() {
    assertThat(SentenceSplitter.isHardWrapped("One paragraph.\nAnother one here.\nA third.\nAnd a fourth.\nFifth.")).isFalse();
  }

  @Test
  void aVeryLongRunWithoutPunctuationIsCut() {
    String text = "word ".repeat(150);
    assertThat(sentences(text)).hasSize(3);
  }

  @Test
  void anEmptyDocumentHasNoSentences() {
    assertThat(sentences("")).isEmpty();
  }

  @Test
  void aLowerCasedTextIsSplitAtFullStopsAlthoughNoSentenceStartsWithACapital() {
    String text = "the bridge opened in may after three years of work. engineers tested it with forty loaded trucks. "
        + "dr. alvarez, who led the project, said the cost stayed within budget. the city plans a second crossing by 2031.";
    assertThat(SentenceSplitter.isCaseless(text)).isTrue();
    assertThat(sentences(text)).containsExactly(
        "the bridge opened in may after three years of work", "engineers tested it with forty loaded trucks",
        "dr. alvarez, who led the project, said the cost stayed within budget", "the city plans a second crossing by 2031");
  }

  @Test
  void mixedCaseProseIsNotCaseless() {
    assertThat(SentenceSplitter.isCaseless("The bridge opened in May after three years of work. Engineers tested it with forty loaded trucks, "
        + "and the mayor said the city plans a second crossing by 2031.")).isFalse();
  }
}
