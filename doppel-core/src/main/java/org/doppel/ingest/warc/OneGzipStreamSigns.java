package org.doppel.ingest.warc;

import java.io.IOException;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The signs, in the first two records of a .warc.gz, that it was written as one gzip stream and not a gzip member a
 * record: jwarc places a record of such a crawl where its buffer stands, not where the record starts, so the walk reads
 * it decompressed after its first record. Looked for in the crawl's file or in a stream's kept bytes.
 */
final class OneGzipStreamSigns {
  private OneGzipStreamSigns() {}

  /**
   * Whether {@code record}, the first of a .warc.gz, claims a block in which another record starts in its gzip member: a
   * crawl written as one gzip stream whose first record runs into the second. jwarc would read it with the second's
   * first bytes, and the walk cannot yet tell the crawl is one stream (the sign is the second record's start); the
   * member is inflated here up to the block's end (no further than a stream's window) and looked over, as a record of
   * an uncompressed crawl is.
   */
  static boolean firstRunsIntoTheNext(WarcRecord record, CrawlBytes bytes) throws IOException {
    long wanted = RecordStarts.MAX_HEADER_BYTES + record.body().size();
    if (wanted > ReplayWindow.WINDOW) {
      return false;
    }
    int count = (int) wanted + (1 << 16); // stored bytes enough for the inflated ones: gzip adds a few bytes a block at worst
    return RecordStarts.insideFirstMembersBlock(bytes.fromStart(count), record.body().size()) >= 0;
  }

  /**
   * Whether {@code record}, the second of a .warc.gz, starts no gzip member: the crawl is one gzip stream, where a
   * record whose Content-Length runs into the next cannot be found by its offsets in the file. {@code base} is where
   * the stream's reader started.
   */
  static boolean secondStartsNoMember(WarcRecord record, long base, CrawlBytes bytes) throws IOException {
    return bytes.secondStartsNoMember(base + record.position()); // a file's reader starts at byte 0: its base is 0
  }
}
