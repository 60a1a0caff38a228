package org.doppel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.doppel.ingest.warc.WarcPageReader;
import org.doppel.ingest.warc.WarcText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the web pages of an HTML file or a WARC crawl, from a file or a stream (an archive's member, standard input),
 * for both of {@link CorpusReader}'s readings: its documents (a page's article, a crawl's WET texts) and its pages
 * ({@code extract}). A page over {@link CorpusReader#MAX_PAGE_BYTES} is refused; a crawl is streamed a record at a time.
 */
final class WebPageReader {
  private final Consumer<IngestProblem> problems;
  /** Reads a file's bytes within the limits. */
  private final BoundedBytes bytes;

  WebPageReader(Consumer<IngestProblem> problems, BoundedBytes bytes) {
    this.problems = problems;
    this.bytes = bytes;
  }

  /**
   * Hands the pages of an HTML or WARC file to {@code sink}.
   *
   * @param texts takes a crawl's plain-text conversion records (WET) as documents; null to count and skip them
   */
  void read(Path file, String id, InputFormat format, Consumer<WebPage> sink, @Nullable Consumer<SourceText> texts)
      throws IOException {
    Compression compression = Compression.of(file.getFileName().toString());
    if (format == InputFormat.WARC && compression != Compression.NONE && compression != Compression.GZIP) {
      // jwarc reads gzip itself, seeking in the file to resume after a broken record; the others are streamed
      String location = file.toString();
      try (InputStream in = bytes.openCrawl(file, lost -> problems.accept(new IngestProblem(location, lost, true)))) {
        read(in, id, location, format, sink, texts, ExpandedBytes.UNCOUNTED);
      }
      return;
    }
    if (format == InputFormat.WARC) {
      new WarcPageReader(problems, CorpusReader.MAX_PAGE_BYTES).read(file, id, sink, warcTexts(texts),
          bytes.walkExpansion(file));
      return;
    }
    webPage(bytes.read(file, CorpusReader.MAX_PAGE_BYTES), id, file.toString(), sink);
  }

  /**
   * Reads the pages (and, when {@code texts} is given, the crawl's texts) of an HTML or WARC stream: an archive's member.
   *
   * @param walkExpansion told what a crawl's walk inflates of a gzip crawl handed over as stored
   */
  void read(InputStream in, String id, String location, InputFormat format, Consumer<WebPage> sink,
      @Nullable Consumer<SourceText> texts, ExpandedBytes walkExpansion) throws IOException {
    if (format == InputFormat.WARC) {
      new WarcPageReader(problems, CorpusReader.MAX_PAGE_BYTES).read(in, location, id, sink, warcTexts(texts), walkExpansion);
      return;
    }
    webPage(BoundedBytes.read(in, CorpusReader.MAX_PAGE_BYTES, "page"), id, location, sink);
  }

  private @Nullable Consumer<WarcText> warcTexts(@Nullable Consumer<SourceText> texts) {
    return texts == null ? null : text -> {
      try {
        texts.accept(WarcTexts.toSourceText(text, problems));
      } catch (IngestException e) {
        problems.accept(new IngestProblem(text.location(), e.getMessage(), true));
      }
    };
  }

  /** Hands the page made of an HTML file's bytes to {@code sink}, unless it is empty, a Doppel report or binary. */
  private void webPage(byte[] bytes, String id, String location, Consumer<WebPage> sink) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    String report = DoppelReports.htmlReport(bytes);
    if (report != null) {
      throw new IngestException(report);
    }
    // jsoup makes a page of any bytes: a picture or archive saved as .html became a document of noise. Its head
    // (the 8 KB TextDecoder samples) is put to the test a text file gets; only its refusal matters here.
    TextDecoder.decode(Arrays.copyOf(bytes, Math.min(bytes.length, 8192)), location, warning -> { });
    sink.accept(new WebPage(id, location, null, null, bytes, PageEncoding.of(bytes, null, location, problems)));
  }
}
