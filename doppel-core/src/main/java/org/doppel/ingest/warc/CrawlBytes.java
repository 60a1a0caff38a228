package org.doppel.ingest.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.jspecify.annotations.Nullable;

/**
 * Where a pass looks again at a crawl's bytes, to find the next record start after a break, a record started inside
 * another's block, or the page a lost record was for: the crawl's file, sought in ({@link InFile}), or the bytes a stream
 * kept ({@link Kept}). Each method is one place where a pass chose between the two.
 */
sealed interface CrawlBytes {
  /** A crawl read from its file: every byte can be read again. */
  record InFile(FileChannel channel) implements CrawlBytes {
    @Override
    public NextStart nextStart(long from, boolean gzip, boolean compressed, long lastGood, boolean firstBreakAfterFirst)
        throws IOException {
      long resume = RecordStarts.nextAfter(channel, from, compressed);
      // one gzip stream (the last good record starts no member): read again; a record a member whose last member is
      // cut (a crawl written part-way) has nothing more to give, and is not read twice
      boolean again = resume < 0 && gzip && !RecordStarts.isMemberStart(channel, lastGood);
      return new NextStart(resume, null, again);
    }

    @Override
    public long startInside(long recordStart, long contentLength) throws IOException {
      return RecordStarts.insideBlock(channel, recordStart, contentLength);
    }

    @Override
    public @Nullable String targetUri(long start, boolean compressed) throws IOException {
      return RecordStarts.targetUri(channel, start, compressed);
    }

    @Override
    public byte[] fromStart(int count) throws IOException {
      return RecordStarts.storedFromStart(channel, count);
    }

    @Override
    public boolean secondStartsNoMember(long at) throws IOException {
      return !RecordStarts.isMemberStart(channel, at);
    }

    @Override
    public long unsearchedBefore(long lastGood) {
      return -1;
    }
  }

  /** A crawl read as a stream: only the bytes its {@link ReplayWindow} still keeps can be read again. */
  record Kept(ReplayWindow window) implements CrawlBytes {
    @Override
    public NextStart nextStart(long from, boolean gzip, boolean compressed, long lastGood, boolean firstBreakAfterFirst)
        throws IOException {
      IOException unreadable = window.failure();
      if (unreadable != null) {
        return new NextStart(-1, unreadable, false);
      }
      long resume = window.nextStart(from, gzip);
      unreadable = window.failure();
      ReadFailures.passOnAStop(unreadable);
      // broken after its first record, and no gzip member starts in the whole stream after its first byte: one gzip
      // stream whose second record could not show it (startsNoMember); a crawl a member a record whose second member
      // is cut starts one there. Read again decompressed from the first byte, still in the window
      boolean again = resume < 0 && unreadable == null && gzip && firstBreakAfterFirst && window.oldest() == 0;
      return new NextStart(resume, unreadable, again);
    }

    @Override
    public long startInside(long recordStart, long contentLength) {
      return window.recordStartInside(recordStart, contentLength);
    }

    @Override
    public @Nullable String targetUri(long start, boolean compressed) {
      return RecordStarts.targetUri(window.keptFrom(start, RecordStarts.MAX_HEADER_BYTES), compressed);
    }

    @Override
    public byte[] fromStart(int count) {
      return window.fromStart(count);
    }

    @Override
    public boolean secondStartsNoMember(long at) {
      // a stream is read again from the window's first byte, which the first record's member must not have left
      return window.oldest() == 0 && !window.isMemberStart(at);
    }

    @Override
    public long unsearchedBefore(long lastGood) {
      return lastGood + 1 < window.oldest() ? window.oldest() : -1;
    }
  }

  /**
   * What the search after a break found: where reading resumes ({@code at}, -1: nowhere), what made the stream
   * unreadable past there (null: nothing), or that the crawl is one gzip stream, to be read again decompressed.
   */
  record NextStart(long at, @Nullable IOException unreadable, boolean readAgain) {}

  /**
   * The first record start at or after {@code from}, after a break in a crawl compressed as {@code gzip} (a .warc.gz
   * read as written) or {@code compressed} (its places those of gzip members), whose last record read whole started at
   * {@code lastGood}; {@code firstBreakAfterFirst}: the first break of a first pass, right after the crawl's first record.
   */
  NextStart nextStart(long from, boolean gzip, boolean compressed, long lastGood, boolean firstBreakAfterFirst) throws IOException;

  /**
   * A record start inside the block of the record at {@code recordStart}, claiming {@code contentLength} bytes (-1:
   * none): the record runs into the next.
   */
  long startInside(long recordStart, long contentLength) throws IOException;

  /** The page named by the header of the record at {@code start}, where it can be read; else null. */
  @Nullable String targetUri(long start, boolean compressed) throws IOException;

  /** The crawl's first {@code count} stored bytes (fewer where it is shorter, none where a stream no longer keeps them). */
  byte[] fromStart(int count) throws IOException;

  /** Whether the record at {@code at}, the second of a .warc.gz, starts no gzip member (see {@link OneGzipStreamSigns}). */
  boolean secondStartsNoMember(long at) throws IOException;

  /** The first byte still kept, where bytes after the record read whole at {@code lastGood} were dropped (-1: none). */
  long unsearchedBefore(long lastGood);
}
