package org.doppel.ingest;

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
   * Whether {@code e} is an expansion stopped past its limit: it ends the reading of its file or member, and a reader
   * that names damage and reads on (a crawl's walk) passes it on rather than name it as damage.
   */
  static boolean isStop(@Nullable Throwable e) {
    return e instanceof IngestException && e.getMessage() != null && e.getMessage().startsWith(ExpansionGuard.STOPPED);
  }
}
