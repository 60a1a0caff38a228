package org.doppel.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import org.doppel.ingest.warc.WarcPageReader;

/**
 * Reads documents from files and folders (recursively, in name order): plain text, JSON Lines, HTML
 * and WARC crawls, each optionally compressed ({@link Compression}: gzip, bzip2, xz, Zstandard), and tar and zip
 * archives of them ({@link ArchiveReader}: each member read as a file of the folder the archive would unpack to). HTML pages and the HTML responses of a WARC file
 * go through {@link org.doppel.ingest.html.ArticleExtractor}: the document text is the title, a blank
 * line, then the article's paragraphs separated by blank lines. Every file or record that cannot be read is reported to the
 * problem sink with its location and the reason, and reading goes on with the next one.
 *
 * <p>Memory is bounded: a single document over {@code maxDocumentBytes} (after decompression) is
 * refused, an HTML page over {@link #MAX_PAGE_BYTES} too, and JSON Lines and WARC files are streamed a
 * record at a time.
 */
public final class CorpusReader {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;
  /** HTML beyond this is markup, scripts or an attack, not an article: 8 MB. */
  public static final int MAX_PAGE_BYTES = WarcPageReader.DEFAULT_MAX_PAGE_BYTES;
  /** What a file (or archive member) of no format Doppel reads is told. */
  static final String UNSUPPORTED = "not a supported file type (.txt, .md, .jsonl, .json, .html, .warc, .wet, optionally .gz, .bz2, .xz "
      + "or .zst, or a .tar, .tar.gz, .tar.zst or .zip of them)";
  private static final String NOT_A_PAGE = "not a web page (.html, .htm, .warc, optionally compressed)";
  private final long maxDocumentBytes;
  private final Consumer<IngestProblem> problems;
  private final int threads;
  /** When decompressing a file or archive stops (a bomb). */
  private final ExpansionLimit expansionLimit;
  /** Absolute, normalised paths a folder walk leaves out, with what lies under them: what the run itself writes. */
  private final Set<Path> skipped;
  /** Finds the files to read, leaving {@link #skipped} out. */
  private final CorpusWalk walk;
  /** Reads a file's bytes within the limits. */
  private final BoundedBytes bytes;
  /** Where the root {@code -} is read from. */
  private final Supplier<InputStream> standardInput;
  /** Reads the pages of HTML files and WARC crawls, for documents and for {@code extract}. */
  private final WebPageReader webPages;
  /** Makes a plain-text file's bytes a document. */
  private final PlainTextDocuments plainTexts;

