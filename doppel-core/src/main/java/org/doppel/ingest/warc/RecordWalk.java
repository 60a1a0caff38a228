package org.doppel.ingest.warc;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.doppel.ingest.Compression;
import org.doppel.ingest.Counted;
import org.doppel.ingest.ExpandedBytes;
import org.doppel.ingest.IngestException;
import org.doppel.ingest.IngestProblem;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * One walk through a crawl's records, each record read whole handed to a {@link Handler}: the one piece of logic by
 * which the pages' reader ({@link WarcPageReader}) and the pictures' reader ({@link WarcImageReader}) get past damage. A
 * corrupt or truncated record is named with its byte offset (once for a run of bad bytes) and reading resumes at the
 * next record start found after it: a gzip member or a {@code WARC/} version line in a file; in a .warc.gz written as
 * one gzip stream, in the file read again from its start, decompressed; in a stream (an archive's member, a .warc.bz2,
 * .warc.xz), in the bytes it kept ({@link ReplayWindow}); a .warc.zst is read frame by frame, a damaged frame costing
 * what it held. Where nothing can be read past the break (compressed data corrupt past repair), the message says so and
 * how many records were read.
 */
final class RecordWalk {
  /** jwarc's words for a record whose block is not followed by its two line ends. */
  private static final String TRAILER_WARNING = "invalid record trailer";

  /** What a walk does with a record read whole. */
  interface Handler {
    /**
     * Takes {@code record}, found at {@code location} ({@code FILE@OFFSET}, with the record's number in a compressed
     * crawl); an {@link IOException} or {@link UncheckedIOException} names the record as corrupt or truncated.
     */
    void take(WarcRecord record, String location) throws IOException;
  }

  private final Consumer<IngestProblem> damage;
  private final @Nullable Consumer<IngestProblem> warnings;
  private final Handler handler;
  private int broken;

  /**
   * @param damage where each damaged place is named (a reader that leaves the naming to another reader of the same
   *     crawl gives one that drops them)
   * @param warnings where jwarc's warnings about a record are said, or null to pass over them
   */
  RecordWalk(Consumer<IngestProblem> damage, @Nullable Consumer<IngestProblem> warnings, Handler handler) {
    this.damage = damage;
    this.warnings = warnings;
    this.handler = handler;
  }

  /** The records named as corrupt or truncated so far. */
  int broken() {
    return broken;
  }

  /** Walks the records of {@code file}, whatever its compression. */
  void read(Path file) throws IOException {
    read(file, ExpandedBytes.UNCOUNTED);
  }

  /**
   * Walks the records of {@code file} as {@link #read(Path)} does, telling {@code expanded} every byte of each record's
   * block as {@link #read(InputStream, String, ExpandedBytes)} does: a .warc.gz is inflated by jwarc, and a record of a
   * gigabyte of zeros in a few kilobytes would be inflated whole to be passed over; a .warc.bz2, .warc.xz or .warc.zst is
   * decompressed here by a stream that counts nothing, so its blocks are told too. A stop it throws ends the walk.
   */
  void read(Path file, ExpandedBytes expanded) throws IOException {
    String name = file.toString();
    Compression compression = Compression.of(file.getFileName().toString());
    if (compression == Compression.ZSTD) {
      // read frame by frame, as a stream: a damaged frame (a record of a .warc.zst) costs that record, and a broken
      // record is passed over in the stream (jwarc reads a .warc.zst from its start, and cannot resume in one)
      try (InputStream in = Compression.zstdFrames(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
          lost -> damage.accept(new IngestProblem(name, lost, true)))) {
        read(in, name, expanded);
      }
      return;
    }
    if (compression != Compression.NONE && compression != Compression.GZIP) {
      // bzip2 and xz: jwarc reads neither, so they are streamed, and a broken record passed over in the kept bytes
      try (InputStream in = compression.open(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        read(in, name, expanded);
      }
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel)) {
      FilePass pass = new FilePass(name, channel, reader, null, 0, -1, false, expanded);
      pass.readAll();
      if (pass.readAgain) {
        readDecompressed(new BufferedInputStream(Files.newInputStream(file), 1 << 16), name, pass);
      }
    }
  }

