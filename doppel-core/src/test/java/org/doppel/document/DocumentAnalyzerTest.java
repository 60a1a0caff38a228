package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Test
  void metadataLinesAreSetAsideAndTheirWordsAreNotTokens() {
    String text = "Storm hits the coast\n\nBy Jane Voe\nPublished 3 March 2019\n\nHeavy rain fell all night.";
    Document document = analyzer.analyze(SourceText.of("d1", text));
    assertThat(document.id()).isEqualTo("d1");
    assertThat(document.text()).isEqualTo(text);
    assertThat(document.metadata()).extracting(MetadataLine::kind).containsExactly(LineKind.BYLINE, LineKind.DATELINE);
    TokenSequence words = document.words();
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      joined.append(text, words.start(i), words.end(i)).append(' ');
    }
    assertThat(joined.toString().strip()).isEqualTo("Storm hits the coast Heavy rain fell all night");
    assertThat(words.isBreakBefore(4)).isTrue();
  }

  @Test
  void twoCopiesWithDifferentHeadersHaveTheSameWordHashes() {
    String body = "Heavy rain fell all night and the river burst its banks near the old mill.";
    Document a = analyzer.analyze(SourceText.of("a", "By Jane Voe\n2019-03-03 10:42\n\n" + body));
    Document b = analyzer.analyze(SourceText.of("b", "Home / News / Article | Daily Planet\nSource: Daily Planet\n\n" + body + "\n\nTopics: Weather"));
    assertThat(a.words().size()).isEqualTo(b.words().size());
    for (int i = 0; i < a.words().size(); i++) {
      assertThat(a.words().hash(i)).isEqualTo(b.words().hash(i));
    }
  }

  @Test
  void reAnalysingWithTheMetadataLinesFoundBeforeGivesTheSameDocument() {
    org.doppel.ingest.SourceText source = org.doppel.ingest.SourceText.of("x",
        "A title\n\nBy Jane Voe\nPublished 3 March 2019\n\nThe river rose overnight and the town woke to water.\n\nSource: Daily Planet\n");
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    Document first = analyzer.analyze(source);
    Document again = analyzer.analyze(source, PackedMetadataLines.unpack(PackedMetadataLines.pack(first.metadata())));
    assertThat(first.metadata()).hasSize(3);
    assertThat(again.metadata()).isEqualTo(first.metadata());
    assertSameWords(again.words(), first.words());
  }

  /** The same words, hash by hash, with the same spans and breaks. */
  private static void assertSameWords(TokenSequence actual, TokenSequence expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.hash(i)).isEqualTo(expected.hash(i));
      assertThat(actual.start(i)).isEqualTo(expected.start(i));
      assertThat(actual.end(i)).isEqualTo(expected.end(i));
      assertThat(actual.isBreakBefore(i)).isEqualTo(expected.isBreakBefore(i));
    }
  }

  @Test
  void theWordsWithoutTheTextAreTheAnalysedDocumentsWords() {
    String text = "Flood closes the valley road\n\nBy Ana Kovač\nPublished 4 May 2021\n\n"
        + "Water reached the café’s windows — “we had an hour,” the owner said — before the pumps arrived.\n\n"
        + "Advertisement\n\nThe road stays shut until Friday 😀.\n\nSource: Valley Times\n";
    org.doppel.ingest.SourceText source = org.doppel.ingest.SourceText.of("x", text);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    Document document = analyzer.analyze(source);
    DocumentAnalyzer.Words words = analyzer.words(source);
    assertThat(document.metadata()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(words.metadata()).isEqualTo(document.metadata());
    assertSameWords(words.words(), document.words());
    Document again = words.document(source);
    assertThat(again.text()).isEqualTo(text);
    assertThat(again.metadata()).isEqualTo(document.metadata());
  }
}
