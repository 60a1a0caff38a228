package org.doppel.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Finds where the next WARC record starts after a broken one, so one bad record costs only itself: in
 * a record-per-member WARC.gz the next gzip header (1f 8b 08), in a plain WARC the next line that
 * starts with {@code WARC/1.}.
 */
final class RecordStarts {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = {'\n', 'W', 'A', 'R', 'C', '/', '1', '.'};
  /** The most bytes of a record's start looked through for its header's end or its target URI (a crawler's header is a few hundred). */
  static final int MAX_HEADER_BYTES = 1 << 13;
  /** A cut record ends anywhere, so the record after it need not start a line. */
  private static final byte[] VERSION = {'W', 'A', 'R', 'C', '/', '1', '.'};

  private RecordStarts() {}

  /** The offset of the next record start at or after {@code from}, or -1 when there is none. */
  static long nextAfter(FileChannel channel, long from, boolean compressed) throws IOException {
    if (compressed) {
      return indexOf(channel, from, GZIP);
    }
    long newline = indexOf(channel, Math.max(0, from - 1), WARC);
    return newline < 0 ? -1 : newline + 1;
  }

  /** Whether a gzip member starts at {@code position} (a record of a WARC.gz written a member a record starts so); false before byte 1. */
  static boolean isMemberStart(FileChannel channel, long position) throws IOException {
    return position > 0 && indexOf(channel, position, GZIP) == position;
  }