  /** Walks the records of a stream that cannot be sought in, named {@code name} in messages. */
  void read(InputStream in, String name) throws IOException {
    read(in, name, ExpandedBytes.UNCOUNTED);
  }

  /**
   * Walks the records of a stream as {@link #read(InputStream, String)} does, telling {@code expanded} every byte of
   * each record's block, those the handler read and those passed over, as they are read: a gzip crawl handed over as
   * stored is inflated by jwarc, where no stream of Doppel's sees the bytes it expands to, and a record of a gigabyte
   * of zeros in a few kilobytes (a bomb packed in an archive) would be inflated whole to be passed over. A stop
   * {@code expanded} throws ends the walk and is thrown on ({@link ExpandedBytes#isStop}).
   */
  void read(InputStream in, String name, ExpandedBytes expanded) throws IOException {
    ReplayWindow window = new ReplayWindow(in);
    try (WarcReader reader = new WarcReader(window)) {
      FilePass pass = new FilePass(name, null, reader, window, 0, -1, false, expanded);
      pass.readAll();
      if (pass.readAgain) {
        // one gzip stream (an archive's member): its compressed bytes from the start are still in the window
        window.rewindTo(0);
        readDecompressed(CloseShieldInputStream.wrap(window), name, pass);
      }
    }
  }

  /**
   * Reads a .warc.gz written as one gzip stream again after {@code pass} broke in it: the records after the break are in
   * the stream, past where a member would start, so it is decompressed here, the records {@code pass} took are skipped,
   * and reading resumes at the next version line.
   */
  private void readDecompressed(InputStream fromStart, String name, FilePass pass) throws IOException {
    InputStream inflated = new GZIPInputStream(fromStart, 1 << 16);
    // the inflated stream is what the expansion limit weighs here, every byte once: the records before the break,
    // whose blocks the first pass told, and then the bytes no pass read yet (a search past the break among them, where
    // a broken header before a gigabyte of zeros was read through uncounted)
    try (InputStream again = pass.expanded.tellingPast(inflated, pass.told)) {
      ReplayWindow window = new ReplayWindow(again);
      WarcReader decompressed;
      try {
        decompressed = new WarcReader(window);
      } catch (IOException e) {
        passOnAStop(e);
        // broken within the first bytes jwarc looks at: nothing of it can be read again
        broken++;
        damage.accept(new IngestProblem(name + "@" + Math.max(0, pass.lastGood), "corrupt or truncated WARC record "
            + (pass.records == 0 ? "at the start of the file" : "after " + Counted.of(pass.records, "record"))
            + ": the gzip stream cannot be read past there (" + message(e) + "), so every record after it is lost", true));
        return;
      }
      new FilePass(name, null, decompressed, window, pass.tookWhole(), pass.reportedRecords, true, ExpandedBytes.UNCOUNTED).readAll();
    }
  }

