package org.doppel.ingest;

import java.io.InputStream;

/**
 * Counts the compressed bytes read for one file or archive and the bytes they expanded to, and stops the reading
 * with an {@link IngestException} once the expansion is past its {@link ExpansionLimit}: one guard counts every member
 * of an archive, so a bomb spread over many members (or one zip member's data shared by many entries) is stopped as
 * surely as one member.
 */
final class ExpansionGuard {
  /** How the message of a stopped expansion starts, so that a member's reader passes it on to stop the archive. */
  static final String STOPPED = "stopped: ";
  private final ExpansionLimit limit;
  private long compressed;
  private long expanded;
  private boolean stopped;

  ExpansionGuard(ExpansionLimit limit) {
    this.limit = limit;
  }

  /**
   * Counts compressed bytes: those {@link #compressed} reads, and those known without reading them (a zip file's size:
   * its members are read by offset).
   */
  void addCompressed(long bytes) {
    compressed += bytes;
  }

  /** {@code raw}, counting what is read from it as compressed bytes. */
  InputStream compressed(InputStream raw) {
    return new CountedStream(raw, this::addCompressed);
  }

  /** {@code decompressed}, counting what is read from it as expanded bytes and stopping past the limit. */
  InputStream expanded(InputStream decompressed) {
    return new CountedStream(decompressed, this::addExpanded);
  }

  /** Counts expanded bytes, stopping past the limit: those {@link #expanded} reads, and those a reader expands itself. */
  void addExpanded(long bytes) throws IngestException {
    expanded += bytes;
    if (limit.exceededBy(expanded, compressed)) {
      stopped = true;
      throw new IngestException(STOPPED + compressed + " compressed bytes expanded to over " + expanded
          + " bytes, more than " + formatRatio(limit.ratio()) + " times (a decompression bomb, or a file to decompress and "
          + "split by hand); what was read before it is kept");
    }
  }

  /** Whether this guard stopped a reading (not another guard of the same reading). */
  boolean stopped() {
    return stopped;
  }

  private static String formatRatio(double ratio) {
    return ratio == Math.rint(ratio) ? Long.toString((long) ratio) : Double.toString(ratio);
  }
}