  public CorpusReader(Consumer<IngestProblem> problems) {
    this(problems, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public CorpusReader(Consumer<IngestProblem> problems, long maxDocumentBytes) {
    this(problems, maxDocumentBytes, 1);
  }

  /**
   * @param threads files read at the same time; documents and problems still reach their sinks in
   *     name order, on the calling thread, whatever the number
   */
  public CorpusReader(Consumer<IngestProblem> problems, long maxDocumentBytes, int threads) {
    this(problems, maxDocumentBytes, threads, Set.of(), ExpansionLimit.DEFAULT);
  }

  private CorpusReader(Consumer<IngestProblem> problems, long maxDocumentBytes, int threads, Set<Path> skipped, ExpansionLimit expansionLimit) {
    this(problems, maxDocumentBytes, threads, skipped, expansionLimit, () -> System.in);
  }

  private CorpusReader(Consumer<IngestProblem> problems, long maxDocumentBytes, int threads, Set<Path> skipped, ExpansionLimit expansionLimit,
      Supplier<InputStream> standardInput) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be >= 1, got " + maxDocumentBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.problems = problems;
    this.maxDocumentBytes = maxDocumentBytes;
    this.threads = threads;
    this.skipped = skipped;
    this.expansionLimit = expansionLimit;
    this.standardInput = standardInput;
    this.walk = new CorpusWalk(problems, skipped);
    this.bytes = new BoundedBytes(expansionLimit);
    this.webPages = new WebPageReader(problems, bytes);
    this.plainTexts = new PlainTextDocuments(problems);
  }

  /** This reader, reading {@code threads} files at a time. */
  public CorpusReader withThreads(int threads) {
    return new CorpusReader(problems, maxDocumentBytes, threads, skipped, expansionLimit, standardInput);
  }

  /**
   * This reader, stopping a compressed file or archive that expands past {@code limit} (a decompression bomb). The
   * documents' pictures are read under the same limit when it is given to {@link org.doppel.ScanPhotos} too.
   */
  public CorpusReader withExpansionLimit(ExpansionLimit limit) {
    return new CorpusReader(problems, maxDocumentBytes, threads, skipped, limit, standardInput);
  }

  /** This reader, reading the root {@code -} from {@code in} rather than {@code System.in}. */
  public CorpusReader withStandardInput(InputStream in) {
    return new CorpusReader(problems, maxDocumentBytes, threads, skipped, expansionLimit, () -> in);
  }

  /**
   * This reader, leaving {@code files} (and everything under those that are folders) out wherever a folder walk
   * meets them. A report written into the corpus folder would otherwise be read back by the next run as documents
   * (a JSON Lines report as records without text, an HTML report as a page matching every document it quotes),
   * and an index kept inside it named file by file as an unsupported type. A file named on its own is still read.
   */
  public CorpusReader skipping(Collection<Path> files) {
    Set<Path> normalised = new HashSet<>();
    for (Path file : files) {
      normalised.add(file.toAbsolutePath().normalize());
    }
    return new CorpusReader(problems, maxDocumentBytes, threads, Set.copyOf(normalised), expansionLimit, standardInput);
  }

  /**
   * Reads every document under {@code roots} into {@code sink}; a root {@code -} (when no file has that name) is
   * standard input: JSON Lines, or one plain text when its first char is not {@code {}, compressed or not
   * ({@link StandardInput}).
   */
  public void read(List<Path> roots, Consumer<SourceText> sink) {
    if (roots.stream().anyMatch(StandardInput::names)) {
      for (Path root : roots) {
        if (StandardInput.names(root)) {
          readStandardInput(sink);
        } else {
          read(List.of(root), sink);
        }
      }
      return;
    }
    if (threads == 1) {
      walk.inNameOrder(roots, (file, name) -> readFile(file, name, sink, true));
      return;
    }
    // One pool for all the roots (ReadAhead says why files are read in runs ahead of the sink). A root's own
    // problem (missing, unreadable) is reported after the files of the roots before it.
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      ReadAhead ahead = new ReadAhead(pool, threads, walk, this::readAlone, problems);
      for (Path root : roots) {
        ahead.read(root, sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads one file into lists of its own, on whichever thread reads it ahead. */
  private ReadAhead.FileResult readAlone(Path file, String name) {
    List<SourceText> documents = new ArrayList<>();
    List<IngestProblem> found = new ArrayList<>();
    new CorpusReader(found::add, maxDocumentBytes, 1, Set.of(), expansionLimit).readFile(file, name, documents::add, true);
    return new ReadAhead.FileResult(documents, found);
  }

  /**
   * Reads every web page under {@code roots} (HTML files and the HTML records of WARC files) and hands
   * each, with the article read from it, to {@code sink}; other files are reported and skipped.
   */
  public void readPages(List<Path> roots, Consumer<ExtractedPage> sink) {
    if (roots.stream().anyMatch(StandardInput::names)) {
      for (Path root : roots) {
        if (StandardInput.names(root)) {
          readStandardInputPages(page -> extractInto(page, sink));
        } else {
          readPages(List.of(root), sink);
        }
      }
      return;
    }
    walk.inNameOrder(roots, (file, name) -> readPageFile(file, name, sink));
  }

  /** Reads the pages of one file found by the walk (an HTML file, a WARC crawl, an archive of them), reporting any other. */
  private void readPageFile(Path file, String name, Consumer<ExtractedPage> sink) {
    Optional<ArchiveFormat> archive = ArchiveFormat.of(file.getFileName().toString());
    Optional<InputFormat> format = InputFormat.of(file.getFileName().toString());
    String location = file.toString();
    if (archive.isEmpty() && (format.isEmpty() || format.get() != InputFormat.HTML && format.get() != InputFormat.WARC)) {
      problems.accept(new IngestProblem(location, NOT_A_PAGE, true));
      return;
    }
    try {
      if (archive.isPresent()) {
        new ArchiveReader(problems, expansionLimit).read(file, archive.get().strip(name), archive.get(), (member, in, walkExpansion) -> {
          if (member.format() != InputFormat.HTML && member.format() != InputFormat.WARC) {
            problems.accept(new IngestProblem(member.location(), NOT_A_PAGE, true));
          } else {
            webPages.read(in, member.id(), member.location(), member.format(), page -> extractInto(page, sink), null, walkExpansion);
          }
        });
        return;
      }
      webPages.read(file, InputFormat.stripExtension(name), format.get(), page -> extractInto(page, sink), null);
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, e instanceof IngestException refused ? refused.getMessage() : describe(e), true));
    }
  }

  private void extractInto(WebPage page, Consumer<ExtractedPage> sink) {
    try {
      sink.accept(PageArticles.extract(page));
    } catch (RuntimeException e) {
      // jsoup never rejects markup; anything thrown here is a bug, but one page must not stop a scan
      problems.accept(new IngestProblem(page.location(), "cannot extract the page: " + e, true));
    }
  }

  /** Reads every document under {@code roots} into a list. */
  public List<SourceText> readAll(List<Path> roots) {
    List<SourceText> out = new ArrayList<>();
    read(roots, out::add);
    return out;
  }

  /**
   * Reads the documents of one file into {@code sink}, in file order; {@code relativeName} is the file's path
   * relative to the folder it was found under (its file name when given alone), from which ids are made. The
   * scan walks folders and calls this per file; a distributed scan lists the files itself and calls it on
   * its workers.
   */
  public void readFile(Path file, String relativeName, Consumer<SourceText> sink) {
    readFile(file, relativeName, sink, false);
  }

  /**
   * @param walked the folder walk found {@code file} a regular file or a link to one ({@link CorpusWalk}), so a plain
   *     text is read without looking its kind up first ({@link BoundedBytes#readWalked})
   */
  private void readFile(Path file, String relativeName, Consumer<SourceText> sink, boolean walked) {
    String fileName = file.getFileName().toString();
    Optional<InputFormat> format = InputFormat.of(fileName);
    String location = file.toString();
    Optional<ArchiveFormat> archive = format.isPresent() ? Optional.empty() : ArchiveFormat.of(fileName);
    if (format.isEmpty() && archive.isEmpty()) {
      problems.accept(new IngestProblem(location, OtherCompression.message(fileName).orElse(UNSUPPORTED), true));
      return;
    }
    try {
      if (archive.isPresent()) {
        new ArchiveReader(problems, expansionLimit).read(file, archive.get().strip(relativeName), archive.get(),
            (member, in, walkExpansion) -> readMember(member, in, walkExpansion, sink));
        return;
      }
      String id = InputFormat.stripExtension(relativeName);
      switch (format.get()) {
        case PLAIN_TEXT -> sink.accept(plainTexts.document(walked && !BoundedBytes.isCompressed(file)
            ? BoundedBytes.readWalked(file, maxDocumentBytes) : bytes.read(file, maxDocumentBytes), id, location));
        case HTML, WARC -> webPages.read(file, id, format.get(), pagesInto(sink), sink);
        case JSON_LINES -> readJsonLines(file, id, location, sink);
      }
    } catch (IngestException e) {
      problems.accept(new IngestProblem(location, e.getMessage(), true));
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, describe(e), true));
    }
  }

