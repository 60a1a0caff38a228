package org.doppel.ingest.warc;

import java.io.IOException;
import org.doppel.ingest.Counted;
import org.jspecify.annotations.Nullable;

/**
 * The words of a walk's messages about a broken record: where it was, what became of the records after it, and the page
 * a record lost was for. Only words: which record is broken, and where reading resumes, the pass decides.
 */
final class DamageWords {
  /** jwarc's words for a record whose block is not followed by its two line ends. */
  static final String TRAILER_WARNING = "invalid record trailer";

  private DamageWords() {}

  /**
   * Where a broken record was: after the last record read whole, which started at byte {@code lastGood} (-1: none), in
   * a crawl read decompressed or not, from a stream or a file.
   */
  static String where(long lastGood, boolean decompressed, boolean stream) {
    return lastGood < 0 ? "at the start of the " + (decompressed ? "decompressed crawl" : stream ? "stream" : "file")
        : "after the record at byte " + lastGood + (decompressed ? " of the decompressed crawl" : "");
  }

  /**
   * What became of the records after a broken one: which are lost, and why.
   *
   * @param resume where reading resumed (-1: nowhere)
   * @param unsearchedBefore the first byte a stream's kept bytes still held, where bytes after the last good record
   *     had left them (-1: none left)
   * @param unreadable what the stream threw, where it cannot be read past there (null: nothing)
   * @param recordsRead the records read before the broken one
   */
  static String outcome(long resume, boolean decompressed, long unsearchedBefore, @Nullable IOException unreadable, int recordsRead) {
    String read = Counted.of(recordsRead, "record") + " before it read";
    if (resume >= 0) {
      return "skipped to the next record, at byte " + resume + (decompressed ? " of the decompressed crawl" : "")
          + (unsearchedBefore >= 0 ? " (the bytes before byte " + unsearchedBefore + " could not be searched again)" : "");
    }
    if (unreadable != null) {
      return "the stream itself cannot be read past there (" + ReadFailures.message(unreadable) + "), so every record after it is lost (" + read + ")";
    }
    return "no record starts after it, so nothing more is lost (" + read + ")";
  }

  /** The page of a record lost at byte {@code at}, said after what became of it; empty where its header names none. */
  static String lostPage(long at, @Nullable String uri) {
    return uri == null ? "" : "; the record lost, at byte " + at + ", was for " + uri;
  }

  /** A record whose Content-Length runs past where the record at byte {@code swallowed} starts, read from there. */
  static String runsIntoTheNext(String page, long swallowed, boolean decompressed) {
    return "truncated WARC record" + page + ": the record at byte " + swallowed
        + (decompressed ? " of the decompressed crawl" : "") + " starts inside it; skipped to that record";
  }

  /** A record whose Content-Length runs past its gzip member into the record at byte {@code next}, which is read again. */
  static String pastItsMember(long next) {
    return "the record's Content-Length runs past its gzip member into the record at byte " + next + " ("
        + TRAILER_WARNING + "): it was read with the first bytes of the record at byte "
        + next + " after its own, and that record read again from its start";
  }

  /** A .warc.gz of one gzip stream that cannot be read again decompressed, after {@code records} records read. */
  static String unreadableAgain(int records, Exception e) {
    return "corrupt or truncated WARC record "
        + (records == 0 ? "at the start of the file" : "after " + Counted.of(records, "record"))
        + ": the gzip stream cannot be read past there (" + ReadFailures.message(e) + "), so every record after it is lost";
  }
}
