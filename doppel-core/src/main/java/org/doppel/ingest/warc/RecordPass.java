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
  /** The crawl's file, or a stream's kept bytes: where the next record is found after a broken one. */
  private final CrawlBytes bytes;
  private WarcReader reader;
  private final boolean compressed;
  // The pass's four places in the crawl, kept as fields rather than a record: each is set at its own step of the walk
  // (a new reader, a record taken, a resumption, a report), and a record would be rebuilt at each.
  /** Where the reader started in the stream: a reader made after a broken record counts from there. */
  private long base;
  /** The start of the last record read whole (-1: none yet); jwarc reports positions of records read. */
  private long lastGood = -1;
  /** Where reading last resumed (-1: never): the search for the next record starts past it, so never resumes there twice. */
  private long lastResume = -1;
  /** The {@link #lastGood} after which a break was last named: a run of bad bytes after one record is named once. */
  private long lastReported = Long.MIN_VALUE;
  /** The records read, taken by an earlier pass, and named broken: their numbers. */
  private final RecordNumbers numbers;
  /** A broken record's message, said with where reading resumed. */
  private final PendingBreak pending = new PendingBreak();
  /** jwarc's warnings, a missing trailer held back. */
  private final HeldTrailerWarning warnings;
  /** Whether this pass reads a .warc.gz written as one gzip stream decompressed here: its places are the inflated crawl's. */
  private final boolean decompressed;
  /** Set when a one-stream .warc.gz broke and no member follows: {@link RecordWalk#read(java.nio.file.Path)} reads it again. */
  boolean readAgain;

  /**
   * @param bytes the crawl's file, or a stream's kept bytes
   * @param blocks told every byte of the records' blocks (see {@link BlockCount})
   */
  RecordPass(String name, CrawlBytes bytes, WarcReader reader, Start start, BlockCount blocks, DamageReports reports,
      RecordWalk.Handler handler) {
    this.name = name;
    this.reports = reports;
    this.handler = handler;
    this.blocks = blocks;
    this.bytes = bytes;
    this.reader = reader;
    this.numbers = new RecordNumbers(start);
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
    return numbers.records();
  }

  /** Where a pass reading the same crawl again, decompressed, starts after this one. */
  Start again() {
    return new Start(numbers.tookWhole(), numbers.reportedRecords(), true);
  }

  /**
   * Has {@code reader}'s warnings said as the last record's, but for a record an earlier pass took (it said them), and
   * notes a missing trailer in a crawl a member a record.
   */
  private WarcReader listen(WarcReader reader) {
    reader.onWarning(message -> {
      if (numbers.warnedBefore()) {
        // about a record an earlier pass over the crawl took and warned about, with its place, before it broke
        return;
      }
      if (DamageWords.TRAILER_WARNING.equals(message) && bytes instanceof CrawlBytes.InFile && reader.compression() == WarcCompression.GZIP && lastGood >= 0) {
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
    if (!warnings.isHeldAt(lastGood) || !(bytes instanceof CrawlBytes.InFile(FileChannel channel))
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

  /**
   * Whether {@code record}, the first of a .warc.gz read as written, runs into the second in its gzip member ({@link
   * OneGzipStreamSigns#firstRunsIntoTheNext}): the crawl is then left to a pass that reads it decompressed.
   */
  private boolean firstRunsIntoTheNext(WarcRecord record) throws IOException {
    return !decompressed && numbers.atFirstOfFirstPass() && reader.compression() == WarcCompression.GZIP
        && OneGzipStreamSigns.firstRunsIntoTheNext(record, bytes);
  }

  /**
   * Whether {@code record}, the second of a .warc.gz, starts no gzip member ({@link
   * OneGzipStreamSigns#secondStartsNoMember}): {@link RecordWalk#read(java.nio.file.Path, org.doppel.ingest.ExpandedBytes)}
   * then reads the records after the first decompressed, as it reads them again after a break: every place in the
   * file's messages is one in the inflated crawl (the first record's, byte 0, is the same in both).
   */
  private boolean startsNoMember(WarcRecord record) throws IOException {
    return numbers.atFirstOfFirstPass() && reader.compression() == WarcCompression.GZIP
        && OneGzipStreamSigns.secondStartsNoMember(record, base, bytes);
  }

  /** Reports a record jwarc cannot read (once for a run of them) and moves to the next record start; false at the end. */
  private boolean resumedAfter(Exception e) throws IOException {
    ReadFailures.passOnAStop(e);
    if (resumedPastWrongLength()) {
      return true;
    }
    warnings.say();
    long from = Math.max(lastGood + 1, lastResume + 1);
    CrawlBytes.NextStart next = bytes.nextStart(from, reader.compression() == WarcCompression.GZIP, compressed, lastGood,
        !decompressed && numbers.atFirstOfFirstPass() && lastResume < 0);
    if (next.readAgain()) {
      readAgain = true; // said by the pass that reads it again, which knows what it could read
      pending.drop();
      return false;
    }
    long resume = next.at();
    if (lastGood != lastReported && numbers.mayName()) {
      lastReported = lastGood;
      numbers.lost();
      // said once the next record is read: the first start found may be the broken record's own, read again in vain
      pending.hold(name + "@" + Math.max(0, lastGood), "corrupt or truncated WARC record "
          + DamageWords.where(lastGood, decompressed, bytes instanceof CrawlBytes.Kept) + ": " + ReadFailures.message(e) + "; ", !decompressed ? resume : -1);
    }
    if (resume < 0) {
      sayPending(outcome(resume, next.unreadable()));
      return false;
    }
    resumeAt(resume);
    return true;
  }

  /** Reads on from the record that starts at {@code position}: in the file, or in the stream's kept bytes. */
  private void resumeAt(long position) throws IOException {
    lastResume = position;
    blocks.leaveBehind(); // its block is left behind with the reader
    if (bytes instanceof CrawlBytes.Kept(ReplayWindow window)) {
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
      numbers.named();
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
    return DamageWords.lostPage(lost, bytes.targetUri(lost, compressed));
  }

  /** What became of the records after a broken one, resumed at {@code resume} (-1: nowhere): which are lost, and why. */
  private String outcome(long resume, @Nullable IOException unreadable) {
    return DamageWords.outcome(resume, decompressed, bytes.unsearchedBefore(lastGood), unreadable, numbers.seen());
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
    if (numbers.countTakenBefore()) {
      return true; // an earlier pass took it
    }
    if (firstRunsIntoTheNext(record)) {
      numbers.leaveFirst();
      readAgain = true; // the pass reading it decompressed names it truncated, as in the crawl uncompressed
      return false;
    }
    // A compressed crawl's record is also named by its number among the crawl's records, a broken place counted as
    // one: jwarc placed the records of a .warc.gz written as one gzip member where its buffer stood, the same for
    // many, before such a crawl was read decompressed after its first record (startsNoMember).
    String location = name + "@" + lastGood + (compressed ? "#" + numbers.number() : "");
    warnings.lastRecordAt(location);
    handOver(record, location);
    return true;
  }

  /**
   * Hands {@code record}, named {@code location}, to the handler, unless another record starts inside its block
   * (reading resumes there); a record that fails to be read is named broken, and the pass goes on.
   */
  private void handOver(WarcRecord record, String location) throws IOException {
    try {
      // found in the bytes of the crawl as written, which a reader inflating a .warc.gz itself does not see
      // (lastGood is the record's place: a file's reader starts at byte 0)
      long swallowed = reader.compression() != WarcCompression.NONE ? -1 : bytes.startInside(lastGood, record.body().size());
      if (swallowed >= 0) {
        String page = record.headers().first("WARC-Target-URI").map(uri -> " for " + uri).orElse("");
        reports.brokenRecord(location, DamageWords.runsIntoTheNext(page, swallowed, decompressed));
        resumeAt(swallowed);
        return;
      }
      blocks.handingOver(record);
      handler.take(record, location);
    } catch (IOException | UncheckedIOException e) {
      ReadFailures.passOnAStop(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e);
      numbers.named();
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
  }
}
