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
 * headers and block headers (RFC 8878, sections 3.1.1 and 3.1.1.2), without decompressing them ({@link
 * ZstdFrameBytes}); a block header that cannot be one (a reserved type, a block over 128 KiB) sends the reader looking
 * for the next frame's magic number. A file cut short ends the stream with the same error a whole-file stream gives
 * ("truncated"). This class reads the frames one after another, and says which are lost.
 */
final class ZstdFrames extends InputStream {
  private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
  private static final int SKIPPABLE_MAGIC = 0x184D2A50;

  /** The compressed bytes, with the offset in the file of the next. */
  private final ZstdSource raw;
  private final @Nullable ZstdDictDecompress dictionary;
  private final Consumer<String> skipped;
  private @Nullable ZstdFrameBytes frame;
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
    this.raw = new ZstdSource(raw, offset);
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
      ZstdFrameBytes current = frame;
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
        if (current.truncated()) {
          throw cutShort(current);
        }
        lose(current, e);
      }
      closeFrame();
    }
    return -1;
  }

  /** Says the frame is lost, and moves past it: to its end by its block headers, else to the next frame's magic. */
  private void lose(ZstdFrameBytes current, IOException e) throws IOException {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean delimited = current.drain();
    if (current.truncated()) {
      throw cutShort(current);
    }
    if (!delimited) {
      magicRead = findMagic();
    }
    skipped.accept("corrupt Zstandard frame at byte " + current.start() + " (" + why + "): what it held is lost"
        + (ended ? "; no frame starts after it" : "; read on from the next frame, at byte " + (magicRead ? raw.offset() - 4 : raw.offset())));
  }

  /** What a file cut short inside {@code frame} ends the stream with, as a whole-file stream's "truncated". */
  private static EOFException cutShort(ZstdFrameBytes frame) {
    return new EOFException("Zstandard frame at byte " + frame.start() + " is cut short (truncated)");
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
      long start = magicRead ? raw.offset() - 4 : raw.offset();
      if (!magicRead) {
        byte[] head = raw.readNBytes(4);
        if (head.length == 0) {
          return false;
        }
        if (head.length < 4) {
          throw new EOFException("Zstandard data cut short after byte " + start + " (truncated)");
        }
        int magic = Compression.littleEndian(head, 0);
        if ((magic & SKIPPABLE_MASK) == SKIPPABLE_MAGIC) {
          byte[] size = raw.readNBytes(4);
          long length = size.length < 4 ? -1 : Compression.littleEndian(size, 0) & 0xFFFFFFFFL;
          if (length < 0 || raw.skip(length) < length) {
            throw new EOFException("Zstandard skippable frame at byte " + start + " cut short (truncated)");
          }
          continue;
        }
        if (magic != Compression.ZSTD_FRAME) {
          boolean found = findMagic();
          skipped.accept("no Zstandard frame starts at byte " + start + " (bytes that are not Zstandard data): "
              + (found ? "read on from the next frame, at byte " + (raw.offset() - 4) : "no frame starts after it"));
          if (!found) {
            return false;
          }
          magicRead = true;
          continue;
        }
      }
      magicRead = false;
      ZstdFrameBytes bytes = new ZstdFrameBytes(raw, start);
      ZstdInputStream out = new ZstdInputStream(bytes);
      if (dictionary != null) {
        out.setDict(dictionary);
      }
      frame = bytes;
      decompressed = out;
      return true;
    }
  }

  /** Reads on to the next frame magic; true when found (its four bytes read), false at the end, which ends the stream. */
  private boolean findMagic() throws IOException {
    boolean found = raw.findMagic();
    if (!found) {
      ended = true;
    }
    return found;
  }

  @Override
  public void close() throws IOException {
    closeFrame();
    raw.close();
  }

  /** One byte of {@code in}, read through its array read, or -1 at its end. */
  static int readOne(InputStream in) throws IOException {
    byte[] one = new byte[1];
    return in.read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }
}
