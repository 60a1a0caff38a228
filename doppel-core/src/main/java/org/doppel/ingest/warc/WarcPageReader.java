package org.doppel.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.doppel.ingest.Compression;
import org.doppel.ingest.Counted;
import org.doppel.ingest.ExpandedBytes;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.WebPage;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcConversion;

/**
 * Streams the HTML pages out of a WARC or WARC.gz file (Common Crawl style) with jwarc: each response
 * record whose payload is HTML (decoded when the server compressed it), and each resource record of HTML, becomes a
 * {@link WebPage} with the record's target URI and date (a record that names no target URI is known by its record id);
 * when the caller takes texts, each {@code conversion} record of plain text (Common Crawl's WET files) becomes a
 * {@link WarcText}, and so does each response, resource or conversion record of Markdown ({@code text/markdown}), read
 * as a post; every other record (request, metadata, warcinfo, revisit, a response with an image or a redirect,
 * a binary body called HTML) is counted and skipped, and the counts are reported once at the end of the file.
 *
 * <p>Memory stays flat whatever the file size: records are read one at a time and a page's payload is
 * read up to {@code maxPageBytes} (after decompression), a bigger one is reported and skipped. A
 * corrupt or truncated record is reported with its byte offset; reading resumes at the next record
 * start found after it (a gzip member, or a {@code WARC/} version line in an uncompressed file). In an uncompressed
 * file, a record cut short whose claimed length runs into the next record is reported and that record read. A
 * .warc.gz written as one gzip stream (not a member a record) has no member to resume at: it is read again from its
 * start, decompressed here, and resumes at the next version line. A stream (an archive's member, a .warc.bz2) resumes
 * likewise in the bytes it kept ({@link ReplayWindow}); where nothing can be read past the break (compressed data
 * corrupt past repair), the message says so and which records were read.
 */
public final class WarcPageReader {
  public static final int DEFAULT_MAX_PAGE_BYTES = 8 << 20;

  private final Consumer<IngestProblem> problems;
  /** What each record read whole holds: a page, a text, or another kind of record. */
  private final WarcRecordPages recordPages;

  public WarcPageReader(Consumer<IngestProblem> problems, int maxPageBytes) {
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be >= 1, got " + maxPageBytes);
    }
    this.problems = problems;
    this.recordPages = new WarcRecordPages(problems, maxPageBytes);
  }

  /**
   * Whether a file name looks like a WARC file: .warc, or Common Crawl's .wet (extracted texts) and .wat (metadata),
   * each optionally compressed (.gz, .bz2, .xz, .zst), any case.
   */
  public static boolean isWarc(String fileName) {
    String name = Compression.strip(fileName.toLowerCase(Locale.ROOT));
    return name.endsWith(".warc") || name.endsWith(".wet") || name.endsWith(".wat");
  }

  /**
   * Reads every HTML page of {@code file} into {@code sink}; ids are {@code idPrefix} plus "/" plus the
   * target URI.
   */
  public void read(Path file, String idPrefix, Consumer<WebPage> sink) throws IOException {
    read(file, idPrefix, sink, null);
  }

  /**
   * Reads every HTML page of {@code file} into {@code sink} and, when {@code texts} is given, every plain-text
   * conversion record into it (without it they are counted and skipped, as a reader of pages only wants).
   */
  public void read(Path file, String idPrefix, Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts) throws IOException {
    read(file, idPrefix, sink, texts, ExpandedBytes.UNCOUNTED);
  }

  /**
   * Reads a crawl file as {@link #read(Path, String, Consumer, Consumer)} does, telling {@code expanded} every byte of
   * the records' blocks, which stops the walk by throwing: a .warc.gz, whose inflating no stream but jwarc's sees.
   */
  public void read(Path file, String idPrefix, Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts, ExpandedBytes expanded)
      throws IOException {
    RecordCounts counts = new RecordCounts();
    RecordWalk walk = walk(idPrefix, sink, texts, counts);
    walk.read(file, expanded);
    problems.accept(IngestProblem.note(file.toString(), counts.summary(walk.broken())));
  }

  /**
   * Reads a WARC stream as {@link #read(Path, String, Consumer, Consumer)} reads a file, for a crawl that cannot be
   * sought in (a tar member, a .warc.bz2 decompressed on the fly): after a broken record, reading resumes at the next
   * record start in the bytes the stream kept and those after ({@link ReplayWindow}); a stream that cannot be read
   * past the break (its compression corrupt) ends there, with the pages before it kept.
   *
   * @param name where messages say the records are
   */
  public void read(InputStream in, String name, String idPrefix, Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts) throws IOException {
    read(in, name, idPrefix, sink, texts, ExpandedBytes.UNCOUNTED);
  }

  /**
   * Reads a WARC stream as {@link #read(InputStream, String, String, Consumer, Consumer)} does, telling
   * {@code expanded} every byte of the records' blocks, which stops the walk by throwing: a gzip crawl handed over as
   * stored (an archive's member), whose inflating no stream but jwarc's sees.
   */
  public void read(InputStream in, String name, String idPrefix, Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts,
      ExpandedBytes expanded) throws IOException {
    RecordCounts counts = new RecordCounts();
    RecordWalk walk = walk(idPrefix, sink, texts, counts);
    walk.read(in, name, expanded);
    problems.accept(IngestProblem.note(name, counts.summary(walk.broken())));
  }

  /** A walk that hands each page (and text) to the sinks and counts what each record was. */
  private RecordWalk walk(String idPrefix, Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts, RecordCounts counts) {
    Consumer<WebPage> pages = page -> {
      sink.accept(page);
      counts.pages++;
    };
    Consumer<WarcText> countedTexts = texts == null ? null : text -> {
      texts.accept(text);
      if (text.markdown()) {
        counts.posts++;
      } else {
        counts.texts++;
      }
    };
    return new RecordWalk(problems, problems, (record, location) -> {
      Optional<String> skip = countedTexts != null && record instanceof WarcConversion conversion
          ? recordPages.text(conversion, idPrefix, location, countedTexts)
          : recordPages.page(record, idPrefix, location, pages, countedTexts);
      skip.ifPresent(kind -> counts.skipped.merge(kind, 1, Integer::sum));
    });
  }

  /** What one file's records were: pages, texts and Markdown posts read, other records skipped by kind, records broken. */
  private static final class RecordCounts {
    int pages;
    int texts;
    int posts;
    final Map<String, Integer> skipped = new TreeMap<>();

    /** The line reported once at the end of the file, {@code broken} records named as corrupt. */
    String summary(int broken) {
      StringBuilder out = new StringBuilder();
      if (texts > 0) {
        out.append(texts).append(texts == 1 ? " text (conversion record) read" : " texts (conversion records) read");
      }
      if (posts > 0) {
        out.append(out.isEmpty() ? "" : "; ").append(Counted.of(posts, "Markdown post")).append(" read");
      }
      if (pages > 0 || texts == 0 && posts == 0) {
        out.append(out.isEmpty() ? "" : "; ").append(Counted.of(pages, "HTML page")).append(" read");
      }
      int others = skipped.values().stream().mapToInt(Integer::intValue).sum();
      if (others > 0) {
        out.append("; ").append(Counted.of(others, "other record")).append(" skipped (");
        StringBuilder parts = new StringBuilder();
        skipped.forEach((kind, count) -> parts.append(parts.isEmpty() ? "" : ", ").append(count).append(' ').append(kind));
        out.append(parts).append(')');
      }
      if (broken > 0) {
        out.append("; ").append(Counted.of(broken, "corrupt record"));
      }
      return out.toString();
    }
  }
}
