package org.doppel.ingest;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Told the bytes a reader expands itself, where no stream of Doppel's sees them: a gzip crawl inside an archive is
 * handed to the crawl's walk as stored, and jwarc inflates it member by member. An {@link ExpansionGuard} behind it
 * stops the reading by throwing once the expansion is past its limit, as it stops a stream it decompresses.
 */
@FunctionalInterface
public interface ExpandedBytes {
  /** For a reader whose expansion another stream already counts, or that expands nothing. */
  ExpandedBytes UNCOUNTED = bytes -> { };

  void add(long bytes) throws IngestException;

  /**
   * {@code inflated}, telling this every byte read from it past its first {@code toldBefore}: a stream a reader inflates
   * again from its start (a .warc.gz of one gzip stream, read again after damage) holds first the bytes an earlier
   * reading told, which are not told twice, then bytes no reading told yet, the search for a record start after a
   * break included.
   */
  default InputStream tellingPast(InputStream inflated, long toldBefore) {
    long[] read = {0};
    return new CountedStream(inflated, bytes -> {
      long fresh = Math.min(bytes, read[0] + bytes - toldBefore);
      read[0] += bytes;
      if (fresh > 0) {
        add(fresh);
      }
    });
  }

  /**
   * Whether {@code e} is an expansion stopped past its limit: it ends the reading of its file or member, and a reader
   * that names damage and reads on (a crawl's walk) passes it on rather than name it as damage.
   */
  static boolean isStop(@Nullable Throwable e) {
    return e instanceof IngestException && e.getMessage() != null && e.getMessage().startsWith(ExpansionGuard.STOPPED);
  }
}
