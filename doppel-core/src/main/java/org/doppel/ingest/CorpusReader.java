package org.doppel.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.doppel.ingest.warc.WarcPageReader;

/**
 * Reads documents from files and folders (recursively, in name order): plain text, JSON Lines, CSV and TSV tables ({@link CsvReader}: a row a document), HTML,
 * WARC crawls and news feeds ({@link FeedReader}: an item a document), each optionally compressed ({@link Compression}: gzip, bzip2, xz, Zstandard), and tar and zip
 * archives of them ({@link ArchiveReader}: each member read as a file of the folder the archive would unpack to). HTML pages and the HTML responses of a WARC file
 * go through {@link org.doppel.ingest.html.ArticleExtractor}: the document text is the title, a blank
 * line, then the article's paragraphs separated by blank lines. Every file or record that cannot be read is reported to the
 * problem sink with its location and the reason, and reading goes on with the next one.
 *
 * <p>Memory is bounded: a single document over {@code maxDocumentBytes} (after decompression) is
 * refused, an HTML page over {@link #MAX_PAGE_BYTES} too, and JSON Lines, CSV and WARC files are streamed a
 * record at a time.
 *
 * <p>This class holds the settings and the order of reading (roots, folder walks in name order, files read ahead on
 * {@code threads}); its parts read: {@link FileDocuments} the documents of one file by its format, {@link FilePages} the
 * web pages of one file for {@code extract}, {@link StandardInputReader} the root {@code -}, {@link ArticleExtraction} a
 * page's article, and {@link ReadFailureReasons} says why a file or record could not be read.
 */
public final class CorpusReader {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;
  /** HTML beyond this is markup, scripts or an attack, not an article: 8 MB. */
  public static final int MAX_PAGE_BYTES = WarcPageReader.DEFAULT_MAX_PAGE_BYTES;
  /** What a file (or archive member) of no format Doppel reads is told. */
  static final String UNSUPPORTED = "not a supported file type (.txt, .md, .jsonl, .json, .html, .warc, .wet, an .rss, .atom or .xml feed, a .csv or .tsv table, optionally .gz, .bz2, .xz "
      + "or .zst, or a .tar, .tar.gz, .tar.zst or .zip of them)";
  private final long maxDocumentBytes;
  private final Consumer<IngestProblem> problems;
  private final int threads;
  /** When decompressing a file or archive stops (a bomb). */
  private final ExpansionLimit expansionLimit;
  /** Absolute, normalised paths a folder walk leaves out, with what lies under them: what the run itself writes. */
  private final Set<Path> skipped;
  /** Finds the files to read, leaving {@link #skipped} out. */
  private final CorpusWalk walk;
  /** Where the root {@code -} is read from. */
  private final Supplier<InputStream> standardInput;
  /** The documents of one file, by its format. */
  private final FileDocuments fileDocuments;
  /** The web pages of one file, for {@code extract}. */
  private final FilePages filePages;
  /** Standard input's documents or pages. */
  private final StandardInputReader standardInputReader;

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
    BoundedBytes bytes = new BoundedBytes(expansionLimit);
    // one page reader and one text reader, shared by the three ways in: files for documents, files for pages, stdin
    WebPageReader webPages = new WebPageReader(problems, bytes);
    PlainTextDocuments plainTexts = new PlainTextDocuments(problems);
    ArticleExtraction articles = new ArticleExtraction(problems);
    this.fileDocuments = new FileDocuments(problems, maxDocumentBytes, expansionLimit, bytes, webPages, plainTexts, articles);
    this.filePages = new FilePages(problems, maxDocumentBytes, expansionLimit, bytes, webPages, articles);
    this.standardInputReader = new StandardInputReader(problems, maxDocumentBytes, expansionLimit, standardInput, webPages, plainTexts, articles);
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
   * standard input: JSON Lines, a news feed when its root element is one, else one plain text, compressed or not
   * ({@link StandardInput}).
   */
  public void read(List<Path> roots, Consumer<SourceText> sink) {
    if (roots.stream().anyMatch(StandardInput::names)) {
      for (Path root : roots) {
        if (StandardInput.names(root)) {
          standardInputReader.documents(sink);
        } else {
          read(List.of(root), sink);
        }
      }
      return;
    }
    if (threads == 1) {
      walk.inNameOrder(roots, (file, name) -> fileDocuments.read(file, name, sink, true));
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
    new CorpusReader(found::add, maxDocumentBytes, 1, Set.of(), expansionLimit).fileDocuments.read(file, name, documents::add, true);
    return new ReadAhead.FileResult(documents, found);
  }

  /**
   * Reads every web page under {@code roots} (HTML files and the HTML records of WARC files) and hands
   * each, with the article read from it, to {@code sink}, and each item of a news feed with the article read from its
   * body, as {@link #read} makes it a document; other files are reported and skipped.
   */
  public void readPages(List<Path> roots, Consumer<ExtractedPage> sink) {
    if (roots.stream().anyMatch(StandardInput::names)) {
      for (Path root : roots) {
        if (StandardInput.names(root)) {
          standardInputReader.pages(sink);
        } else {
          readPages(List.of(root), sink);
        }
      }
      return;
    }
    walk.inNameOrder(roots, (file, name) -> filePages.read(file, name, sink));
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
    fileDocuments.read(file, relativeName, sink, false);
  }
}
