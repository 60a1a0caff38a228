package org.doppel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The documents of one file, by its format: a plain text, a Markdown article, the articles of an HTML page or a WARC crawl's pages, the
 * records of a JSON Lines file, the rows of a CSV or TSV table, the items of a news feed, or each member of a tar or zip archive read as a file of its format is. A file that
 * cannot be read, or is of no format Doppel reads, is reported to the problem sink with its location and the reason.
 * {@link CorpusReader} calls this once a file, in name order or on the threads that read ahead.
 *
 * @param maxDocumentBytes the longest document read, after decompression
 * @param expansionLimit when decompressing a file or archive stops (a bomb)
 * @param bytes reads a file's bytes within the limits
 * @param webPages reads the pages of HTML files and WARC crawls
 * @param plainTexts makes a plain-text file's bytes a document
 * @param articles makes a page's article a document
 */
record FileDocuments(Consumer<IngestProblem> problems, long maxDocumentBytes, ExpansionLimit expansionLimit, BoundedBytes bytes,
    WebPageReader webPages, PlainTextDocuments plainTexts, ArticleExtraction articles) {
  /**
   * Reads the documents of one file into {@code sink}, in file order; {@code relativeName} is the file's path relative
   * to the folder it was found under (its file name when given alone), from which ids are made.
   *
   * @param walked the folder walk found {@code file} a regular file or a link to one ({@link CorpusWalk}), so a plain
   *     text is read without looking its kind up first ({@link BoundedBytes#readWalked})
   */
  void read(Path file, String relativeName, Consumer<SourceText> sink, boolean walked) {
    String fileName = file.getFileName().toString();
    Optional<InputFormat> format = InputFormat.of(fileName);
    String location = file.toString();
    Optional<ArchiveFormat> archive = format.isPresent() ? Optional.empty() : ArchiveFormat.of(fileName);
    boolean byFirstBytes = format.isEmpty() && archive.isEmpty() && fileName.indexOf('.') < 0;
    if (format.isEmpty() && archive.isEmpty() && !byFirstBytes) {
      problems.accept(new IngestProblem(location, UnreadFileKinds.message(fileName), true));
      return;
    }
    try {
      if (byFirstBytes) {
        readByFirstBytes(file, relativeName, location, sink);
        return;
      }
      if (archive.isPresent()) {
        new ArchiveReader(problems, expansionLimit).read(file, archive.get().strip(relativeName), archive.get(),
            (member, in, walkExpansion) -> readMember(member, in, walkExpansion, sink));
        return;
      }
      String id = InputFormat.stripExtension(relativeName);
      switch (format.get()) {
        case PLAIN_TEXT -> sink.accept(plainTexts.document(walked && !BoundedBytes.isCompressed(file)
            ? BoundedBytes.readWalked(file, maxDocumentBytes) : bytes.read(file, maxDocumentBytes), id, location));
        case MARKDOWN -> sink.accept(new MarkdownDocuments(problems, plainTexts).document(bytes.read(file, maxDocumentBytes), id, location,
            InputFormat.isMdx(fileName)));
        case HTML, WARC -> webPages.read(file, id, format.get(), articles.documentsInto(sink), sink);
        case JSON_LINES -> readJsonLines(file, id, location, sink);
        case FEED -> readFeed(file, id, location, sink);
        case CSV -> readCsv(file, id, location, sink);
      }
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, ReadFailureReasons.of(e), true));
    }
  }

  /**
   * Reads a file whose name has no extension ({@code corpus/d00001}, a mirror's page, an article dump) as standard input
   * is read, by its first bytes ({@link StandardInput#open}): compressed or not, JSON Lines, a WARC crawl, a feed, a
   * table, a web page (its article), else one plain text. One that looks binary is named, as a file of
   * an unknown extension is.
   */
  private void readByFirstBytes(Path file, String id, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      StandardInput.Opened opened = StandardInput.open(raw, expansionLimit);
      if (opened.binary()) {
        problems.accept(new IngestProblem(location, UnreadFileKinds.BINARY_WITHOUT_EXTENSION, true));
        return;
      }
      InputStream in = opened.in();
      switch (opened.shape()) {
        case EMPTY -> problems.accept(new IngestProblem(location, "empty file", true));
        case JSON_LINES -> new JsonLinesReader(problems, maxDocumentBytes).read(in, id, location, sink);
        case WARC -> webPages.read(in, id, location, InputFormat.WARC, articles.documentsInto(sink), sink, ExpandedBytes.UNCOUNTED);
        case FEED -> new FeedReader(problems, maxDocumentBytes).read(in, id, location, file.getFileName().toString(), sink);
        case CSV -> new CsvReader(problems, maxDocumentBytes).read(in, id, location, false, sink);
        case HTML -> webPages.read(in, id, location, InputFormat.HTML, articles.documentsInto(sink), sink, ExpandedBytes.UNCOUNTED);
        case TEXT -> sink.accept(plainTexts.document(BoundedBytes.read(in, maxDocumentBytes, "document"), id, location));
      }
    }
  }

  /** Reads the documents of one archive member, as a file of its format is read. */
  private void readMember(ArchiveReader.Member member, InputStream in, ExpandedBytes walkExpansion, Consumer<SourceText> sink)
      throws IOException {
    switch (member.format()) {
      case PLAIN_TEXT -> sink.accept(plainTexts.document(BoundedBytes.read(in, maxDocumentBytes, "document"), member.id(), member.location()));
      case MARKDOWN -> sink.accept(new MarkdownDocuments(problems, plainTexts).document(BoundedBytes.read(in, maxDocumentBytes, "document"),
          member.id(), member.location(), InputFormat.isMdx(member.name())));
      case HTML, WARC -> webPages.read(in, member.id(), member.location(), member.format(), articles.documentsInto(sink), sink, walkExpansion);
      case JSON_LINES -> new JsonLinesReader(problems, maxDocumentBytes).read(in, member.id(), member.location(), sink);
      case FEED -> new FeedReader(problems, maxDocumentBytes).read(in, member.id(), member.location(), member.name(), sink);
      case CSV -> new CsvReader(problems, maxDocumentBytes).read(in, member.id(), member.location(), CsvReader.isTsv(member.name()), sink);
    }
  }

  private void readFeed(Path file, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream in = bytes.open(file)) {
      new FeedReader(problems, maxDocumentBytes).read(in, fileId, location, file.getFileName().toString(), sink);
    }
  }

  private void readCsv(Path file, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream in = bytes.open(file)) {
      new CsvReader(problems, maxDocumentBytes).read(in, fileId, location, CsvReader.isTsv(file.getFileName().toString()), sink);
    }
  }

  private void readJsonLines(Path file, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream in = bytes.open(file)) {
      new JsonLinesReader(problems, maxDocumentBytes).read(in, fileId, location, sink);
    }
  }
}