  /**
   * Reads standard input ({@link StandardInput}): JSON Lines or one plain text whose id is {@value StandardInput#ID}.
   * Records are read as they come, so a stream of millions of lines is never held whole; a record without an id is
   * {@code stdin#LINE}.
   */
  private void readStandardInput(Consumer<SourceText> sink) {
    try {
      StandardInput.Opened stdin = StandardInput.open(standardInput.get(), expansionLimit);
      switch (stdin.shape()) {
        case EMPTY -> problems.accept(new IngestProblem(StandardInput.ID, "standard input is empty", true));
        case JSON_LINES -> new JsonLinesReader(problems, maxDocumentBytes).read(stdin.in(), StandardInput.ID, StandardInput.ID, sink);
        case WARC, TEXT -> sink.accept(plainTexts.document(BoundedBytes.read(stdin.in(), maxDocumentBytes, "standard input"),
            StandardInput.ID, StandardInput.ID));
      }
    } catch (IngestException e) {
      problems.accept(new IngestProblem(StandardInput.ID, e.getMessage(), true));
    } catch (IOException e) {
      problems.accept(new IngestProblem(StandardInput.ID, describe(e), true));
    }
  }

  /**
   * The pages of standard input, for {@code extract}: a WARC crawl when it starts as one does ({@code WARC/}), else
   * one HTML page, id {@value StandardInput#ID}; decompressed first when it is compressed.
   */
  private void readStandardInputPages(Consumer<WebPage> sink) {
    try {
      StandardInput.Opened stdin = StandardInput.open(standardInput.get(), expansionLimit);
      switch (stdin.shape()) {
        case EMPTY -> problems.accept(new IngestProblem(StandardInput.ID, "standard input is empty", true));
        case WARC -> webPages.read(stdin.in(), StandardInput.ID, StandardInput.ID, InputFormat.WARC, sink, null, ExpandedBytes.UNCOUNTED);
        case JSON_LINES, TEXT -> webPages.read(stdin.in(), StandardInput.ID, StandardInput.ID, InputFormat.HTML, sink, null,
            ExpandedBytes.UNCOUNTED);
      }
    } catch (IngestException e) {
      problems.accept(new IngestProblem(StandardInput.ID, e.getMessage(), true));
    } catch (IOException e) {
      problems.accept(new IngestProblem(StandardInput.ID, describe(e), true));
    }
  }

