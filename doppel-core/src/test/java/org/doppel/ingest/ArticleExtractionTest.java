package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractionTest {
  private final List<IngestProblem> problems = new ArrayList<>();
  private final ArticleExtraction extraction = new ArticleExtraction(problems::add);

  private static WebPage page(String id, String html) {
    return new WebPage(id, "pages/" + id + ".html", null, null, html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void aPagesArticleBecomesADocumentWithItsTitleFirst() {
    List<SourceText> documents = new ArrayList<>();
    extraction.documentsInto(documents::add).accept(page("flood", """
        <html><head><title>River bursts its banks</title></head><body><article><h1>River bursts its banks</h1>
        <p>Heavy rain fell all night over the valley and the river rose above its banks by morning.</p>
        <p>Residents of the lower streets were moved to the school hall before dawn.</p></article></body></html>
        """));
    assertThat(problems).isEmpty();
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0).id()).isEqualTo("flood");
    assertThat(documents.get(0).text()).startsWith("River bursts its banks\n\n").contains("Residents of the lower streets");
  }

  @Test
  void aPageWithoutTextIsReportedNotMadeAnEmptyDocument() {
    List<SourceText> documents = new ArrayList<>();
    extraction.documentsInto(documents::add).accept(page("blank", "<html><body><script>var x = 1;</script></body></html>"));
    assertThat(documents).isEmpty();
    assertThat(problems).containsExactly(new IngestProblem("pages/blank.html", "HTML page has no text", true));
  }

  @Test
  void aSinkThatFailsOnAPageIsReportedAndTheNextPageStillReadsForExtract() {
    List<ExtractedPage> extracted = new ArrayList<>();
    extraction.extractInto(page("one", "<html><body><p>First page text here.</p></body></html>"), e -> {
      throw new IllegalStateException("boom");
    });
    extraction.extractInto(page("two", "<html><body><p>Second page text here.</p></body></html>"), extracted::add);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("pages/one.html");
      assertThat(p.message()).isEqualTo("cannot extract the page: java.lang.IllegalStateException: boom");
    });
    assertThat(extracted).extracting(ExtractedPage::id).containsExactly("two");
  }
}
