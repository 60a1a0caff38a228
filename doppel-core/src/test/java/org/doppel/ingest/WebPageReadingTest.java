package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.doppel.ingest.warc.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WebPageReadingTest {
  @TempDir
  Path root;

  private final List<IngestProblem> problems = new ArrayList<>();
  private final CorpusReader reader = new CorpusReader(problems::add);

  @Test
  void aWarcFileBecomesOneDocumentPerHtmlResponseDatedByTheCrawlWhenThePageIsUndated() throws IOException {
    WarcFixtures.crawl(root.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    List<SourceText> documents = reader.readAll(List.of(root));
    assertThat(documents).extracting(SourceText::id)
        .containsExactly("crawl/https://news.example/one", "crawl/https://news.example/two");
    SourceText first = documents.get(0);
    assertThat(first.text()).startsWith("First story\n\nThe first story is about a river that rose overnight.");
    assertThat(first.metadata().date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(first.metadata().evidence()).containsEntry("date", "warc-date");
    assertThat(first.metadata().url()).isEqualTo("https://news.example/one");
    assertThat(problems).extracting(IngestProblem::message).anySatisfy(m -> assertThat(m).startsWith("2 HTML pages read; 5 other records skipped"));
  }

  @Test
  void htmlDocumentTextIsTheTitleThenTheParagraphsSeparatedByBlankLines() throws IOException {
    Files.writeString(root.resolve("page.html"), WarcFixtures.article("Bridge closed", "The old bridge was closed on Tuesday after the flood."));
    SourceText page = reader.readAll(List.of(root)).get(0);
    String paragraph = ("The old bridge was closed on Tuesday after the flood. ").repeat(4).strip();
    assertThat(page.text()).isEqualTo("Bridge closed\n\n" + paragraph + "\n\n" + paragraph.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void aCrawledPageIsDecodedInTheCharsetItsServerDeclared() throws IOException {
    String html = WarcFixtures.article("Fête au château", "La fête du château de Sèvres a réuni trois mille invités samedi.");
    WarcFixtures.crawlOfOnePage(root.resolve("legacy.warc"), "text/html; charset=windows-1252", html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.write(root.resolve("undeclared.html"), html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    List<SourceText> documents = reader.readAll(List.of(root));
    assertThat(documents).extracting(SourceText::id).containsExactly("legacy/https://news.example/legacy", "undeclared");
    assertThat(documents).allSatisfy(page -> assertThat(page.text()).startsWith("Fête au château\n\nLa fête du château de Sèvres"));
    assertThat(problems).filteredOn(p -> p.message().contains("charset")).singleElement()
        .satisfies(p -> assertThat(p.location()).endsWith("undeclared.html"));
  }

  @Test
  void readPagesGivesTheExtractedArticleOfEveryPageAndSkipsOtherFiles() throws IOException {
    WarcFixtures.crawl(root.resolve("a.warc"), WarcCompression.NONE);
    Files.writeString(root.resolve("b.html"), WarcFixtures.article("Third story", "The third story is about a new ferry for the town."));
    Files.writeString(root.resolve("c.txt"), "plain text is not a web page");
    List<ExtractedPage> pages = new ArrayList<>();
    reader.readPages(List.of(root), pages::add);
    assertThat(pages).extracting(ExtractedPage::id)
        .containsExactly("a/https://news.example/one", "a/https://news.example/two", "b");
    assertThat(pages.get(2).article().metadata().title()).isEqualTo("Third story");
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("c.txt").contains("not a web page"));
  }

  @Test
  void aGzipBombIsStoppedAtThePageLimit() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < CorpusReader.MAX_PAGE_BYTES / zeros.length + 2; i++) {
        out.write(zeros);
      }
    }
    Files.write(root.resolve("bomb.html.gz"), bytes.toByteArray());
    assertThat(reader.readAll(List.of(root))).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("over the limit of " + CorpusReader.MAX_PAGE_BYTES));
  }
}