  /**
   * One read through one file: where the last good record and the last resumption were, so that a run of
   * bad bytes is reported once and reading never resumes twice at the same place.
   */
  private final class FilePass {
    private final String name;
    /** Told every byte of the records' blocks (see the constructor). */
    private final ExpandedBytes expanded;
    /** The bytes told {@link #expanded} so far. */
    private long told;
    /** The file, to find the next record in after a broken one; null for a stream, read again from its window. */
    private final @Nullable FileChannel channel;
    /** A stream's kept bytes, to find the next record in after a broken one; null for a file. */
    private final @Nullable ReplayWindow window;
    private WarcReader reader;
    /** Where the reader started in the stream: a reader made after a broken record counts from there. */
    private long base;
    private final boolean compressed;
    long lastGood = -1; // start of the last record read whole; jwarc reports positions of records read
    private long lastResume = -1;
    private long lastReported = Long.MIN_VALUE;
    private int records; // read so far, the one being taken included
    /** The broken places named so far, each counted as one record in the records' numbers ({@code #N}). */
    private int lostRecords;
    private @Nullable String pending; // a broken record's message, said with where reading resumed
    private String pendingLocation = "";
    /** Where the walk first resumed after the broken record waiting to be said (-1: unknown): that record's own start. */
    private long pendingResume = -1;
    /** Where the last record read whole was named ({@code FILE@OFFSET#N}): jwarc warns about a record once past it. */
    private String lastLocation;
    /**
     * The start of the gzip member whose record's trailer jwarc found missing, its warning held back (-1: none): its
     * Content-Length may run into the next member, and the record there is then whole, not broken.
     */
    private long trailerMissingAt = -1;
    /** The records an earlier pass over the same crawl took: read again here, not taken again. */
    private final int taken;
    /** The record count at which an earlier pass named a broken record (-1: none), so it is not named twice. */
    private final int namedBefore;
    /** Whether this pass reads a .warc.gz written as one gzip stream decompressed here: its places are the inflated crawl's. */
    private final boolean decompressed;
    /** Set when the crawl's first record runs into the next in its gzip member: left to the pass that reads it decompressed. */
    private boolean firstLeft;
    /** The record count when this pass last named a broken record. */
    int reportedRecords = -1;
    /** Set when a one-stream .warc.gz broke and no member follows: {@link #read(Path)} reads it again. */
    boolean readAgain;
    /** The record last handed to the handler, whose block is still to be counted to the end (null: none, or not counted). */
    private @Nullable WarcRecord uncounted;
    private @Nullable ByteBuffer scratch;

    /**
     * @param expanded told every byte of the records' blocks where the walk expands what no other stream counts ({@link
     *     #read(InputStream, String, ExpandedBytes)}); a pass of its own, so that no walk of the same {@link RecordWalk}
     *     counts into another's
     */
    FilePass(String name, @Nullable FileChannel channel, WarcReader reader, @Nullable ReplayWindow window, int taken, int namedBefore,
        boolean decompressed, ExpandedBytes expanded) {
      this.name = name;
      this.expanded = expanded;
      this.channel = channel;
      this.window = window;
      this.reader = reader;
      this.taken = taken;
      this.namedBefore = namedBefore;
      this.decompressed = decompressed;
      // a pass reading a .warc.gz again reads it decompressed, but its records' places keep their numbers
      this.compressed = reader.compression() != WarcCompression.NONE || decompressed;
      this.lastLocation = name;
      listen(reader);
    }

    /**
     * Has {@code reader}'s warnings said as the last record's, but for a record an earlier pass took (it said them), and
     * notes a missing trailer in a crawl a member a record.
     */
    private WarcReader listen(WarcReader reader) {
      reader.onWarning(message -> {
        if (records <= taken && taken > 0) {
          // about a record an earlier pass over the crawl took and warned about, with its place, before it broke
          return;
        }
        if (TRAILER_WARNING.equals(message) && channel != null && reader.compression() == WarcCompression.GZIP && lastGood >= 0) {
          sayTrailerWarning(); // an earlier one not yet said
          trailerMissingAt = lastGood;
        } else {
          warn(lastLocation, "WARC warning: " + message);
        }
      });
      return reader;
    }

    private void warn(String location, String message) {
      if (warnings != null) {
        warnings.accept(new IngestProblem(location, message, false));
      }
    }

    /** Says a held-back missing trailer as jwarc's warning, where it was no record running into the next member. */
    private void sayTrailerWarning() {
      if (trailerMissingAt >= 0) {
        warn(lastLocation, "WARC warning: " + TRAILER_WARNING);
        trailerMissingAt = -1;
      }
    }

