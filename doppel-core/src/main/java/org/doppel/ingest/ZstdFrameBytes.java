package org.doppel.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * One Zstandard frame's compressed bytes, its magic number first, up to the end its headers give: the decompressor
 * reads them and finds the end of its input there. Headers that cannot be a frame's end it as corrupt; a frame whose
 * file ends inside it is {@link #truncated}. Frames are delimited by their headers and block headers (RFC 8878,
 * sections 3.1.1 and 3.1.1.2), without decompressing them.
 */
final class ZstdFrameBytes extends InputStream {
  private static final int MAX_BLOCK_BYTES = 128 << 10;
  /** Bytes of the dictionary id by the frame header descriptor's two lowest bits (RFC 8878, 3.1.1.1.1.6). */
  private static final int[] DICTIONARY_ID_BYTES = {0, 1, 2, 4};

  /** What a frame's bytes hold next, in the order a frame holds them. */
  private enum Part { FRAME_HEADER, BLOCK_HEADER, CHECKSUM, END }

  private final ZstdSource source;
  private final long start;
  /** Bytes to hand out before reading on: the magic, then each header as it is read. */
  private byte[] pending = ZstdSource.MAGIC_BYTES;
  private int pendingAt;
  /** Bytes of the current block (or the checksum) still to pass through. */
  private long remaining;
  private Part next = Part.FRAME_HEADER;
  private boolean lastBlock;
  private boolean checksum;
  private boolean truncated;
  private boolean invalid;

  ZstdFrameBytes(ZstdSource source, long start) {
    this.source = source;
    this.start = start;
  }

  /** Where the frame starts in the file, at its magic number. */
  long start() {
    return start;
  }

  /** Whether the file ended inside the frame. */
  boolean truncated() {
    return truncated;
  }

  @Override
  public int read() throws IOException {
    return ZstdFrames.readOne(this);
  }

  @Override
  public int read(byte[] buffer, int at, int count) throws IOException {
    while (pendingAt == pending.length && remaining == 0) { // asked for 0 bytes: a header read early, 0 given
      if (!advance()) {
        return -1;
      }
    }
    if (pendingAt < pending.length) {
      int n = Math.min(count, pending.length - pendingAt);
      System.arraycopy(pending, pendingAt, buffer, at, n);
      pendingAt += n;
      return n;
    }
    int read = source.read(buffer, at, (int) Math.min(count, remaining));
    if (read < 0) {
      throw endedInside();
    }
    remaining -= read;
    return read;
  }

  /** Reads the next header into {@link #pending}; false when the frame is over. */
  private boolean advance() throws IOException {
    switch (next) {
      case FRAME_HEADER -> {
        readFrameHeader();
        return true;
      }
      case BLOCK_HEADER -> {
        if (lastBlock) {
          next = checksum ? Part.CHECKSUM : Part.END;
          return checksum && advance();
        }
        readBlockHeader();
        return true;
      }
      case CHECKSUM -> {
        pending = new byte[0];
        pendingAt = 0;
        remaining = 4;
        next = Part.END;
        return true;
      }
      default -> { // END
        return false;
      }
    }
  }

  /**
   * Reads the frame header (RFC 8878, 3.1.1.1): its descriptor says how many bytes follow it, and whether a checksum
   * ends the frame.
   */
  private void readFrameHeader() throws IOException {
    byte[] descriptor = readFully(1);
    int fhd = descriptor[0] & 0xff;
    int sizeFlag = fhd >>> 6;
    boolean singleSegment = (fhd & 0x20) != 0;
    if ((fhd & 0x08) != 0) {
      throw corrupt("reserved bit set in the frame header");
    }
    checksum = (fhd & 0x04) != 0;
    int dictionaryBytes = DICTIONARY_ID_BYTES[fhd & 3];
    int sizeBytes = sizeFlag == 0 ? (singleSegment ? 1 : 0) : 1 << sizeFlag;
    byte[] rest = readFully((singleSegment ? 0 : 1) + dictionaryBytes + sizeBytes);
    pending = new byte[1 + rest.length];
    pending[0] = descriptor[0];
    System.arraycopy(rest, 0, pending, 1, rest.length);
    pendingAt = 0;
    next = Part.BLOCK_HEADER;
  }

  /** Reads a block header (RFC 8878, 3.1.1.2): the block's type, its size, and whether it is the frame's last. */
  private void readBlockHeader() throws IOException {
    byte[] header = readFully(3);
    int value = header[0] & 0xff | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
    lastBlock = (value & 1) != 0;
    int type = value >>> 1 & 3;
    int size = value >>> 3;
    if (type == 3) {
      throw corrupt("a block of the reserved type");
    }
    if (size > MAX_BLOCK_BYTES) {
      throw corrupt("a block of " + size + " bytes");
    }
    pending = header;
    pendingAt = 0;
    remaining = type == 1 ? 1 : size;
  }

  /** Marks the frame {@link #truncated}: the file ended inside it. */
  private EOFException endedInside() {
    truncated = true;
    return new EOFException("Zstandard data cut short (truncated)");
  }

  private IOException corrupt(String what) {
    invalid = true;
    return new IOException("Zstandard frame at byte " + start + " is corrupt: " + what);
  }

  private byte[] readFully(int n) throws IOException {
    byte[] bytes = source.readNBytes(n);
    if (bytes.length < n) {
      throw endedInside();
    }
    return bytes;
  }

  /** Reads the rest of the frame by its headers without decompressing; false when its headers are not a frame's. */
  boolean drain() {
    if (invalid) {
      return false;
    }
    byte[] sink = new byte[1 << 13];
    try {
      while (read(sink, 0, sink.length) >= 0) {
        // passing over
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