  /** Reads the documents of one archive member, as a file of its format is read. */
  private void readMember(ArchiveReader.Member member, InputStream in, ExpandedBytes walkExpansion, Consumer<SourceText> sink)
      throws IOException {
    switch (member.format()) {
      case PLAIN_TEXT -> sink.accept(plainTexts.document(BoundedBytes.read(in, maxDocumentBytes, "document"), member.id(), member.location()));
      case HTML, WARC -> webPages.read(in, member.id(), member.location(), member.format(), pagesInto(sink), sink, walkExpansion);
      case JSON_LINES -> new JsonLinesReader(problems, maxDocumentBytes).read(in, member.id(), member.location(), sink);
    }
  }

  /** Takes a page's article as a document, or reports a page without text. */
  private Consumer<WebPage> pagesInto(Consumer<SourceText> sink) {
    return page -> extractInto(page, extracted -> {
      if (extracted.article().documentText().isBlank()) {
        problems.accept(new IngestProblem(extracted.location(), "HTML page has no text", true));
      } else {
        sink.accept(extracted.toSourceText());
      }
    });
  }

  private void readJsonLines(Path file, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream in = bytes.open(file)) {
      new JsonLinesReader(problems, maxDocumentBytes).read(in, fileId, location, sink);
    }
  }

  static String describe(IOException e) {
    if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB")) {
      return "file is truncated (unexpected end of compressed data)";
    }
    if (e instanceof ZipException) {
      // a gzip file's errors are named by Compression; what reaches here is an archive member's inflating
      return "corrupt compressed data (" + e.getMessage() + ")";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      // listed, then gone before it was read: it was removed or renamed while the run went on
      return "no longer there (removed or renamed after the folder was listed)";
    }
    if (e instanceof CharacterCodingException) {
      return "cannot decode text";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
