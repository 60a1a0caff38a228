package org.doppel.ingest;

import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A Zstandard file read frame by frame, each frame decompressed on its own, so that a frame whose data is corrupt
 * costs only itself: a .warc.zst (WARC 1.1 annex) holds one record a frame, so the records after a damaged frame are
 * read on from the next frame, and {@code skipped} is told which frame was lost. Frames are delimited by their
 * headers and block headers (RFC 8878, sections 3.1.1 and 3.1.1.2), without decompressing them; a block header that
 * cannot be one (a reserved type, a block over 128 KiB) sends the reader looking for the next frame's magic number.
 * A file cut short ends the stream with the same error a whole-file stream gives ("truncated").
 */
final class ZstdFrames extends InputStream {
  private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
  private static final int SKIPPABLE_MAGIC = 0x184D2A50;
  private static final int MAX_BLOCK_BYTES = 128 << 10;
  private static final byte[] MAGIC_BYTES = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
  /** Bytes of the dictionary id by the frame header descriptor's two lowest bits (RFC 8878, 3.1.1.1.1.6). */
  private static final int[] DICTIONARY_ID_BYTES = {0, 1, 2, 4};

  private final InputStream raw;
  private final @Nullable ZstdDictDecompress dictionary;
  private final Consumer<String> skipped;
  /** Compressed bytes read from {@link #raw} so far. */
  private long offset;
  private @Nullable FrameBytes frame;
  private @Nullable InputStream decompressed;
  /** Set when the frame magic was found by a search, so the next frame's magic is already read. */
  private boolean magicRead;
  private boolean ended;

  /**
   * @param raw the compressed bytes, from after the dictionary frame when the file has one
   * @param offset where {@code raw} starts in the file, for messages
   * @param skipped told of each frame lost to corrupt data, in words
   */
  ZstdFrames(InputStream raw, long offset, byte @Nullable [] dictionary, Consumer<String> skipped) {
    this.raw = raw;
    this.offset = offset;
    this.dictionary = dictionary == null ? null : new ZstdDictDecompress(dictionary);
    this.skipped = skipped;
  }

  @Override
  public int read() throws IOException {
    return readOne(this);
  }

  @Override
  public int read(byte[] buffer, int at, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    while (!ended) {
      if (decompressed == null && !nextFrame()) {
        ended = true;
        break;
      }
      FrameBytes current = frame;
      InputStream out = decompressed;
      if (current == null || out == null) {
        break; // nextFrame set both
      }
      try {
        int read = out.read(buffer, at, count);
        if (read > 0) {
          return read;
        }
        if (read < 0 && !current.drain()) {
          magicRead = findMagic(); // bytes after the frame's end that its headers do not account for
        }
      } catch (IOException e) {
        if (current.truncated) {
          throw cutShort(current);
        }
        lose(current, e);
      }
      closeFrame();
    }
    return -1;
  }

  /** Says the frame is lost, and moves past it: to its end by its block headers, else to the next frame's magic. */
  private void lose(FrameBytes current, IOException e) throws IOException {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean delimited = current.drain();
    if (current.truncated) {
      throw cutShort(current);
    }
    if (!delimited) {
      magicRead = findMagic();
    }
    skipped.accept("corrupt Zstandard frame at byte " + current.start + " (" + why + "): what it held is lost"
        + (ended ? "; no frame starts after it" : "; read on from the next frame, at byte " + (magicRead ? offset - 4 : offset)));
  }

  /** What a file cut short inside {@code frame} ends the stream with, as a whole-file stream's "truncated". */
  private static EOFException cutShort(FrameBytes frame) {
    return new EOFException("Zstandard frame at byte " + frame.start + " is cut short (truncated)");
  }

  private void closeFrame() {
    InputStream out = decompressed;
    decompressed = null;
    frame = null;
    if (out != null) {
      try {
        out.close(); // frees the native context; raw is not closed with it
      } catch (IOException ignored) {
        // nothing to keep of a frame being left
      }
    }
  }