    /**
     * Whether the record before a failed read claimed more bytes than its gzip member holds, so that jwarc read on into
     * the next member and failed there: the next member's record is then read from its own start, and the wrong length
     * named as one warning (no record was lost; the failed read was no broken record).
     */
    private boolean resumedPastWrongLength() throws IOException {
      // the first record starts the file's first member; a later one starts a member only in a crawl written a member a record
      if (trailerMissingAt < 0 || trailerMissingAt != lastGood || channel == null
          || (lastGood > 0 && !RecordStarts.isMemberStart(channel, lastGood))) {
        return false;
      }
      long next = RecordStarts.nextAfter(channel, lastGood + 1, true);
      if (next < 0 || next <= lastResume) {
        return false;
      }
      trailerMissingAt = -1;
      warn(lastLocation, "the record's Content-Length runs past its gzip member into the record at byte " + next + " ("
          + TRAILER_WARNING + "): it was read with the first bytes of the record at byte "
          + next + " after its own, and that record read again from its start");
      lastResume = next;
      reader.position(next);
      return true;
    }

    void readAll() throws IOException {
      while (true) {
        java.util.Optional<WarcRecord> next;
        try {
          countRestOfBlock();
          next = reader.next();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
          if (resumedAfter(e)) {
            continue;
          }
          break;
        }
        if (next.isEmpty()) {
          sayTrailerWarning();
          sayPending("no record starts after it, so nothing more is lost (" + Counted.of(Math.max(records, taken), "record") + " before it read)");
          break;
        }
        if (startsNoMember(next.get())) {
          sayTrailerWarning();
          readAgain = true; // one gzip stream: read decompressed from here on, each record's place in the inflated crawl
          break;
        }
        if (!take(next.get())) {
          break;
        }
      }
    }

    /** The records this pass and those before it took whole: a first record left to the next pass is not among them. */
    int tookWhole() {
      return firstLeft ? records - 1 : Math.max(records, taken);
    }

    /**
     * Whether {@code record}, the first of a .warc.gz, claims a block in which another record starts in its gzip member: a
     * crawl written as one gzip stream whose first record runs into the second. jwarc would read it with the second's
     * first bytes, and the walk cannot yet tell the crawl is one stream (the sign is the second record's start); the
     * member is inflated here up to the block's end (no further than a stream's window) and looked over, as a record of
     * an uncompressed crawl is.
     */
    private boolean firstRunsIntoTheNext(WarcRecord record) throws IOException {
      long wanted = RecordStarts.MAX_HEADER_BYTES + record.body().size();
      if (decompressed || taken != 0 || records != 1 || reader.compression() != WarcCompression.GZIP || wanted > ReplayWindow.WINDOW) {
        return false;
      }
      int count = (int) wanted + (1 << 16); // stored bytes enough for the inflated ones: gzip adds a few bytes a block at worst
      byte[] stored = channel != null ? RecordStarts.storedFromStart(channel, count) : window != null ? window.fromStart(count) : new byte[0];
      return RecordStarts.insideFirstMembersBlock(stored, record.body().size()) >= 0;
    }

    /**
     * Whether {@code record}, the second of a .warc.gz read from its file, starts no gzip member: the crawl is one gzip
     * stream, where jwarc places a record where its buffer stands, not where the record starts, and a record whose
     * Content-Length runs into the next cannot be found by its offsets in the file. {@link #read(Path, ExpandedBytes)}
     * then reads the records after the first decompressed, as it reads them again after a break: every place in the
     * file's messages is one in the inflated crawl (the first record's, byte 0, is the same in both).
     */
    private boolean startsNoMember(WarcRecord record) throws IOException {
      if (taken != 0 || records != 1 || reader.compression() != WarcCompression.GZIP) {
        return false;
      }
      if (channel != null) {
        return !RecordStarts.isMemberStart(channel, record.position());
      }
      // a stream is read again from the window's first byte, which the first record's member must not have left
      return window != null && window.oldest() == 0 && !window.isMemberStart(base + record.position());
    }

