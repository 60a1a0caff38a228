package org.doppel.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A Zstandard file's compressed bytes, read once by {@link ZstdFrames} and the frame it reads ({@link ZstdFrameBytes}),
 * with the offset in the file of the next byte: where each frame starts, and where a lost one was, in messages.
 */
final class ZstdSource {
  /** A Zstandard data frame's magic number, as stored (RFC 8878, 3.1.1). */
  static final byte[] MAGIC_BYTES = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

  private final InputStream raw;
  /** Compressed bytes read from {@link #raw} so far, where it starts in the file counted in. */
  private long offset;

  ZstdSource(InputStream raw, long offset) {
    this.raw = raw;
    this.offset = offset;
  }

  /** The offset in the file of the next byte to read. */
  long offset() {
    return offset;
  }

  /** Up to {@code n} bytes, fewer only at the end of the file. */
  byte[] readNBytes(int n) throws IOException {
    byte[] bytes = raw.readNBytes(n);
    offset += bytes.length;
    return bytes;
  }

  /** Reads up to {@code count} bytes into {@code buffer}, as {@link InputStream#read(byte[], int, int)}. */
  int read(byte[] buffer, int at, int count) throws IOException {
    int read = raw.read(buffer, at, count);
    if (read > 0) {
      offset += read;
    }
    return read;
  }

  /** Skips up to {@code n} bytes; how many it skipped (fewer at the end of the file). */
  long skip(long n) throws IOException {
    long left = n;
    byte[] sink = new byte[1 << 13];
    while (left > 0) {
      int read = raw.read(sink, 0, (int) Math.min(sink.length, left));
      if (read < 0) {
        break;
      }
      left -= read;
    }
    offset += n - left;
    return n - left;
  }

  /** Reads on to the next frame magic; true when found (its four bytes read), false at the end. */
  boolean findMagic() throws IOException {
    int matched = 0;
    while (true) {
      int b = raw.read();
      if (b < 0) {
        return false;
      }
      offset++;
      if (b == (MAGIC_BYTES[matched] & 0xff)) {
        matched++;
        if (matched == 4) {
          return true;
        }
      } else {
        matched = b == (MAGIC_BYTES[0] & 0xff) ? 1 : 0;
      }
    }
  }

  void close() throws IOException {
    raw.close();
  }
}