  /** The offset of the first {@code marker} at or after {@code from}, or -1. */
  private static long indexOf(FileChannel channel, long from, byte[] marker) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long base = from;
    while (base < channel.size()) {
      buffer.clear();
      int read = channel.read(buffer, base);
      if (read <= 0) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i + marker.length <= read; i++) {
        if (matches(bytes, i, marker)) {
          return base + i;
        }
      }
      if (read < marker.length) {
        return -1;
      }
      base += read - marker.length + 1;
    }
    return -1;
  }

  /**
   * The offset of a record that starts inside the block of the record at {@code recordStart}, whose header claims
   * {@code contentLength} bytes, or -1. A record cut short (a crawl written part-way, two files joined) still
   * claims its full length, so the next record's header and payload become the end of its block: without this
   * check that record would be lost and the cut one read with another record's bytes. Only a whole version line
   * followed by a header field counts, so a page that quotes "WARC/1.0" is not split.
   */
  static long insideBlock(FileChannel channel, long recordStart, long contentLength) throws IOException {
    long blockStart = blockStart(channel, recordStart);
    if (blockStart < 0) {
      return -1;
    }
    long blockEnd = Math.min(channel.size(), blockStart + contentLength);
    for (long from = blockStart; from < blockEnd; ) {
      long start = indexOf(channel, from, VERSION);
      if (start < 0 || start >= blockEnd) {
        return -1;
      }
      if (isVersionAndHeader(channel, start)) {
        return start;
      }
      from = start + 1;
    }
    return -1;
  }

  /** The first {@code count} stored bytes of {@code channel} (fewer in a shorter file), read without moving its position. */
  static byte[] storedFromStart(FileChannel channel, int count) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, channel.size()));
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // positional reads until the buffer is full or the file ends
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  /**
   * The offset in the inflated crawl of a record that starts inside the block of the first record, whose header claims
   * {@code contentLength} bytes, found in the first gzip member of {@code stored} (a .warc.gz's first bytes as written),
   * or -1: {@link #insideBlock} for a crawl's first record, in the bytes its member inflates to. The member's end, or the
   * end of {@code stored}, ends the search.
   */
  static long insideFirstMembersBlock(byte[] stored, long contentLength) {
    byte[] inflated = new byte[(int) Math.min(Integer.MAX_VALUE - 8, MAX_HEADER_BYTES + contentLength)];
    int length = 0;
    try (InputStream member = new GzipCompressorInputStream(new ByteArrayInputStream(stored), false)) {
      for (int read; length < inflated.length && (read = member.read(inflated, length, inflated.length - length)) > 0; ) {
        length += read;
      }
    } catch (IOException e) {
      // the stored bytes end inside the member (or it is corrupt): what was inflated is looked over
    }
    int blockStart = headerEnd(inflated, 0, Math.min(length, MAX_HEADER_BYTES));
    if (blockStart < 0) {
      return -1;
    }
    long blockEnd = Math.min(length, blockStart + contentLength);
    String text = new String(inflated, 0, (int) blockEnd, StandardCharsets.ISO_8859_1);
    for (int start = text.indexOf("WARC/1.", blockStart); start >= 0; start = text.indexOf("WARC/1.", start + 1)) {
      if (isVersionAndHeader(text.substring(start, Math.min(text.length(), start + 64)))) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Where the block begins: after the header's blank line, or -1 when none is found in the first
   * {@value #MAX_HEADER_BYTES} bytes (a crawler's record header is a few hundred; a longer one is left to jwarc).
   */
  private static long blockStart(FileChannel channel, long recordStart) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_HEADER_BYTES);
    int read = channel.read(buffer, recordStart);
    int end = headerEnd(buffer.array(), 0, read);
    return end < 0 ? -1 : recordStart + end;
  }

  /** The index just past the blank line that ends a record header in {@code bytes[from, to)}, or -1 where there is none. */
  static int headerEnd(byte[] bytes, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
        return i + 4;
      }
    }
    return -1;
  }

  /**
   * The target URI a record starting at {@code start} names in its header, read as far as its bytes can be (a gzip
   * member inflated until its data breaks), or null where no header with one can be read: a broken record's page named,
   * so that a user can fetch it again.
   */
  static @Nullable String targetUri(FileChannel channel, long start, boolean gzip) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_HEADER_BYTES);
    int read = Math.max(channel.read(buffer, start), 0);
    return targetUri(java.util.Arrays.copyOf(buffer.array(), read), gzip);
  }

  /** {@link #targetUri(FileChannel, long, boolean)} of a record's first bytes as stored (a stream's kept bytes). */
  static @Nullable String targetUri(byte[] stored, boolean gzip) {
    byte[] head = stored;
    if (gzip) {
      java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
        byte[] chunk = new byte[512];
        for (int n; inflated.size() < MAX_HEADER_BYTES && (n = in.read(chunk)) > 0; ) {
          inflated.write(chunk, 0, n);
        }
      } catch (IOException damaged) {
        // what inflated before the damage is the header sought
      }
      head = inflated.toByteArray();
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    Matcher uri = TARGET_URI.matcher(end < 0 ? text : text.substring(0, end));
    return isVersionAndHeader(text) && uri.find() ? uri.group(1) : null;
  }

  private static final Pattern TARGET_URI = Pattern.compile("(?m)^WARC-Target-URI:[ \t]*<?([^\s>]+)>?\r?$");

  /** A version line ("WARC/1.0" or "WARC/1.1") and then a header field's name and its colon. */
  private static boolean isVersionAndHeader(FileChannel channel, long start) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    int read = Math.max(channel.read(buffer, start), 0);
    return isVersionAndHeader(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
  }

  /** Whether {@code head} (a record's first bytes, as ISO-8859-1) starts with a version line and a header field's name and colon. */
  static boolean isVersionAndHeader(String head) {
    return VERSION_AND_HEADER.matcher(head).lookingAt();
  }

  private static final Pattern VERSION_AND_HEADER =
      Pattern.compile("WARC/1\\.[01]\r\n[A-Za-z][A-Za-z0-9-]{1,40}:");

  private static boolean matches(byte[] bytes, int at, byte[] marker) {
    for (int j = 0; j < marker.length; j++) {
      if (bytes[at + j] != marker[j]) {
        return false;
      }
    }
    return true;
  }
}
