package org.doppel.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.doppel.ingest.meta.TextMetadata;
import org.doppel.ingest.meta.ThreadCharBuffer;
import org.doppel.ingest.warc.WarcPageReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads documents from files and folders (recursively, in name order): plain text, JSON Lines, HTML
 * and WARC crawls, each optionally gzip-compressed. HTML pages and the HTML responses of a WARC file
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
  private final long maxDocumentBytes;
  private final Consumer<IngestProblem> problems;
  private final int threads;
  /** Absolute, normalised paths a folder walk leaves out, with what lies under them: what the run itself writes. */
  private final Set<Path> skipped;

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
    this(problems, maxDocumentBytes, threads, Set.of());
  }

  private CorpusReader(Consumer<IngestProblem> problems, long maxDocumentBytes, int threads, Set<Path> skipped) {
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
  }

  /** This reader, reading {@code threads} files at a time. */
  public CorpusReader withThreads(int threads) {
    return new CorpusReader(problems, maxDocumentBytes, threads, skipped);
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
    return new CorpusReader(problems, maxDocumentBytes, threads, Set.copyOf(normalised));
  }

  /** Reads every document under {@code roots} into {@code sink}. */
  public void read(List<Path> roots, Consumer<SourceText> sink) {
    if (threads == 1) {
      walk(roots, (file, name) -> readFile(file, name, sink));
      return;
    }
    // Decoding and the text metadata cost more than the reads: files are read a run at a time on one pool,
    // each into its own buffers, at most a few runs ahead of the sink, and handed on in order. Batches of 2,048
    // files on a new pool each waited at every batch's end for its slowest file while the other thread idled.
    // A root's own problem (missing, unreadable) is reported after the files of the roots before it.
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      for (Path root : roots) {
        readInOrder(pool, listedReadingAhead(pool, root), sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A file found by the walk and its name relative to the folder walked, read once by whichever asks first: a
   * run read while the folder is still being listed, or its turn in name order.
   */
  private final class PendingFile {
    private final Path file;
    private final @Nullable Path folder;
    private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Where the reader puts what the file gave; dropped once taken, so that the list of a folder's files does not
     * hold every document read from it until the folder is done (the standing index does not keep them).
     */
    private volatile java.util.concurrent.@Nullable CompletableFuture<FileResult> result = new java.util.concurrent.CompletableFuture<>();

    /** @param folder the folder walked, or null for a file named on its own */
    PendingFile(Path file, @Nullable Path folder) {
      this.file = file;
      this.folder = folder;
    }

    /**
     * Reads the file here unless another thread has begun to; a failure is kept for {@link #result}. The result is
     * only dropped after it was put there, so the thread that claims the file always finds where to put it.
     */
    void readUnlessClaimed() {
      if (claimed.compareAndSet(false, true)) {
        java.util.concurrent.CompletableFuture<FileResult> into = java.util.Objects.requireNonNull(result);
        try {
          into.complete(readAlone(file, nameOf(file, folder)));
        } catch (RuntimeException | Error e) {
          into.completeExceptionally(e);
        }
      }
    }

    /** What reading the file gave, read here or awaited from the thread that reads it; asked once. */
    FileResult result() {
      readUnlessClaimed();
      java.util.concurrent.CompletableFuture<FileResult> read = java.util.Objects.requireNonNull(result, "a file's result is taken once");
      try {
        FileResult taken = read.join();
        result = null;
        return taken;
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
    }
  }

  /** What reading one file gave: its documents and its problems, in order. */
  private record FileResult(List<SourceText> documents, List<IngestProblem> problems) {}

  /** Files read together by one task of a parallel reader. */
  private static final int FILES_PER_RUN = 64;

  /**
   * Files read while a folder is still being listed, at most: a few seconds of reading, about 25 MB of news
   * text held until its turn comes in name order. A folder of 100,000 files took a third of a second to list
   * and sort on one thread while the others waited (docs/benchmarks.md, "Seventh pass").
   */
  private static final int FILES_READ_WHILE_LISTING = 128 * FILES_PER_RUN;

  /**
   * The files under {@code root} in name order, as {@link #walk} finds them; while the walk goes on, the pool
   * reads them in runs in the order found, up to {@link #FILES_READ_WHILE_LISTING}.
   */
  private List<PendingFile> listedReadingAhead(java.util.concurrent.ForkJoinPool pool, Path root) {
    List<PendingFile> files = new ArrayList<>();
    List<PendingFile> run = new ArrayList<>();
    boolean listed = listInWalkOrder(root, (file, folder) -> {
      PendingFile pending = new PendingFile(file, folder);
      files.add(pending);
      if (files.size() <= FILES_READ_WHILE_LISTING) {
        run.add(pending);
        if (run.size() == FILES_PER_RUN) {
          List<PendingFile> ahead = List.copyOf(run);
          pool.execute(() -> ahead.forEach(PendingFile::readUnlessClaimed));
          run.clear();
        }
      }
    });
    if (!listed) {
      return List.of(); // what was read ahead is dropped, as the files of a folder that cannot be listed
    }
    files.sort(java.util.Comparator.comparing((PendingFile pending) -> pending.file));
    return files;
  }

  private void readInOrder(java.util.concurrent.ForkJoinPool pool, List<PendingFile> files, Consumer<SourceText> sink) {
    OrderedChunks.map(pool, files, FILES_PER_RUN, 4 * threads, run -> run.stream().map(PendingFile::result).toArray(FileResult[]::new),
        (run, results) -> {
          for (FileResult result : results) {
            result.problems().forEach(problems);
            result.documents().forEach(sink);
          }
        }, RuntimeException.class);
  }

  private FileResult readAlone(Path file, String name) {
    List<SourceText> documents = new ArrayList<>();
    List<IngestProblem> found = new ArrayList<>();
    new CorpusReader(found::add, maxDocumentBytes).readFile(file, name, documents::add);
    return new FileResult(documents, found);
  }

  /**
   * Reads every web page under {@code roots} (HTML files and the HTML records of WARC files) and hands
   * each, with the article read from it, to {@code sink}; other files are reported and skipped.
   */
  public void readPages(List<Path> roots, Consumer<ExtractedPage> sink) {
    walk(roots, (file, name) -> {
      Optional<InputFormat> format = InputFormat.of(file.getFileName().toString());
      String location = file.toString();
      if (format.isEmpty() || format.get() != InputFormat.HTML && format.get() != InputFormat.WARC) {
        problems.accept(new IngestProblem(location, "not a web page (.html, .htm, .warc, optionally .gz)", true));
        return;
      }
      try {
        readWebPages(file, InputFormat.stripExtension(name), format.get(), page -> extractInto(page, sink));
      } catch (IOException e) {
        problems.accept(new IngestProblem(location, e instanceof IngestException refused ? refused.getMessage() : describe(e), true));
      }
    });
  }

  private void walk(List<Path> roots, java.util.function.BiConsumer<Path, String> visit) {
    for (Path root : roots) {
      List<Found> found = new ArrayList<>();
      if (listInWalkOrder(root, (file, folder) -> found.add(new Found(file, folder)))) {
        found.sort(java.util.Comparator.comparing(Found::file));
        found.forEach(file -> visit.accept(file.file(), nameOf(file.file(), file.folder())));
      }
    }
  }

  /** A file the walk found, and the folder walked (null for a file named on its own). */
  private record Found(Path file, @Nullable Path folder) {}

  /** The name ids are made of: the file's path relative to the folder walked, or its file name when named alone. */
  private static String nameOf(Path file, @Nullable Path folder) {
    return folder == null ? file.getFileName().toString() : folder.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Hands each file under {@code root} to {@code found}, in the order the walk finds them, with the folder walked
   * (null for a file named on its own); a root that is missing or cannot be listed is reported instead. False when
   * the listing failed part way: the files found before are not to be read, as when nothing was found.
   */
  private boolean listInWalkOrder(Path root, java.util.function.BiConsumer<Path, @Nullable Path> found) {
    if (!Files.exists(root)) {
      problems.accept(new IngestProblem(root.toString(), "no such file or folder", true));
      return true;
    }
    if (!Files.isDirectory(root)) {
      // A pipe or device named on its own is reported as under a folder: opening a pipe waited for a writer forever.
      if (isReadableFile(root)) {
        found.accept(root, null);
      }
      return true;
    }
    // A folder given through a symbolic link is walked where the link points: the walk follows
    // no link, so it would otherwise see the link alone and read nothing.
    Path folder = Files.isSymbolicLink(root) ? resolved(root) : root;
    return folder == null || filesUnder(folder, file -> found.accept(file, folder));
  }

  private void readWebPages(Path file, String id, InputFormat format, Consumer<WebPage> sink) throws IOException {
    if (format == InputFormat.WARC) {
      new WarcPageReader(problems, MAX_PAGE_BYTES).read(file, id, sink);
      return;
    }
    byte[] bytes = readBounded(file, MAX_PAGE_BYTES);
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    String report = DoppelReports.htmlReport(bytes);
    if (report != null) {
      throw new IngestException(report);
    }
    // jsoup makes a page of any bytes: a picture or archive saved as .html became a document of noise. Its head
    // (the 8 KB TextDecoder samples) is put to the test a text file gets; only its refusal matters here.
    TextDecoder.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 8192)), file.toString(), warning -> { });
    sink.accept(new WebPage(id, file.toString(), null, null, bytes));
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

  private @Nullable Path resolved(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      problems.accept(new IngestProblem(link.toString(), "cannot follow the link: " + e.getMessage(), true));
      return null;
    }
  }

  /**
   * Hands every file to read under the folder {@code root} to {@code found}, in the order the walk finds them;
   * false, with the problem reported, when the folder could not be listed to its end.
   */
  private boolean filesUnder(Path root, Consumer<Path> found) {
    // Files.find hands over the attributes the walk read anyway: a plain file, the usual case, needs no
    // further look at the disk (three more per file were a few percent of a scan, all on one thread).
    // A file named on its own is read or reported whatever it is; in a folder, hidden files and a saved
    // page's parts are skipped before anything is reported.
    // The walk meets each folder before its files: an index folder is seen there, with one look for its lock file.
    int rootNames = root.getNameCount();
    Set<Path> indexFolders = new HashSet<>();
    try (Stream<Path> walk = Files.find(root, Integer.MAX_VALUE, (p, attributes) -> attributes.isDirectory()
        ? noteIfIndexFolder(p, indexFolders)
        : !isHidden(p, rootNames) && !InputFormat.isPagePart(p.getFileName().toString()) && !isSkipped(p)
        && (indexFolders.isEmpty() || !indexFolders.contains(p.getParent()))
        && (attributes.isRegularFile() || isReadableFile(p)))) {
      walk.forEach(found);
      return true;
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(new IngestProblem(root.toString(), "cannot list folder: " + e.getMessage(), true));
      return false;
    }
  }

  /**
   * Adds {@code folder} to {@code indexFolders}, with one problem for it, when it holds a Lucene index (a
   * {@code write.lock} and a {@code segments_N} file): an index kept inside a corpus folder was otherwise named file
   * by file, several dozen "not a supported file type" lines. False: a folder is never itself a file to read.
   */
  private boolean noteIfIndexFolder(Path folder, Set<Path> indexFolders) {
    if (!isSkipped(folder) && Files.isRegularFile(folder.resolve("write.lock"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> names = Files.list(folder)) {
        if (names.anyMatch(file -> file.getFileName().toString().matches("segments_[0-9a-z]+"))) {
          indexFolders.add(folder);
          problems.accept(new IngestProblem(folder.toString(), "a search index (write.lock, segments_N), not documents", true));
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return false; // read as any folder: its files are named one by one
      }
    }
    return false;
  }

  private boolean isSkipped(Path file) {
    if (skipped.isEmpty()) {
      return false;
    }
    Path absolute = file.toAbsolutePath().normalize();
    for (Path left : skipped) {
      if (absolute.startsWith(left)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Regular files (and links to them) are read; folders are walked. Anything else under a corpus
   * folder (a link to nothing or to a folder, a pipe, a device) is reported rather than skipped in
   * silence, so a user learns why a document is missing.
   */
  private boolean isReadableFile(Path path) {
    if (Files.isRegularFile(path)) {
      return true;
    }
    if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
      return false;
    }
    // The walk follows no link to a folder (a link back up would loop): say so, as its documents go unread.
    String why = !Files.isSymbolicLink(path) ? "not a regular file"
        : Files.isDirectory(path) ? "symbolic link to a folder, not followed (name the folder itself to read it)"
        : "symbolic link to a file that does not exist";
    problems.accept(new IngestProblem(path.toString(), why, true));
    return false;
  }

  /**
   * Whether a name of {@code path} below its first {@code rootNames} names (the folder walked) starts with a
   * dot. Read from the path's own names: making the relative path first was most of listing a folder of
   * 100,000 files, on one thread before any file is read.
   */
  private static boolean isHidden(Path path, int rootNames) {
    for (int i = path.getNameCount() - 1; i >= rootNames; i--) {
      if (path.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the documents of one file into {@code sink}, in file order; {@code relativeName} is the file's path
   * relative to the folder it was found under (its file name when given alone), from which ids are made. The
   * scan walks folders and calls this per file; a distributed scan lists the files itself and calls it on
   * its workers.
   */
  public void readFile(Path file, String relativeName, Consumer<SourceText> sink) {
    Optional<InputFormat> format = InputFormat.of(file.getFileName().toString());
    String location = file.toString();
    if (format.isEmpty()) {
      problems.accept(new IngestProblem(location, "not a supported file type (.txt, .md, .jsonl, .html, .warc, optionally .gz)", true));
      return;
    }
    String id = InputFormat.stripExtension(relativeName);
    try {
      switch (format.get()) {
        case PLAIN_TEXT -> {
          byte[] bytes = readBounded(file);
          String report = DoppelReports.textReport(bytes);
          if (report != null) {
            throw new IngestException(report);
          }
          sink.accept(plainText(id, bytes, location));
        }
        case HTML, WARC -> readWebPages(file, id, format.get(), page -> extractInto(page, extracted -> {
          if (extracted.article().documentText().isBlank()) {
            problems.accept(new IngestProblem(extracted.location(), "HTML page has no text", true));
          } else {
            sink.accept(extracted.toSourceText());
          }
        }));
        case JSON_LINES -> readJsonLines(file, id, location, sink);
      }
    } catch (IngestException e) {
      problems.accept(new IngestProblem(location, e.getMessage(), true));
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, describe(e), true));
    }
  }

  /** Chars a plain-text file is decoded into, for its metadata lines ({@link #plainText}). */
  private static final ThreadCharBuffer DECODED = new ThreadCharBuffer();

  /**
   * A plain-text file's document. UTF-8 without a byte-order mark, the usual case, is decoded once, into an array
   * that the metadata lines are read from, and kept as its bytes: the text is not made a string here (it was
   * decoded into one, searched for U+FFFD and copied into an array again).
   */
  private SourceText plainText(String id, byte[] bytes, String location) throws IngestException {
    char[] chars = DECODED.ofLength(bytes.length);
    int length = TextDecoder.decodeUtf8(bytes, chars);
    if (length >= 0) {
      return SourceText.ofUtf8(id, bytes, location, TextMetadata.extract(chars, length));
    }
    TextDecoder.Decoded text = TextDecoder.decodeKeepingUtf8(bytes, location, problems);
    return new SourceText(id, text.text(), text.utf8(), location, TextMetadata.extract(text.text()));
  }

  private void readJsonLines(Path file, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream in = open(file)) {
      new JsonLinesReader(problems, maxDocumentBytes).read(in, fileId, location, sink);
    }
  }

  private InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      try {
        return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
      } catch (ZipException | EOFException e) {
        raw.close();
        throw new IngestException("not a valid gzip file (" + e.getMessage() + ")");
      }
    }
    return raw;
  }

  private byte[] readBounded(Path file) throws IOException {
    return readBounded(file, maxDocumentBytes);
  }

  /** The file's bytes, decompressed; refused beyond {@code limit}, so a gzip bomb costs at most that. */
  private byte[] readBounded(Path file, long limit) throws IOException {
    boolean gzip = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    // one look at the file's attributes for its size and kind: Files.size and Files.isRegularFile each looked it up
    BasicFileAttributes attributes = gzip ? null : Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes != null && attributes.size() > limit) {
      throw new IngestException("file is " + attributes.size() + " bytes, over the limit of " + limit + " bytes for one document");
    }
    if (attributes != null && attributes.isRegularFile()) {
      // One read into an array of the file's size: a 64 KB stream buffer per 3 KB news file cost
      // more in allocation and zeroing than the read itself (index add profile, docs/benchmarks.md).
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > limit) {
        throw new IngestException("document is over the limit of " + limit + " bytes");
      }
      return bytes;
    }
    try (InputStream in = open(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new IngestException("document is over the limit of " + limit + " bytes (after decompression)");
      }
      return bytes;
    }
  }

  private static String describe(IOException e) {
    if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB")) {
      return "file is truncated (unexpected end of compressed data)";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data (" + e.getMessage() + ")";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      // listed, then gone before it was read: it was removed or renamed while the run went on
      return "no longer there (removed or renamed after the folder was listed)";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "cannot decode text";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
