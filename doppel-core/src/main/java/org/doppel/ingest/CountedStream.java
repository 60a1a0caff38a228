package org.doppel.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that tells a {@link Count} how many bytes each read and skip took from the stream under it: the compressed
 * and expanded bytes an {@link ExpansionGuard} weighs, the compressed bytes {@link Compression} names the place of
 * damage by. Mark and reset are refused: a reset would count the bytes read again twice (a reader that needs a mark
 * buffers above this stream, and counts what it buffers).
 */
final class CountedStream extends FilterInputStream {
  /** Where the bytes go; it may stop the reading by throwing (an expansion past its limit). */
  @FunctionalInterface
  interface Count {
    void add(long bytes) throws IOException;
  }

  private final Count count;

  CountedStream(InputStream in, Count count) {
    super(in);
    this.count = count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count.add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      count.add(read);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      count.add(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void mark(int readLimit) {
    // refused: markSupported says so
  }

  @Override
  public void reset() throws IOException {
    throw new IOException("mark/reset not supported: a reset would count bytes twice");
  }
}
