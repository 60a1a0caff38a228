package org.doppel.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * One read through one crawl, file or stream, each record read whole handed to the walk's handler: where the last good
 * record and the last resumption were, so that a run of bad bytes is reported once and reading never resumes twice at
 * the same place. A pass that meets a .warc.gz written as one gzip stream stops and asks to be read again ({@link
 * #readAgain}); the pass that reads it again decompressed starts where this one left ({@link #again}).
 */
final class RecordPass {
  /** Where a pass starts: the records an earlier pass over the same crawl took, and whether it reads it decompressed. */
  record Start(int taken, int namedBefore, boolean decompressed) {
    /** The first pass over a crawl, which reads it as it is written. */
    static final Start FIRST = new Start(0, -1, false);
  }

  private final String name;
  private final DamageReports reports;
  private final RecordWalk.Handler handler;
  /** Told every byte of the records' blocks. */
  private final BlockCount blocks;
  /** The file, to find the next record in after a broken one; null for a stream, read again from its window. */
  private final @Nullable FileChannel channel;
  /** A stream's kept bytes, to find the next record in after a broken one; null for a file. */
  private final @Nullable ReplayWindow window;
  private WarcReader reader;
  /** Where the reader started in the stream: a reader made after a broken record counts from there. */
  private long base;
  private final boolean compressed;
  private long lastGood = -1; // start of the last record read whole; jwarc reports positions of records read
  private long lastResume = -1;
  private long lastReported = Long.MIN_VALUE;
  private int records; // read so far, the one being taken included
  /** The broken places named so far, each counted as one record in the records' numbers ({@code #N}). */
  private int lostRecords;
  /** A broken record's message, said with where reading resumed. */
  private final PendingBreak pending = new PendingBreak();
  /** jwarc's warnings, a missing trailer held back. */
  private final HeldTrailerWarning warnings;
  /** The records an earlier pass over the same crawl took: read again here, not taken again. */
  private final int taken;
  /** The record count at which an earlier pass named a broken record (-1: none), so it is not named twice. */
  private final int namedBefore;
  /** Whether this pass reads a .warc.gz written as one gzip stream decompressed here: its places are the inflated crawl's. */
  private final boolean decompressed;
  /** Set when the crawl's first record runs into the next in its gzip member: left to the pass that reads it decompressed. */
  private boolean firstLeft;
  /** The record count when this pass last named a broken record. */
  private int reportedRecords = -1;
  /** Set when a one-stream .warc.gz broke and no member follows: {@link RecordWalk#read(java.nio.file.Path)} reads it again. */
  boolean readAgain;

  /**
   * @param channel the crawl's file, or null for a stream
   * @param window the stream's kept bytes, or null for a file
   * @param blocks told every byte of the records' blocks (see {@link BlockCount})
   */
  RecordPass(String name, @Nullable FileChannel channel, WarcReader reader, @Nullable ReplayWindow window, Start start,
      BlockCount blocks, DamageReports reports, RecordWalk.Handler handler) {
    this.name = name;
    this.reports = reports;
    this.handler = handler;
    this.blocks = blocks;
    this.channel = channel;
    this.window = window;
    this.reader = reader;
    this.taken = start.taken();
    this.namedBefore = start.namedBefore();
    this.decompressed = start.decompressed();
    // a pass reading a .warc.gz again reads it decompressed, but its records' places keep their numbers
    this.compressed = reader.compression() != WarcCompression.NONE || decompressed;
    this.warnings = new HeldTrailerWarning(reports, name);
    listen(reader);
  }

  /** The bytes of the records' blocks told so far. */
  BlockCount blocks() {
    return blocks;
  }

  /** The start of the last record read whole (-1: none yet). */
  long lastGood() {
    return lastGood;
  }

  /** The records read so far, the one being taken included. */
  int records() {
    return records;
  }

  /** Where a pass reading the same crawl again, decompressed, starts after this one. */
  Start again() {
    return new Start(tookWhole(), reportedRecords, true);
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
      if (DamageWords.TRAILER_WARNING.equals(message) && channel != null && reader.compression() == WarcCompression.GZIP && lastGood >= 0) {
        warnings.hold(lastGood);
      } else {
        warnings.warn(message);
      }
    });
    return reader;
  }

  /**
   * Whether the record before a failed read claimed more bytes than its gzip member holds, so that jwarc read on into
   * the next member and failed there: the next member's record is then read from its own start, and the wrong length
   * named as one warning (no record was lost; the failed read was no broken record).
   */
  private boolean resumedPastWrongLength() throws IOException {
    // the first record starts the file's first member; a later one starts a member only in a crawl written a member a record
    if (!warnings.isHeldAt(lastGood) || channel == null
        || (lastGood > 0 && !RecordStarts.isMemberStart(channel, lastGood))) {
      return false;
    }
    long next = RecordStarts.nextAfter(channel, lastGood + 1, true);
    if (next < 0 || next <= lastResume) {
      return false;
    }
    warnings.sayPastItsMember(next);
    lastResume = next;
    reader.position(next);
    return true;
  }

  void readAll() throws IOException {
    while (true) {
      Optional<WarcRecord> next;
      try {
        blocks.countRestOfBlock();
        next = reader.next();
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        if (resumedAfter(e)) {
          continue;
        }
        break;
      }
      if (next.isEmpty()) {
        warnings.say();
        sayPending(outcome(-1, null));
        break;
      }
      if (startsNoMember(next.get())) {
        warnings.say();
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
   * Whether {@code record}, the first of a .warc.gz read as written, runs into the second in its gzip member ({@link
   * OneGzipStreamSigns#firstRunsIntoTheNext}): the crawl is then left to a pass that reads it decompressed.
   */
  private boolean firstRunsIntoTheNext(WarcRecord record) throws IOException {
    return !decompressed && taken == 0 && records == 1 && reader.compression() == WarcCompression.GZIP
        && OneGzipStreamSigns.firstRunsIntoTheNext(record, channel, window);
  }

  /**
   * Whether {@code record}, the second of a .warc.gz, starts no gzip member ({@link
   * OneGzipStreamSigns#secondStartsNoMember}): {@link RecordWalk#read(java.nio.file.Path, org.doppel.ingest.ExpandedBytes)}
   * then reads the records after the first decompressed, as it reads them again after a break: every place in the
   * file's messages is one in the inflated crawl (the first record's, byte 0, is the same in both).
   */
  private boolean startsNoMember(WarcRecord record) throws IOException {
    return taken == 0 && records == 1 && reader.compression() == WarcCompression.GZIP
        && OneGzipStreamSigns.secondStartsNoMember(record, base, channel, window);
  }

  /** Reports a record jwarc cannot read (once for a run of them) and moves to the next record start; false at the end. */
  private boolean resumedAfter(Exception e) throws IOException {
    ReadFailures.passOnAStop(e);
    if (resumedPastWrongLength()) {
      return true;
    }
    warnings.say();
    long from = Math.max(lastGood + 1, lastResume + 1);
    long resume = -1;
    IOException unreadable = window == null ? null : window.failure();
    if (window != null && unreadable == null) {
      resume = window.nextStart(from, reader.compression() == WarcCompression.GZIP);
      unreadable = window.failure();
      ReadFailures.passOnAStop(unreadable);
      if (resume < 0 && unreadable == null && reader.compression() == WarcCompression.GZIP && !decompressed && taken == 0
          && records == 1 && lastResume < 0 && window.oldest() == 0) {
        // broken after its first record, and no gzip member starts in the whole stream after its first byte: one gzip
        // stream whose second record could not show it (startsNoMember); a crawl a member a record whose second member
        // is cut starts one there. Read again decompressed from the first byte, still in the window
        readAgain = true;
        pending.drop();
        return false;
      }
    } else if (channel != null) {
      resume = RecordStarts.nextAfter(channel, from, compressed);
      if (resume < 0 && reader.compression() == WarcCompression.GZIP && !RecordStarts.isMemberStart(channel, lastGood)) {
        // one gzip stream (the last good record starts no member): read again; a record a member whose last member is
        // cut (a crawl written part-way) has nothing more to give, and is not read twice
        readAgain = true; // said by the pass that reads it again, which knows what it could read
        pending.drop();
        return false;
      }
    }
    if (lastGood != lastReported && records >= taken && records != namedBefore) {
      lastReported = lastGood;
      lostRecords++; // the records after it keep their numbers in the crawl, as after a record named truncated
      // said once the next record is read: the first start found may be the broken record's own, read again in vain
      pending.hold(name + "@" + Math.max(0, lastGood), "corrupt or truncated WARC record "
          + DamageWords.where(lastGood, decompressed, window != null) + ": " + ReadFailures.message(e) + "; ", !decompressed ? resume : -1);
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
    blocks.leaveBehind(); // its block is left behind with the reader
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
    if (pending.isHeld()) {
      reportedRecords = records;
      pending.sayTo(reports, outcome);
    }
  }

  /**
   * The page of the record lost before the one read at {@code at}, where its header names one ("; the record lost, at
   * byte N, was for URI"): a record whose first resumption failed again started there, and its header may be whole
   * though its block is not (a gzip member cut short). Empty where no record was lost there or none is named.
   */
  private String lostPage(long at) throws IOException {
    long lost = pending.resume();
    if (lost <= lastGood || at <= lost) {
      return "";
    }
    String uri = channel != null ? RecordStarts.targetUri(channel, lost, compressed)
        : window != null ? RecordStarts.targetUri(window.keptFrom(lost, RecordStarts.MAX_HEADER_BYTES), compressed) : null;
    return DamageWords.lostPage(lost, uri);
  }

  /** What became of the records after a broken one, resumed at {@code resume} (-1: nowhere): which are lost, and why. */
  private String outcome(long resume, @Nullable IOException unreadable) {
    long unsearchedBefore = window != null && lastGood + 1 < window.oldest() ? window.oldest() : -1;
    return DamageWords.outcome(resume, decompressed, unsearchedBefore, unreadable, Math.max(records, taken));
  }

  /**
   * Hands a record read whole to the handler, and reports it if it is broken; false where the crawl is left to a pass
   * that reads it decompressed (its first record runs into the next).
   */
  private boolean take(WarcRecord record) throws IOException {
    warnings.say();
    long at = base + record.position();
    if (pending.isHeld()) {
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
    warnings.lastRecordAt(location);
    try {
      // found in the bytes of the crawl as written, which a reader inflating a .warc.gz itself does not see
      long swallowed = reader.compression() != WarcCompression.NONE ? -1
          : channel != null ? RecordStarts.insideBlock(channel, record.position(), record.body().size())
          : window != null ? window.recordStartInside(lastGood, record.body().size()) : -1;
      if (swallowed >= 0) {
        String page = record.headers().first("WARC-Target-URI").map(uri -> " for " + uri).orElse("");
        reports.brokenRecord(location, DamageWords.runsIntoTheNext(page, swallowed, decompressed));
        resumeAt(swallowed);
        return true;
      }
      blocks.handingOver(record);
      handler.take(record, location);
    } catch (IOException | UncheckedIOException e) {
      ReadFailures.passOnAStop(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e);
      reportedRecords = records;
      reports.brokenRecord(location, "corrupt or truncated WARC record: " + ReadFailures.message(e));
      // jwarc's next record then fails where this one's unread block left it: the same record, already named (a
      // record claiming more bytes than the file holds was two problems, "after the record at byte N" the second)
      lastReported = lastGood;
    } catch (RuntimeException e) {
      // jwarc reads headers lazily and answers a missing mandatory one (WARC-Date, a bad
      // Content-Type) with NoSuchElementException or IllegalArgumentException: one bad record
      // must not end the crawl, so it is reported like any other corrupt record.
      reports.brokenRecord(location, "corrupt WARC record: " + e);
    }
    return true;
  }
}