    /**
     * Reads to its end the block of the record last taken, as jwarc would to pass over it, counting its bytes, those the
     * handler read first included; a block that cannot be read to its end fails here as it would in jwarc's next read.
     */
    private void countRestOfBlock() throws IOException {
      WarcRecord record = uncounted;
      uncounted = null;
      if (record == null) {
        return;
      }
      MessageBody block = record.body();
      tell(block.position()); // a stop thrown here is passed on by resumedAfter, as one met in the stream
      if (scratch == null) {
        scratch = ByteBuffer.allocate(1 << 16);
      }
      for (int read = block.read(scratch); read >= 0; read = block.read(scratch)) {
        tell(read);
        scratch.clear();
      }
    }

    private void tell(long bytes) throws IOException {
      told += bytes;
      expanded.add(bytes);
    }

    /** Reports a record jwarc cannot read (once for a run of them) and moves to the next record start; false at the end. */
    private boolean resumedAfter(Exception e) throws IOException {
      passOnAStop(e);
      if (resumedPastWrongLength()) {
        return true;
      }
      sayTrailerWarning();
      long from = Math.max(lastGood + 1, lastResume + 1);
      long resume = -1;
      IOException unreadable = window == null ? null : window.failure();
      if (window != null && unreadable == null) {
        resume = window.nextStart(from, reader.compression() == WarcCompression.GZIP);
        unreadable = window.failure();
        passOnAStop(unreadable);
        if (resume < 0 && unreadable == null && reader.compression() == WarcCompression.GZIP && !decompressed && taken == 0
            && records == 1 && lastResume < 0 && window.oldest() == 0) {
          // broken after its first record, and no gzip member starts in the whole stream after its first byte: one gzip
          // stream whose second record could not show it (startsNoMember); a crawl a member a record whose second member
          // is cut starts one there. Read again decompressed from the first byte, still in the window
          readAgain = true;
          pending = null;
          return false;
        }
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
        lostRecords++; // the records after it keep their numbers in the crawl, as after a record named truncated
        String where = lastGood < 0 ? "at the start of the " + (decompressed ? "decompressed crawl" : window != null ? "stream" : "file")
            : "after the record at byte " + lastGood + (decompressed ? " of the decompressed crawl" : "");
        // said once the next record is read: the first start found may be the broken record's own, read again in vain
        pendingLocation = name + "@" + Math.max(0, lastGood);
        pending = "corrupt or truncated WARC record " + where + ": " + message(e) + "; ";
        pendingResume = !decompressed ? resume : -1;
      }
      if (resume < 0) {
        sayPending(outcome(resume, unreadable));
        return false;
      }
      resumeAt(resume);
      return true;
    }

    /** Reads on from the record that starts at {@code position}: in the file, or in the stream's kept bytes. */
    private void resumeAt(long position) throws IOException {
      lastResume = position;
      uncounted = null; // its block is left behind with the reader
      if (window != null) {
        window.rewindTo(position);
        reader = listen(new WarcReader(window));
        base = position;
      } else {
        reader.position(position);
      }
    }

    /** Says the broken record waiting to be said, if any, with what became of the records after it. */
    private void sayPending(String outcome) {
      if (pending != null) {
        broken++;
        reportedRecords = records;
        damage.accept(new IngestProblem(pendingLocation, pending + outcome, true));
        pending = null;
      }
    }

    /**
     * The page of the record lost before the one read at {@code at}, where its header names one ("; the record lost, at
     * byte N, was for URI"): a record whose first resumption failed again started there, and its header may be whole
     * though its block is not (a gzip member cut short). Empty where no record was lost there or none is named.
     */
    private String lostPage(long at) throws IOException {
      if (pendingResume <= lastGood || at <= pendingResume) {
        return "";
      }
      String uri = channel != null ? RecordStarts.targetUri(channel, pendingResume, compressed)
          : window != null ? RecordStarts.targetUri(window.keptFrom(pendingResume, RecordStarts.MAX_HEADER_BYTES), compressed) : null;
      return uri == null ? "" : "; the record lost, at byte " + pendingResume + ", was for " + uri;
    }

