package org.doppel.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.FieldAccuracy;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.html.ExtractedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
  @TempDir
  Path dir;

  /** An extractor that returns the page's bytes as its only paragraph, so expectations are easy to write. */
  private static final PageExtractor ECHO = (html, url) -> ExtractedArticle.of(List.of(new String(html, StandardCharsets.UTF_8)),
      new ArticleMetadata("A Title", "Jane Voe", java.time.LocalDate.of(2020, 2, 18), null, null, url, null, null, null, null));

  private static void gzip(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void bodyScoresAreMeansOverPages() throws Exception {
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"k1": {"articleBody": "a b c d", "url": "https://x/1"}, "k2": {"articleBody": "e f", "url": "https://x/2"}}""");
    gzip(dir.resolve("html/k1.html.gz"), "a b c d");
    gzip(dir.resolve("html/k2.html.gz"), "e f g h");
    List<String> problems = new ArrayList<>();
    BodyEvaluation.Result result = BodyEvaluation.run(dir, ECHO, problems::add);
    assertThat(problems).isEmpty();
    assertThat(result.pages()).extracting(BodyPageScore::key).containsExactly("k1", "k2");
    assertThat(result.words().precision()).isCloseTo((1.0 + 0.5) / 2, within(1e-9));
    assertThat(result.words().recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aMissingPageIsReportedAndScoredAsEmpty() throws Exception {
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"k1": {"articleBody": "a b", "url": "https://x/1"}}""");
    List<String> problems = new ArrayList<>();
    BodyEvaluation.Result result = BodyEvaluation.run(dir, ECHO, problems::add);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("k1.html.gz").contains("missing"));
    assertThat(result.words().recall()).isZero();
  }

  @Test
  void snippetsAreCountedOverAllPagesAndMetadataComparedAfterNormalisation() throws Exception {
    Files.writeString(dir.resolve("evaldata.json"), """
        {"https://x/1": {"file": "p1.html", "with": ["river rose", "bridge"], "without": ["Subscribe"],
                         "title": "a  TITLE", "author": ["Jane Voe"], "date": "2020-2-18"},
         "hard::x2": {"file": "p2.html", "with": ["missing words"], "without": ["menu", "footer"], "date": "2020-02-19"}}""");
    gzip(dir.resolve("pages/p1.html.gz"), "The river rose. Subscribe now!");
    gzip(dir.resolve("pages/p2.html.gz"), "the menu only");
    SnippetEvaluation.Result result = SnippetEvaluation.run(dir, ECHO, p -> {});
    assertThat(result.exact()).isEqualTo(new SnippetCounts(1, 2, 2, 1));
    assertThat(result.exact().precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(result.exact().recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(result.title()).isEqualTo(new FieldAccuracy("title", 1, 1));
    assertThat(result.author()).isEqualTo(new FieldAccuracy("author", 1, 1));
    assertThat(result.date()).isEqualTo(new FieldAccuracy("date", 1, 2));
  }

  @Test
  void aPartOfTheSplitScoresOnlyItsPages() throws Exception {
    // https://example.org/1 falls in the validation part, https://example.org/2 in the fit part
    Files.writeString(dir.resolve("evaldata.json"), """
        {"https://example.org/1": {"file": "p1.html", "with": ["river rose"], "without": []},
         "https://example.org/2": {"file": "p2.html", "with": ["missing words"], "without": []}}""");
    gzip(dir.resolve("pages/p1.html.gz"), "The river rose.");
    gzip(dir.resolve("pages/p2.html.gz"), "the menu only");
    assertThat(SnippetEvaluation.run(dir, DevSplit.VALIDATION, ECHO, p -> {}).pages()).containsOnlyKeys("https://example.org/1");
    assertThat(SnippetEvaluation.run(dir, DevSplit.FIT, ECHO, p -> {}).exact()).isEqualTo(new SnippetCounts(0, 1, 0, 0));
    assertThat(SnippetEvaluation.run(dir, DevSplit.ALL, ECHO, p -> {}).pages()).hasSize(2);
  }

  @Test
  void aFolderWithoutExpectationsIsRefused() {
    assertThatThrownBy(() -> SnippetEvaluation.run(dir, ECHO, p -> {})).isInstanceOf(EvalInputException.class)
        .hasMessageContaining("evaldata.json");
  }

  @Test
  void datesMatchByTheirFirstYearMonthDay() {
    assertThat(MetadataMatch.sameDate("2020-2-8", "2020-02-08T10:00")).isTrue();
    assertThat(MetadataMatch.sameDate("2020/02/08", "2020-02-09")).isFalse();
    assertThat(MetadataMatch.sameText("Ｊａｎｅ  Voe ", "jane voe")).isTrue();
  }
}
