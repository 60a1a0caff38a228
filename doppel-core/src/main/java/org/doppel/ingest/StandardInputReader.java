package org.doppel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the root {@code -}, standard input, known by its first bytes and decompressed first when it is compressed
 * ({@link StandardInput}): for documents, JSON Lines, a news feed (an item a document) or one plain text; for {@code extract}, a WARC crawl, a
 * news feed (an item an article, as for documents) or one HTML page. An empty or unreadable input is reported under the location {@value StandardInput#ID}.
 *
 * @param maxDocumentBytes the longest document read, after decompression
 * @param expansionLimit when decompressing standard input stops (a bomb)
 * @param standardInput where the root {@code -} is read from
 * @param articles hands a page's article on, for {@code extract}
 */
record StandardInputReader(Consumer<IngestProblem> problems, long maxDocumentBytes, ExpansionLimit expansionLimit,
    Supplier<InputStream> standardInput, WebPageReader webPages, PlainTextDocuments plainTexts, ArticleExtraction articles) {
  /**
   * Reads standard input's documents: JSON Lines, a feed, a CSV or TSV table (a row a document), a web page's article, or
   * one plain text; a page or a text has the id {@value StandardInput#ID}.
   * Records and items are read as they come, so a stream of millions of lines is never held whole; a record without an
   * id is {@code stdin#LINE}, an item without a guid or link {@code stdin#POSITION}.
   */
  void documents(Consumer<SourceText> sink) {
    try {
      StandardInput.Opened stdin = StandardInput.open(standardInput.get(), expansionLimit);
      switch (stdin.shape()) {
        case EMPTY -> problems.accept(new IngestProblem(StandardInput.ID, "standard input is empty", true));
        case JSON_LINES -> new JsonLinesReader(problems, maxDocumentBytes).read(stdin.in(), StandardInput.ID, StandardInput.ID, sink);
        case FEED -> new FeedReader(problems, maxDocumentBytes).read(stdin.in(), StandardInput.ID, StandardInput.ID, "standard input", sink);
        // a pipe has no name to say .tsv: its header's separator says
        case CSV -> new CsvReader(problems, maxDocumentBytes).read(stdin.in(), StandardInput.ID, StandardInput.ID, false, sink);
        case HTML -> webPages.read(stdin.in(), StandardInput.ID, StandardInput.ID, InputFormat.HTML, articles.documentsInto(sink), sink,
            ExpandedBytes.UNCOUNTED);
        case WARC, TEXT -> sink.accept(plainTexts.document(BoundedBytes.read(stdin.in(), maxDocumentBytes, "standard input"),
            StandardInput.ID, StandardInput.ID));
      }
    } catch (IOException e) {
      problems.accept(new IngestProblem(StandardInput.ID, ReadFailureReasons.of(e), true));
    }
  }

  /**
   * The pages of standard input with their articles, for {@code extract}: a WARC crawl when it starts as one does
   * ({@code WARC/}), a news feed's items when its root is one, as {@link #documents} reads them (ids and locations as
   * theirs), else one HTML page, id {@value StandardInput#ID}.
   */
  void pages(Consumer<ExtractedPage> sink) {
    try {
      StandardInput.Opened stdin = StandardInput.open(standardInput.get(), expansionLimit);
      switch (stdin.shape()) {
        case EMPTY -> problems.accept(new IngestProblem(StandardInput.ID, "standard input is empty", true));
        case WARC -> webPages.read(stdin.in(), StandardInput.ID, StandardInput.ID, InputFormat.WARC, page -> articles.extractInto(page, sink), null,
            ExpandedBytes.UNCOUNTED);
        case FEED -> new FeedReader(problems, maxDocumentBytes).readArticles(stdin.in(), StandardInput.ID, StandardInput.ID, "standard input", sink);
        case JSON_LINES, CSV, HTML, TEXT -> webPages.read(stdin.in(), StandardInput.ID, StandardInput.ID, InputFormat.HTML, page -> articles.extractInto(page, sink), null,
            ExpandedBytes.UNCOUNTED);
      }
    } catch (IOException e) {
      problems.accept(new IngestProblem(StandardInput.ID, ReadFailureReasons.of(e), true));
    }
  }
}