    /** What became of the records after a broken one: which are lost, and why. */
    private String outcome(long resume, @Nullable IOException unreadable) {
      String read = Counted.of(Math.max(records, taken), "record") + " before it read";
      if (resume >= 0) {
        return "skipped to the next record, at byte " + resume + (decompressed ? " of the decompressed crawl" : "")
            + (window != null && lastGood + 1 < window.oldest() ? " (the bytes before byte " + window.oldest() + " could not be searched again)" : "");
      }
      if (unreadable != null) {
        return "the stream itself cannot be read past there (" + message(unreadable) + "), so every record after it is lost (" + read + ")";
      }
      return "no record starts after it, so nothing more is lost (" + read + ")";
    }

    /**
     * Hands a record read whole to the handler, and reports it if it is broken; false where the crawl is left to a pass
     * that reads it decompressed (its first record runs into the next).
     */
    private boolean take(WarcRecord record) throws IOException {
      sayTrailerWarning();
      long at = base + record.position();
      if (pending != null) {
        sayPending(outcome(at, null) + lostPage(at));
      }
      lastGood = at;
      records++;
      if (records <= taken) {
        return true; // an earlier pass took it
      }
      if (firstRunsIntoTheNext(record)) {
        firstLeft = true;
        readAgain = true; // the pass reading it decompressed names it truncated, as in the crawl uncompressed
        return false;
      }
      // A compressed crawl's record is also named by its number among the crawl's records, a broken place counted as
      // one: jwarc placed the records of a .warc.gz written as one gzip member where its buffer stood, the same for
      // many, before such a crawl was read decompressed after its first record (startsNoMember).
      String location = name + "@" + lastGood + (compressed ? "#" + (records + lostRecords) : "");
      lastLocation = location;
      try {
        // found in the bytes of the crawl as written, which a reader inflating a .warc.gz itself does not see
        long swallowed = reader.compression() != WarcCompression.NONE ? -1
            : channel != null ? RecordStarts.insideBlock(channel, record.position(), record.body().size())
            : window != null ? window.recordStartInside(lastGood, record.body().size()) : -1;
        if (swallowed >= 0) {
          broken++;
          String page = record.headers().first("WARC-Target-URI").map(uri -> " for " + uri).orElse("");
          damage.accept(new IngestProblem(location, "truncated WARC record" + page + ": the record at byte " + swallowed
              + (decompressed ? " of the decompressed crawl" : "") + " starts inside it; skipped to that record", true));
          resumeAt(swallowed);
          return true;
        }
        // counted whatever the handler makes of it: a page refused as too large is passed over as any other record
        uncounted = expanded == ExpandedBytes.UNCOUNTED ? null : record;
        handler.take(record, location);
      } catch (IOException | UncheckedIOException e) {
        passOnAStop(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e);
        broken++;
        reportedRecords = records;
        damage.accept(new IngestProblem(location, "corrupt or truncated WARC record: " + message(e), true));
        // jwarc's next record then fails where this one's unread block left it: the same record, already named (a
        // record claiming more bytes than the file holds was two problems, "after the record at byte N" the second)
        lastReported = lastGood;
      } catch (RuntimeException e) {
        // jwarc reads headers lazily and answers a missing mandatory one (WARC-Date, a bad
        // Content-Type) with NoSuchElementException or IllegalArgumentException: one bad record
        // must not end the crawl, so it is reported like any other corrupt record.
        broken++;
        damage.accept(new IngestProblem(location, "corrupt WARC record: " + e, true));
      }
      return true;
    }
  }

  /**
   * Throws {@code e} on when it is a decompression stopped past its limit (a bomb): the stream under the walk ends
   * there for a reason of Doppel's, not the crawl's damage, and the file or member is named with it as a compressed
   * file that is no crawl is.
   */
  private static void passOnAStop(@Nullable Throwable e) throws IngestException {
    if (ExpandedBytes.isStop(e)) {
      throw (IngestException) e;
    }
  }

  private static String message(Exception e) {
    String message = e.getMessage();
    if (e instanceof EOFException || message == null) {
      return "unexpected end of file";
    }
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
