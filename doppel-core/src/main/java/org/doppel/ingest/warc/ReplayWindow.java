package org.doppel.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A stream that keeps the last bytes it gave (up to {@link #WINDOW} of them), so that a WARC read from a stream (an
 * archive's member, a .warc.bz2 decompressed on the fly) can go back after a broken record: the next record start is
 * looked for in the bytes since the last good record and then further on ({@link #nextStart}), and the stream read
 * again from there ({@link #rewindTo}). Bytes that have left the window, and those a search passes over, cannot be
 * read again. Positions count from the stream's start.
 */
final class ReplayWindow extends InputStream {
  /** Bytes kept behind the reading point: more than a page Doppel reads (8 MB) and a crawler's record header. */
  static final int WINDOW = 16 << 20;
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] VERSION = {'W', 'A', 'R', 'C', '/', '1', '.'};

  private final InputStream in;
  private byte[] kept = new byte[1 << 16];
  private int length; // bytes in kept
  private long start; // stream position of kept[0]
  private int at; // reading point, an index into kept
  private boolean ended;
  private @Nullable IOException failure; // what the underlying stream threw, once: nothing after it can be read
  /**
   * What the underlying stream threw while bytes were read ahead of the reading point ({@link #holds}): the bytes
   * before it are kept and read, and it becomes the {@link #failure} only when the reading point reaches it.
   */
  private @Nullable IOException failureAhead;

  ReplayWindow(InputStream in) {
    this.in = in;
  }

  /** The stream position of the next byte read. */
  long position() {
    return start + at;
  }

  /** The first position that can still be read again. */
  long oldest() {
    return start;
  }

  /** What the underlying stream threw (a gzip or bzip2 stream corrupt past repair), or null: then nothing after it can be read. */
  @Nullable IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    if (at == length && pull(count) <= 0) {
      return -1;
    }
    int n = Math.min(count, length - at);
    System.arraycopy(kept, at, buffer, offset, n);
    at += n;
    return n;
  }

  /** Reads up to {@code count} more bytes of the underlying stream into the window; -1 at its end. */
  private int pull(int count) throws IOException {
    if (ended) {
      return -1;
    }
    if (failure == null && failureAhead != null) {
      failure = failureAhead;
    }
    if (failure != null) {
      throw failure;
    }
    if (length + count > kept.length) {
      if (length + count <= WINDOW) {
        kept = Arrays.copyOf(kept, Math.min(WINDOW, Math.max(kept.length * 2, length + count)));
      } else {
        // keep the newest bytes, the reading point's at least
        int drop = Math.min(at, length + count - WINDOW);
        System.arraycopy(kept, drop, kept, 0, length - drop);
        length -= drop;
        at -= drop;
        start += drop;
        if (length + count > kept.length) {
          kept = Arrays.copyOf(kept, length + count);
        }
      }
    }
    int read;
    try {
      read = in.read(kept, length, count);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (read < 0) {
      ended = true;
      return -1;
    }
    length += read;
    return read;
  }

  /**
   * The position of the first record start at or after {@code from} (a gzip member's header when {@code gzip}, else a
   * {@code WARC/1.0} or {@code WARC/1.1} line and a header field), read on as far as it takes; -1 when the stream ends
   * (or fails) first. The reading point moves to where the search stopped.
   */
  long nextStart(long from, boolean gzip) {
    at = (int) Math.max(0, Math.min(length, from - start));
    byte[] marker = gzip ? GZIP : VERSION;
    int tail = gzip ? GZIP.length : 64;
    while (true) {
      while (at + tail <= length || ended && at + marker.length <= length) {
        if (matches(at, marker) && (gzip || isVersionAndHeader(at))) {
          return start + at;
        }
        at++;
      }
      if (ended) {
        return -1;
      }
      try {
        pull(1 << 16);
      } catch (IOException e) {
        return -1;
      }
    }
  }

  /**
   * The position of a record start (a version line and a header field) inside the block of the record that starts at
   * {@code recordStart} and claims {@code contentLength} bytes, or -1: a record cut short whose claimed length runs into
   * the next record, found in a stream as {@link RecordStarts#insideBlock} finds it in a file. The bytes looked at are
   * read into the window ahead of the reading point, which does not move; a block that does not fit in the window, or a
   * header over {@value RecordStarts#MAX_HEADER_BYTES} bytes, is not looked at (-1).
   */
  long recordStartInside(long recordStart, long contentLength) {
    if (recordStart < start) {
      return -1;
    }
    holds(recordStart + RecordStarts.MAX_HEADER_BYTES); // a stream may end sooner: its bytes are all there is
    int from = (int) (recordStart - start);
    int headerEnd = RecordStarts.headerEnd(kept, from, Math.min(length, from + RecordStarts.MAX_HEADER_BYTES));
    if (headerEnd < 0) {
      return -1;
    }
    long blockEnd = start + headerEnd + contentLength;
    if (blockEnd - start > WINDOW) {
      return -1;
    }
    holds(blockEnd);
    int end = (int) Math.min(length, blockEnd - start);
    for (int i = headerEnd; i + VERSION.length <= end; i++) {
      if (matches(i, VERSION) && isVersionAndHeader(i)) {
        return start + i;
      }
    }
    return -1;
  }

  /**
   * Reads the stream into the window up to {@code position} (not past {@link #WINDOW} bytes, so nothing kept is
   * dropped), the reading point left where it is; stops where the stream ends or fails, or the window is full.
   */
  private void holds(long position) {
    while (start + length < position) {
      long wanted = Math.min(1 << 16, position - start - length);
      if (ended || failure != null || failureAhead != null || length + wanted > WINDOW) {
        return;
      }
      try {
        if (pull((int) wanted) < 0) {
          return;
        }
      } catch (IOException e) {
        failure = null; // said when the reading point reaches it, the bytes before it read first
        failureAhead = e;
        return;
      }
    }
  }

  /**
   * The stream's first {@code count} bytes (fewer where it ends or fails sooner), read into the window ahead of the
   * reading point, which does not move; empty where byte 0 has left the window.
   */
  byte[] fromStart(int count) {
    holds(count);
    return start > 0 ? new byte[0] : Arrays.copyOf(kept, Math.min(length, count));
  }

  /** Whether a gzip member's header starts at {@code position} (a kept byte; false for one that has left the window). */
  boolean isMemberStart(long position) {
    return Arrays.equals(keptFrom(position, GZIP.length), GZIP);
  }

  /** Up to {@code count} kept bytes from {@code position}, without reading further; empty where it has left the window. */
  byte[] keptFrom(long position, int count) {
    if (position < start || position >= start + length) {
      return new byte[0];
    }
    int from = (int) (position - start);
    return Arrays.copyOfRange(kept, from, Math.min(length, from + count));
  }

  /** Reads from {@code position} again (one {@link #nextStart} gave, or a later one still in the window). */
  void rewindTo(long position) {
    if (position < start || position > start + length) {
      throw new IllegalArgumentException("position " + position + " is not in the window [" + start + ", " + (start + length) + "]");
    }
    at = (int) (position - start);
  }

  private boolean matches(int i, byte[] marker) {
    for (int j = 0; j < marker.length; j++) {
      if (kept[i + j] != marker[j]) {
        return false;
      }
    }
    return true;
  }

  private boolean isVersionAndHeader(int i) {
    String head = new String(kept, i, Math.min(64, length - i), StandardCharsets.ISO_8859_1);
    return RecordStarts.isVersionAndHeader(head);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