  /** Opens the next data frame, passing over skippable ones; false at the end of the file. */
  private boolean nextFrame() throws IOException {
    while (true) {
      long start = magicRead ? offset - 4 : offset;
      if (!magicRead) {
        byte[] head = raw.readNBytes(4);
        offset += head.length;
        if (head.length == 0) {
          return false;
        }
        if (head.length < 4) {
          throw new EOFException("Zstandard data cut short after byte " + start + " (truncated)");
        }
        int magic = Compression.littleEndian(head, 0);
        if ((magic & SKIPPABLE_MASK) == SKIPPABLE_MAGIC) {
          byte[] size = raw.readNBytes(4);
          offset += size.length;
          long length = size.length < 4 ? -1 : Compression.littleEndian(size, 0) & 0xFFFFFFFFL;
          if (length < 0 || skipRaw(length) < length) { // skipRaw counts what it skips in the offset
            throw new EOFException("Zstandard skippable frame at byte " + start + " cut short (truncated)");
          }
          continue;
        }
        if (magic != Compression.ZSTD_FRAME) {
          boolean found = findMagic();
          skipped.accept("no Zstandard frame starts at byte " + start + " (bytes that are not Zstandard data): "
              + (found ? "read on from the next frame, at byte " + (offset - 4) : "no frame starts after it"));
          if (!found) {
            return false;
          }
          magicRead = true;
          continue;
        }
      }
      magicRead = false;
      FrameBytes bytes = new FrameBytes(start);
      ZstdInputStream out = new ZstdInputStream(bytes);
      if (dictionary != null) {
        out.setDict(dictionary);
      }
      frame = bytes;
      decompressed = out;
      return true;
    }
  }

  /** Reads on to the next frame magic; true when found (its four bytes read), false at the end. */
  private boolean findMagic() throws IOException {
    int matched = 0;
    while (true) {
      int b = raw.read();
      if (b < 0) {
        ended = true;
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

  @Override
  public void close() throws IOException {
    closeFrame();
    raw.close();
  }

  /** Skips up to {@code n} bytes of {@link #raw}; how many it skipped (fewer at the end of the file). */
  private long skipRaw(long n) throws IOException {
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

  /** One byte of {@code in}, read through its array read, or -1 at its end. */
  private static int readOne(InputStream in) throws IOException {
    byte[] one = new byte[1];
    return in.read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  /** What a frame's bytes hold next, in the order a frame holds them. */
  private enum Part { FRAME_HEADER, BLOCK_HEADER, CHECKSUM, END }

  /**
   * One frame's compressed bytes, its magic number first, up to the end its headers give: the decompressor reads
   * them and finds the end of its input there. Headers that cannot be a frame's end it as corrupt.
   */
  private final class FrameBytes extends InputStream {
    final long start;
    /** Bytes to hand out before reading on: the magic, then each header as it is read. */
    private byte[] pending = MAGIC_BYTES;
    private int pendingAt;
    /** Bytes of the current block (or the checksum) still to pass through. */
    private long remaining;
    private Part next = Part.FRAME_HEADER;
    private boolean lastBlock;
    private boolean checksum;
    boolean truncated;
    boolean invalid;

    FrameBytes(long start) {
      this.start = start;
    }

    @Override
    public int read() throws IOException {
      return readOne(this);
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
      int read = raw.read(buffer, at, (int) Math.min(count, remaining));
      if (read < 0) {
        throw endedInside();
      }
      offset += read;
      remaining -= read;
      return read;
    }

    /** Reads the next header into {@link #pending}; false when the frame is over. */
    private boolean advance() throws IOException {
      switch (next) {
        case FRAME_HEADER -> {
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
          return true;
        }
        case BLOCK_HEADER -> {
          if (lastBlock) {
            next = checksum ? Part.CHECKSUM : Part.END;
            return checksum && advance();
          }
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
      byte[] bytes = raw.readNBytes(n);
      offset += bytes.length;
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
}
