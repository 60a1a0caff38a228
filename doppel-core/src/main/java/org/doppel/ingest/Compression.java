package org.doppel.ingest;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.jspecify.annotations.Nullable;
import org.tukaani.xz.XZInputStream;

/**
 * How a file is packed, known by its last extension: gzip, and as web corpora are shipped besides, bzip2 (Wikipedia
 * dumps, many crawls), xz and Zstandard (the Pile's and RedPajama's {@code .jsonl.zst}). Each is read as a stream, every
 * member, stream or frame of a file written as several of them (concatenated, as {@code pbzip2}, {@code pigz} and
 * {@code zstd} write in parallel) read to the end.
 */
public enum Compression {
  NONE("", ""),
  GZIP("gzip", "gz"),
  BZIP2("bzip2", "bz2"),
  XZ("xz", "xz"),
  ZSTD("Zstandard", "zst", "zstd");

  /**
   * An xz stream asks its reader for the memory its dictionary needs, up to 4 GB: {@code xz -9} needs 65 MB, so a
   * file asking for more than this is refused rather than allowed to take the heap.
   */
  private static final int XZ_MEMORY_LIMIT_KIB = 256 << 10;
  private static final int BUFFER = 1 << 16;

  private final String label;
  private final String[] extensions;

  Compression(String label, String... extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  /** The compression a file name's last extension marks, {@link #NONE} for any other name. */
  public static Compression of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot < name.lastIndexOf('/')) {
      return NONE;
    }
    String extension = name.substring(dot + 1);
    for (Compression compression : values()) {
      for (String candidate : compression.extensions) {
        if (!candidate.isEmpty() && candidate.equals(extension)) {
          return compression;
        }
      }
    }
    return NONE;
  }

  /** The compression whose data starts with {@code head} (a stream's first bytes, up to six), {@link #NONE} for any other. */
  public static Compression ofMagic(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (head.length >= 4 && littleEndian(head, 0) == ZSTD_FRAME) {
      return ZSTD;
    }
    if (head.length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
      return BZIP2;
    }
    if (head.length >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X' && head[4] == 'Z' && head[5] == 0) {
      return XZ;
    }
    return NONE;
  }

  /** The file name without this compression's extension: "x/42.txt.zst" → "x/42.txt". */
  public static String strip(String fileName) {
    Compression compression = of(fileName);
    return compression == NONE ? fileName : fileName.substring(0, fileName.lastIndexOf('.'));
  }

  /** Its name in messages: "bzip2". */
  public String label() {
    return label;
  }

  /**
   * The decompressed stream of {@code raw} (buffered), whose read errors are {@link IngestException}s that say what is
   * wrong as a truncated gzip file's do; {@code raw} itself for {@link #NONE}.
   *
   * @throws IngestException when the stream does not start as this compression's streams do
   */
  public InputStream open(InputStream raw) throws IOException {
    if (this == NONE) {
      return raw;
    }
    CompressedBytes compressed = new CompressedBytes();
    InputStream counted = new CountedStream(raw, compressed);
    InputStream decompressed;
    try {
      decompressed = switch (this) {
        case GZIP -> new GZIPInputStream(counted, BUFFER);
        case BZIP2 -> new BZip2CompressorInputStream(counted, true);
        case XZ -> new XZInputStream(counted, XZ_MEMORY_LIMIT_KIB);
        case ZSTD -> zstd(counted);
        case NONE -> raw;
      };
    } catch (IOException e) {
      // bzip2 decodes its first block (up to 900 KB) as it opens: a short file is cut there, and a damaged one is
      // corrupt there (its magic was read), not of another kind
      if (isTruncation(e)) {
        throw new IngestException(problem(e));
      }
      throw new IngestException(compressed.read > MAGIC_BYTES ? problem(e, compressed) + ": nothing of it could be read"
          : "not a valid " + label + " file (" + detail(e) + ")");
    }
    return new BufferedInputStream(new Described(decompressed, this, compressed), BUFFER);
  }

  /** The most bytes any of the four formats' magic and header flags take before their first compressed data. */
  private static final int MAGIC_BYTES = 12;

  /**
   * The compressed bytes a decompressor took, counted as it reads them ({@link CountedStream}): where it met damage, to
   * name in the message. The decompressor reads ahead (gzip and xz a buffer of up to 64 KB, bzip2 a byte at a time),
   * so the damage lies at or before that byte.
   */
  private static final class CompressedBytes implements CountedStream.Count {
    private long read;

    @Override
    public void add(long bytes) {
      read += bytes;
    }
  }

  /** The magic of the skippable frame that holds a .warc.zst file's dictionary (WARC 1.1 annex, "warc.zst"). */
  private static final int DICTIONARY_FRAME = 0x184D2A5D;
  /** The magic number every Zstandard data frame starts with. */
  static final int ZSTD_FRAME = 0xFD2FB528;
  /** A dictionary is some kilobytes to a few megabytes; a frame claiming more is not one. */
  private static final int MAX_DICTIONARY_BYTES = 64 << 20;

  /**
   * A Zstandard stream, with the dictionary of a .warc.zst file when it starts with one (a skippable frame holding
   * it, itself compressed or not): its records' frames cannot be read without it. jwarc reads such files too, but
   * from a file it can seek in only, and its reader did not stop at the file's end (jwarc 0.36).
   */
  private static InputStream zstd(InputStream raw) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, BUFFER);
    byte @Nullable [] dictionary = DictionaryFrame.read(in).dictionary();
    ZstdInputStream frames = new ZstdInputStream(in);
    if (dictionary != null) {
      frames.setDict(dictionary);
    }
    return frames;
  }

  /**
   * A .warc.zst (or any Zstandard file) read frame by frame ({@link ZstdFrames}): a frame whose data is corrupt is told
   * to {@code skipped} and passed over, the frames after it read, where {@link #open} stops at it. For a file of
   * self-delimiting records, a record a frame (WARC 1.1's .warc.zst): a damaged frame loses its own record only.
   */
  public static InputStream zstdFrames(InputStream raw, Consumer<String> skipped) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, BUFFER);
    DictionaryFrame frame;
    try {
      frame = DictionaryFrame.read(in);
    } catch (IngestException e) {
      throw e;
    } catch (IOException e) {
      throw new IngestException(ZSTD.problem(e));
    }
    return new BufferedInputStream(new Described(new ZstdFrames(in, frame.length(), frame.dictionary(), skipped), ZSTD, null), BUFFER);
  }

  /**
   * The frame a .warc.zst file starts with to hold its dictionary: the dictionary (decompressed when it is compressed
   * itself), or null when the file has no such frame; {@code length}, the bytes the frame takes in the file (0 then).
   */
  private record DictionaryFrame(byte @Nullable [] dictionary, long length) {
    /** The dictionary frame at the start of {@code in} (mark supported), read; nothing read when there is none. */
    static DictionaryFrame read(InputStream in) throws IOException {
      in.mark(8);
      byte[] head = in.readNBytes(8);
      if (head.length < 8 || littleEndian(head, 0) != DICTIONARY_FRAME) {
        in.reset();
        return new DictionaryFrame(null, 0);
      }
      long size = littleEndian(head, 4) & 0xFFFFFFFFL;
      if (size > MAX_DICTIONARY_BYTES) {
        throw new IngestException("not a valid Zstandard file (a dictionary frame of " + size + " bytes)");
      }
      byte[] dictionary = in.readNBytes((int) size);
      if (dictionary.length < size) {
        throw new EOFException("dictionary frame cut short");
      }
      if (dictionary.length >= 4 && littleEndian(dictionary, 0) == ZSTD_FRAME) {
        try (InputStream packed = new ZstdInputStream(new ByteArrayInputStream(dictionary))) {
          dictionary = packed.readNBytes(MAX_DICTIONARY_BYTES);
        }
      }
      return new DictionaryFrame(dictionary, head.length + size);
    }
  }

  /** The little-endian 32-bit number at {@code at}, as Zstandard writes its magic numbers and sizes. */
  static int littleEndian(byte[] bytes, int at) {
    return bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
  }

  /** What a read error of this compression's stream means to a user: truncated, or corrupt with the library's words. */
  String problem(IOException e) {
    if (e instanceof EOFException || isTruncation(e)) {
      return "file is truncated (unexpected end of " + label + " data)";
    }
    return "corrupt " + label + " data (" + detail(e) + ")";
  }

  /**
   * {@link #problem(IOException)} with where corrupt data was met: "corrupt bzip2 data by byte 70312 of the compressed
   * file (…)". bzip2 and xz are read as one stream that cannot be resumed past damage, so a user told where it is can
   * cut the file there or fetch it again.
   */
  private String problem(IOException e, @Nullable CompressedBytes compressed) {
    if (compressed == null || e instanceof EOFException || isTruncation(e)) {
      return problem(e);
    }
    return "corrupt " + label + " data by byte " + compressed.read + " of the compressed file (" + detail(e) + ")";
  }

  private static boolean isTruncation(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    // zstd-jni: "Read error or truncated source"; commons-compress's bzip2: "unexpected end of stream"; gzip: ZLIB
    return message.contains("truncated") || message.contains("unexpected end") || e instanceof ZipException && message.contains("zlib");
  }

  private static String detail(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A decompressing stream whose read errors say what they mean ({@link #problem}), with the file's documents before kept. */
  private static final class Described extends FilterInputStream {
    private final Compression compression;
    /** The bytes under the decompressor, or null where it names the place of damage itself ({@link ZstdFrames}). */
    private final @Nullable CompressedBytes compressed;

    Described(InputStream in, Compression compression, @Nullable CompressedBytes compressed) {
      super(in);
      this.compression = compression;
      this.compressed = compressed;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IngestException e) {
        throw e;
      } catch (IOException e) {
        throw new IngestException(compression.problem(e, compressed));
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (IngestException e) {
        throw e;
      } catch (IOException e) {
        throw new IngestException(compression.problem(e, compressed));
      }
    }

    /**
     * None promised: a decompressor says 1 until it meets its end, and {@link BufferedInputStream#read(byte[], int, int)}
     * reads on while this is positive, so the bytes one call had decoded were dropped with the error its next read met
     * in a file cut short (up to 64 KB of a truncated .jsonl.gz's last whole records).
     */
    @Override
    public int available() {
      return 0;
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return super.skip(n);
      } catch (IngestException e) {
        throw e;
      } catch (IOException e) {
        throw new IngestException(compression.problem(e, compressed));
      }
    }
  }
}
