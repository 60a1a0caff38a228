package org.doppel.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
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

  ExpansionGuard(ExpansionLimit limit) {
    this.limit = limit;
  }

  /** Counts compressed bytes known without reading them (a zip file's size: its members are read by offset). */
  void addCompressed(long bytes) {
    compressed += bytes;
  }

  /** {@code raw}, counting what is read from it as compressed bytes. */
  InputStream compressed(InputStream raw) {
    return new Counting(raw, false);
  }

  /** {@code decompressed}, counting what is read from it as expanded bytes and stopping past the limit. */
  InputStream expanded(InputStream decompressed) {
    return new Counting(decompressed, true);
  }

  private void count(long bytes, boolean isExpanded) throws IngestException {
    if (!isExpanded) {
      compressed += bytes;
      return;
    }
    expanded += bytes;
    if (limit.exceededBy(expanded, compressed)) {
      throw new IngestException(STOPPED + compressed + " compressed bytes expanded to over " + expanded
          + " bytes, more than " + formatRatio(limit.ratio()) + " times (a decompression bomb, or a file to decompress and "
          + "split by hand); the documents before were read");
    }
  }

  private static String formatRatio(double ratio) {
    return ratio == Math.rint(ratio) ? Long.toString((long) ratio) : Double.toString(ratio);
  }

  private final class Counting extends FilterInputStream {
    private final boolean isExpanded;

    Counting(InputStream in, boolean isExpanded) {
      super(in);
      this.isExpanded = isExpanded;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1, isExpanded);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count(read, isExpanded);
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      if (skipped > 0) {
        count(skipped, isExpanded);
      }
      return skipped;
    }
  }
}
