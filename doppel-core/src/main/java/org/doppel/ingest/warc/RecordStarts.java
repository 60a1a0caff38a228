package org.doppel.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where the next WARC record starts after a broken one, so one bad record costs only itself: in
 * a record-per-member WARC.gz the next gzip header (1f 8b 08), in a plain WARC the next line that
 * starts with {@code WARC/1.}.
 */
final class RecordStarts {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = {'\n', 'W', 'A', 'R', 'C', '/', '1', '.'};

  private RecordStarts() {}

  /** The offset of the next record start at or after {@code from}, or -1 when there is none. */
  static long nextAfter(FileChannel channel, long from, boolean compressed) throws IOException {
    byte[] marker = compressed ? GZIP : WARC;
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long base = Math.max(0, from - (compressed ? 0 : 1));
    while (base < channel.size()) {
      buffer.clear();
      int read = channel.read(buffer, base);
      if (read <= 0) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i + marker.length <= read; i++) {
        if (matches(bytes, i, marker)) {
          return compressed ? base + i : base + i + 1;
        }
      }
      if (read < marker.length) {
        return -1;
      }
      base += read - marker.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, byte[] marker) {
    for (int j = 0; j < marker.length; j++) {
      if (bytes[at + j] != marker[j]) {
        return false;
      }
    }
    return true;
  }
}
