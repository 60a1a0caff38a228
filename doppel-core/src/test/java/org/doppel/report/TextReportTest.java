package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.doppel.document.Span;
import org.doppel.ingest.TerminalText;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.doppel.ingest.ArticleMetadata;
import org.junit.jupiter.api.Test;

class TextReportTest {
  @Test
  void eachPairIsListedUnderItsFirstDocumentWithQuotedPassages() {
    String a = "😀 The river burst its banks near the mill.";
    String b = "Long ago the river burst its banks near the mill.";
    Passage passage = new Passage(new Span(a.indexOf("river"), a.indexOf(".")), new Span(b.indexOf("river"), b.indexOf(".")), 7, 7, 7, 7);
    RelatedPair pair = new RelatedPair("doc-a", "doc-b", new Verdict(Relation.PARTIAL, 0.25, "because"), "doc-b", List.of(passage));
    StringWriter out = new StringWriter();

    new TextReport(Map.of("doc-a", a, "doc-b", b)::get, 80).write(List.of(pair), new PrintWriter(out));

    String report = out.toString();
    assertThat(report).contains("== doc-a", "partial", "0.25", "doc-b", "likely original: doc-b", "because",
        "\"river burst its banks near the mill\"", "doc-a [6, 41)", "doc-b [13, 48)");
  }

  @Test
  void longPassagesAreShortenedInTheMiddle() {
    String a = "word ".repeat(100).strip();
    Passage passage = new Passage(new Span(0, a.length()), new Span(0, a.length()), 100, 100, 100, 100);
    RelatedPair pair = new RelatedPair("a", "b", new Verdict(Relation.EXACT, 1, "same"), null, List.of(passage));
    StringWriter out = new StringWriter();
    new TextReport(id -> a, 40).write(List.of(pair), new PrintWriter(out));
    assertThat(out.toString()).contains(" […] ").doesNotContain(a);
  }

  @Test
  void anIdWithALineBreakStaysOnItsLineAndCannotForgeAHeading() {
    String text = "The ferry left the harbour at dawn with forty cars aboard.";
    Passage passage = new Passage(new Span(0, text.length()), new Span(0, text.length()), 10, 10, 10, 10);
    String forged = "notes\n== forged\r\tx\\y";
    RelatedPair pair = new RelatedPair(forged, "plain\\id", new Verdict(Relation.EXACT, 1, "same"), null, List.of(passage));
    StringWriter out = new StringWriter();
    new TextReport(id -> text, 80).write(List.of(pair), new PrintWriter(out));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).contains("== notes\\n== forged\\r\\tx\\\\y").noneMatch(line -> line.startsWith("== forged"));
    // an id without control characters prints as it is, backslash included
    assertThat(lines).anyMatch(line -> line.contains("1.00  plain\\id"));
  }

  @Test
  void idsPrintOnOneLineAndOthersAsTheyAre() {
    assertThat(TerminalText.oneLine("seeds/001_ef4f")).isEqualTo("seeds/001_ef4f");
    assertThat(TerminalText.oneLine("a\u2028b\u0085c\u0007")).isEqualTo("a\\u2028b\\u0085c\\u0007");
    assertThat(TerminalText.oneLine("caf\u00e9 \"quoted\"")).isEqualTo("caf\u00e9 \"quoted\"");
  }

  @Test
  void bidirectionalOverridesInIdsAndQuotesAreShownNotObeyed() {
    assertThat(TerminalText.oneLine("invoice\u202Etxt.exe")).isEqualTo("invoice\\u202etxt.exe");
    assertThat(TerminalText.inert("a \u2067quoted\u2069 and \u202Bembedded\u202C text")).isEqualTo("a \\u2067quoted\\u2069 and \\u202bembedded\\u202c text");
    String arabic = "\u0623\u0639\u0644\u0646 \u200F\u0645\u062C\u0644\u0633"; // right-to-left text with a right-to-left mark
    assertThat(TerminalText.oneLine(arabic)).isSameAs(arabic);
    assertThat(TerminalText.inert(arabic)).isSameAs(arabic);
  }

  @Test
  void zeroWidthCharactersInIdsAreShownSoThatTwoIdsNeverLookTheSame() {
    assertThat(TerminalText.oneLine("re\u200Bport")).isEqualTo("re\\u200bport");
    assertThat(TerminalText.oneLine("\uFEFFnotes\u2060draft\u180E")).isEqualTo("\\ufeffnotes\\u2060draft\\u180e");
    String persian = "\u0645\u06CC\u200C\u0634\u0648\u062F"; // a word spelled with a zero-width non-joiner
    assertThat(TerminalText.oneLine(persian)).isSameAs(persian);
    assertThat(TerminalText.inert("a passage with a zero\u200Bwidth space")).isEqualTo("a passage with a zero\u200Bwidth space");
  }

  @Test
  void escapeSequencesInAQuotedPassageReachTheTerminalInert() {
    String text = "The bridge \u001b[2J\u001b]0;renamed\u0007 stays closed\rover the winter.";
    Passage passage = new Passage(new Span(0, text.length()), new Span(0, text.length()), 8, 8, 8, 8);
    RelatedPair pair = new RelatedPair("a", "b", new Verdict(Relation.EXACT, 1, "same"), null, List.of(passage));
    StringWriter out = new StringWriter();
    new TextReport(id -> text, 200).write(List.of(pair), new PrintWriter(out));
    assertThat(out.toString()).doesNotContain("\u001b", "\u0007")
        .contains("\"The bridge \\u001b[2J\\u001b]0;renamed\\u0007 stays closed over the winter.\"");
    assertThat(TerminalText.inert("Two paragraphs,\n\tkept as they were.")).isEqualTo("Two paragraphs,\n\tkept as they were.");
  }

  @Test
  void aQuerysAnswerSaysWhatEachMatchedDocumentIsAndWhenItWasPublished() {
    String claim = "The quay at Lorrin Bay will cost four million to rebuild.";
    String source = "Quay to be rebuilt\n\nThe quay at Lorrin Bay will cost four million to rebuild, the harbour board said.";
    Passage passage = new Passage(new Span(0, claim.length() - 1), new Span(20, 76), 10, 10, 10, 10);
    RelatedPair pair = new RelatedPair("claim", "post/quay", new Verdict(Relation.PARTIAL, 1, "shared"), null, List.of(passage));
    ArticleMetadata meta = new ArticleMetadata("Quay to be\nrebuilt", null, java.time.LocalDate.of(2026, 3, 12), java.time.LocalTime.of(9, 30),
        "Lorrin Post", "https://lorrin.example/quay", null, List.of(), List.of(), Map.of());
    StringWriter out = new StringWriter();

    new TextReport(Map.of("claim", claim, "post/quay", source)::get, 80).withFirst("claim")
        .withMetadata(id -> id.equals("post/quay") ? meta : ArticleMetadata.EMPTY).write(List.of(pair), new PrintWriter(out));

    // the answer named the matched document by its id alone: its title, site and date were in the index, unsaid
    assertThat(out.toString().lines()).contains("      post/quay: \"Quay to be rebuilt\", Lorrin Post, 2026-03-12 09:30, https://lorrin.example/quay");
  }
}
