package org.doppel.ingest.warc;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.doppel.ingest.Compression;
import org.doppel.ingest.Counted;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.WebPage;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Streams the HTML pages out of a WARC or WARC.gz file (Common Crawl style) with jwarc: each response
 * record whose payload is HTML (decoded when the server compressed it), and each resource record of HTML, becomes a
 * {@link WebPage} with the record's target URI and date (a record that names no target URI is known by its record id);
 * when the caller takes texts, each {@code conversion} record of plain text (Common Crawl's WET files) becomes a
 * {@link WarcText}; every other record (request, metadata, warcinfo, revisit, a response with an image or a redirect,
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
    String name = file.toString();
    if (Compression.of(file.getFileName().toString()) == Compression.ZSTD) {
      // read frame by frame, as a stream: a damaged frame (a record of a .warc.zst) costs that record, and a broken
      // record is passed over in the stream (jwarc reads a .warc.zst from its start, and cannot resume in one)
      try (InputStream in = Compression.zstdFrames(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
          lost -> problems.accept(new IngestProblem(name, lost, true)))) {
        read(in, name, idPrefix, sink, texts);
      }
      return;
    }
    RecordCounts counts = new RecordCounts();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel)) {
      warnings(reader, name);
      FilePass pass = new FilePass(name, channel, reader, null, idPrefix, sink, texts, counts, 0, -1);
      pass.readAll();
      if (pass.readAgain) {
        readDecompressed(file, name, pass, idPrefix, sink, texts, counts);
      }
    }
    problems.accept(IngestProblem.note(name, counts.summary()));
  }

  /**
   * Reads a .warc.gz written as one gzip stream again after {@code pass} broke in it: the records after the break are in
   * the stream, past where a member would start, so it is decompressed here, the records {@code pass} took are skipped,
   * and reading resumes at the next version line.
   */
  private void readDecompressed(Path file, String name, FilePass pass, String idPrefix, Consumer<WebPage> sink,
      @Nullable Consumer<WarcText> texts, RecordCounts counts) throws IOException {
    try (InputStream again = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
      ReplayWindow window = new ReplayWindow(again);
      WarcReader decompressed;
      try {
        decompressed = newReader(window, name);
      } catch (IOException e) {
        // broken within the first bytes jwarc looks at: nothing of it can be read again
        counts.broken++;
        problems.accept(new IngestProblem(name + "@" + Math.max(0, pass.lastGood), "corrupt or truncated WARC record "
            + (pass.records == 0 ? "at the start of the file" : "after " + Counted.of(pass.records, "record"))
            + ": the gzip stream cannot be read past there (" + message(e) + "), so every record after it is lost", true));
        return;
      }
      new FilePass(name, null, decompressed, window, idPrefix, sink, texts, counts, pass.records, pass.reportedRecords).readAll();
    }
  }

  private WarcReader newReader(InputStream in, String name) throws IOException {
    return warnings(new WarcReader(in), name);
  }

  /** {@code reader}, its warnings said to the problems as {@code name}'s. */
  private WarcReader warnings(WarcReader reader, String name) {
    reader.onWarning(message -> problems.accept(new IngestProblem(name, "WARC warning: " + message, false)));
    return reader;
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
    RecordCounts counts = new RecordCounts();
    ReplayWindow window = new ReplayWindow(in);
    try (WarcReader reader = newReader(window, name)) {
      new FilePass(name, null, reader, window, idPrefix, sink, texts, counts, 0, -1).readAll();
    }
    problems.accept(IngestProblem.note(name, counts.summary()));
  }

  /**
   * One read through one file: where the last good record and the last resumption were, so that a run of
   * bad bytes is reported once and reading never resumes twice at the same place.
   */
  private final class FilePass {
    private final String name;
    /** The file, to find the next record in after a broken one; null for a stream, read again from its window. */
    private final @Nullable FileChannel channel;
    /** A stream's kept bytes, to find the next record in after a broken one; null for a file. */
    private final @Nullable ReplayWindow window;
    private WarcReader reader;
    /** Where the reader started in the stream: a reader made after a broken record counts from there. */
    private long base;
    private final boolean compressed;
    private final String idPrefix;
    private final Consumer<WebPage> sink;
    private final @Nullable Consumer<WarcText> texts;
    private final RecordCounts counts;
    long lastGood = -1; // start of the last record read whole; jwarc reports positions of records read
    private long lastResume = -1;
    private long lastReported = Long.MIN_VALUE;
    private int records; // read so far, the one being taken included
    private @Nullable String pending; // a broken record's message, said with where reading resumed
    private String pendingLocation = "";
    /** The records an earlier pass over the same crawl took: read again here, not taken again. */
    private final int taken;
    /** The record count at which an earlier pass named a broken record (-1: none), so it is not named twice. */
    private final int namedBefore;
    /** The record count when this pass last named a broken record. */
    int reportedRecords = -1;
    /** Set when a one-stream .warc.gz broke and no member follows: {@link #read(Path, String, Consumer, Consumer)} reads it again. */
    boolean readAgain;

    FilePass(String name, @Nullable FileChannel channel, WarcReader reader, @Nullable ReplayWindow window, String idPrefix,
        Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts, RecordCounts counts, int taken, int namedBefore) {
      this.name = name;
      this.channel = channel;
      this.window = window;
      this.reader = reader;
      this.taken = taken;
      this.namedBefore = namedBefore;
      // a pass reading a .warc.gz again reads it decompressed, but its records' places keep their numbers
      this.compressed = reader.compression() != WarcCompression.NONE || taken > 0;
      this.idPrefix = idPrefix;
      this.sink = sink;
      this.texts = texts;
      this.counts = counts;
    }

    void readAll() throws IOException {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
          if (resumedAfter(e)) {
            continue;
          }
          break;
        }
        if (next.isEmpty()) {
          sayPending("no record starts after it, so nothing more is lost (" + Counted.of(Math.max(records, taken), "record") + " before it read)");
          break;
        }
        take(next.get());
      }
    }

    /** Reports a record jwarc cannot read (once for a run of them) and moves to the next record start; false at the end. */
    private boolean resumedAfter(Exception e) throws IOException {
      long from = Math.max(lastGood + 1, lastResume + 1);
      long resume = -1;
      IOException unreadable = window == null ? null : window.failure();
      if (window != null && unreadable == null) {
        resume = window.nextStart(from, reader.compression() == WarcCompression.GZIP);
        unreadable = window.failure();
      } else if (channel != null) {
        resume = RecordStarts.nextAfter(channel, from, compressed);
        if (resume < 0 && reader.compression() == WarcCompression.GZIP && !RecordStarts.isMemberStart(channel, lastGood)) {
          // one gzip stream (the last good record starts no member): read again; a record a member whose last member is
          // cut (a crawl written part-way) has nothing more to give, and is not read twice
          readAgain = true; // said by the pass that reads it again, which knows what it could read
          pending = null;
          return false;
        }
      }
      if (lastGood != lastReported && records >= taken && records != namedBefore) {
        lastReported = lastGood;
        String where = lastGood < 0 ? "at the start of the " + (taken > 0 ? "decompressed crawl" : window != null ? "stream" : "file")
            : "after the record at byte " + lastGood + (taken > 0 ? " of the decompressed crawl" : "");
        // said once the next record is read: the first start found may be the broken record's own, read again in vain
        pendingLocation = name + "@" + Math.max(0, lastGood);
        pending = "corrupt or truncated WARC record " + where + ": " + message(e) + "; ";
      }
      if (resume < 0) {
        sayPending(outcome(resume, unreadable));
        return false;
      }
      lastResume = resume;
      if (window != null) {
        window.rewindTo(resume);
        reader = newReader(window, name);
        base = resume;
      } else {
        reader.position(resume);
      }
      return true;
    }

    /** Says the broken record waiting to be said, if any, with what became of the records after it. */
    private void sayPending(String outcome) {
      if (pending != null) {
        counts.broken++;
        reportedRecords = records;
        problems.accept(new IngestProblem(pendingLocation, pending + outcome, true));
        pending = null;
      }
    }

    /** What became of the records after a broken one: which are lost, and why. */
    private String outcome(long resume, @Nullable IOException unreadable) {
      String read = Counted.of(Math.max(records, taken), "record") + " before it read";
      if (resume >= 0) {
        return "skipped to the next record, at byte " + resume + (taken > 0 ? " of the decompressed crawl" : "")
            + (window != null && lastGood + 1 < window.oldest() ? " (the bytes before byte " + window.oldest() + " could not be searched again)" : "");
      }
      if (unreadable != null) {
        return "the stream itself cannot be read past there (" + message(unreadable) + "), so every record after it is lost (" + read + ")";
      }
      return "no record starts after it, so nothing more is lost (" + read + ")";
    }

    /** Hands a record read whole to the sink if it is a page, counts it otherwise, and reports it if it is broken. */
    private void take(WarcRecord record) throws IOException {
      long at = base + record.position();
      if (pending != null) {
        sayPending(outcome(at, null));
      }
      lastGood = at;
      records++;
      if (records <= taken) {
        return; // an earlier pass took it
      }
      // A .warc.gz written as one gzip member (not one per record) gives every record after the first the offset
      // where jwarc's buffer stands, the same for many: two records of one page then had one location, and the
      // second was taken for the same file named twice. The record's number tells them apart.
      String location = name + "@" + lastGood + (compressed ? "#" + records : "");
      try {
        long swallowed = compressed || channel == null ? -1 : swallowedRecord(channel, record);
        if (swallowed >= 0) {
          counts.broken++;
          problems.accept(new IngestProblem(location, "truncated WARC record: the record at byte " + swallowed
              + " starts inside it; skipped to that record", true));
          lastResume = swallowed;
          reader.position(swallowed);
          return;
        }
        if (texts != null && record instanceof WarcConversion conversion) {
          Optional<String> skip = recordPages.text(conversion, idPrefix, location, texts);
          if (skip.isPresent()) {
            counts.skipped.merge(skip.get(), 1, Integer::sum);
          } else {
            counts.texts++;
          }
          return;
        }
        Optional<String> skip = recordPages.page(record, idPrefix, location, sink);
        if (skip.isPresent()) {
          counts.skipped.merge(skip.get(), 1, Integer::sum);
        } else {
          counts.pages++;
        }
      } catch (IOException | UncheckedIOException e) {
        counts.broken++;
        reportedRecords = records;
        problems.accept(new IngestProblem(location, "corrupt or truncated WARC record: " + message(e), true));
        // jwarc's next record then fails where this one's unread block left it: the same record, already named (a
        // record claiming more bytes than the file holds was two problems, "after the record at byte N" the second)
        lastReported = lastGood;
      } catch (RuntimeException e) {
        // jwarc reads headers lazily and answers a missing mandatory one (WARC-Date, a bad
        // Content-Type) with NoSuchElementException or IllegalArgumentException: one bad record
        // must not end the crawl, so it is reported like any other corrupt record.
        counts.broken++;
        problems.accept(new IngestProblem(location, "corrupt WARC record: " + e, true));
      }
    }
  }

  /** What one file's records were: pages read, other records skipped by kind, records broken. */
  private static final class RecordCounts {
    int pages;
    int texts;
    final Map<String, Integer> skipped = new TreeMap<>();
    int broken;

    /** The line reported once at the end of the file. */
    String summary() {
      StringBuilder out = new StringBuilder();
      if (texts > 0) {
        out.append(texts).append(texts == 1 ? " text (conversion record) read" : " texts (conversion records) read");
      }
      if (pages > 0 || texts == 0) {
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

  /** A record starting inside this one's claimed block (this one was cut short), or -1. */
  private static long swallowedRecord(FileChannel channel, WarcRecord record) throws IOException {
    return RecordStarts.insideBlock(channel, record.position(), record.body().size());
  }

  private static String message(Exception e) {
    String message = e.getMessage();
    if (e instanceof EOFException || message == null) {
      return "unexpected end of file";
    }
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
