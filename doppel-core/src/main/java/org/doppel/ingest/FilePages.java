package org.doppel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The web pages of one file, for {@code extract}: an HTML file, the HTML records of a WARC crawl, or those of each member
 * of a tar or zip archive, each page handed on with its article; a news feed's items, each with the article read from
 * its body as a scan reads it ({@link FeedReader}); a file of no extension told by its first bytes as one of those. A file of
 * any other format is reported and skipped, as is a file that cannot be read, with its location and the reason.
 *
 * @param maxDocumentBytes the longest feed item read, as for documents
 * @param expansionLimit when decompressing an archive stops (a bomb)
 * @param bytes opens a feed file, decompressing it
 * @param webPages reads the pages of HTML files and WARC crawls
 * @param articles hands a page's article on
 */
record FilePages(Consumer<IngestProblem> problems, long maxDocumentBytes, ExpansionLimit expansionLimit, BoundedBytes bytes, WebPageReader webPages,
    ArticleExtraction articles) {
  private static final String NOT_A_PAGE = "not a web page (.html, .htm, .warc) nor a news feed (.rss, .atom, .xml), optionally compressed";

  /** Reads the pages of one file found by the walk (an HTML file, a WARC crawl, a feed, an archive of them), reporting any other. */
  void read(Path file, String name, Consumer<ExtractedPage> sink) {
    Optional<ArchiveFormat> archive = ArchiveFormat.of(file.getFileName().toString());
    Optional<InputFormat> format = InputFormat.of(file.getFileName().toString());
    String location = file.toString();
    if (archive.isEmpty() && format.isEmpty() && file.getFileName().toString().indexOf('.') < 0) {
      readByFirstBytes(file, name, location, sink);
      return;
    }
    if (archive.isEmpty() && (format.isEmpty() || !showsPages(format.get()))) {
      problems.accept(new IngestProblem(location, NOT_A_PAGE, true));
      return;
    }
    try {
      if (archive.isPresent()) {
        new ArchiveReader(problems, expansionLimit).read(file, archive.get().strip(name), archive.get(), (member, in, walkExpansion) -> {
          if (!showsPages(member.format())) {
            problems.accept(new IngestProblem(member.location(), NOT_A_PAGE, true));
          } else if (member.format() == InputFormat.FEED) {
            new FeedReader(problems, maxDocumentBytes).readArticles(in, member.id(), member.location(), member.name(), sink);
          } else {
            webPages.read(in, member.id(), member.location(), member.format(), page -> articles.extractInto(page, sink), null, walkExpansion);
          }
        });
        return;
      }
      if (format.get() == InputFormat.FEED) {
        try (InputStream in = bytes.open(file)) {
          new FeedReader(problems, maxDocumentBytes).readArticles(in, InputFormat.stripExtension(name), location, file.getFileName().toString(), sink);
        }
        return;
      }
      webPages.read(file, InputFormat.stripExtension(name), format.get(), page -> articles.extractInto(page, sink), null);
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, ReadFailureReasons.of(e), true));
    }
  }

  /**
   * Reads a file whose name has no extension by its first bytes, as a scan reads one ({@link FileDocuments}) and as
   * {@code extract -} reads standard input, but for a text: a file is not forgiven a missing page the way a pipe is,
   * so a plain text, JSON Lines or a table is named, not shown as a page of one paragraph.
   */
  private void readByFirstBytes(Path file, String name, String location, Consumer<ExtractedPage> sink) {
    try (InputStream raw = Files.newInputStream(file)) {
      StandardInput.Opened opened = StandardInput.open(raw, expansionLimit);
      switch (opened.shape()) {
        case HTML, WARC -> webPages.read(opened.in(), name, location, opened.shape() == StandardInput.Shape.HTML ? InputFormat.HTML : InputFormat.WARC,
            page -> articles.extractInto(page, sink), null, ExpandedBytes.UNCOUNTED);
        case FEED -> new FeedReader(problems, maxDocumentBytes).readArticles(opened.in(), name, location, file.getFileName().toString(), sink);
        case EMPTY -> problems.accept(new IngestProblem(location, "empty file", true));
        case JSON_LINES, CSV, TEXT -> problems.accept(new IngestProblem(location,
            "no extension, and its first bytes are no web page (<!DOCTYPE html or <html), WARC crawl or news feed: " + NOT_A_PAGE, true));
      }
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, ReadFailureReasons.of(e), true));
    }
  }

  /** Whether {@code extract} shows what a file of {@code format} holds: pages, or a feed's items. */
  private static boolean showsPages(InputFormat format) {
    return format == InputFormat.HTML || format == InputFormat.WARC || format == InputFormat.FEED;
  }
}
