package org.doppel.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The bytes of a file or archive member that {@link CorpusReader} reads whole (a plain text, an HTML page), and the
 * stream of one it reads record by record: decompressed when the file's name marks a compression ({@link Compression},
 * stopped past the {@link ExpansionLimit}: a bomb), and refused past a byte limit, so that one document costs at most
 * that much heap. A refusal is an {@link IngestException} whose message names the limit.
 */
final class BoundedBytes {
  private final ExpansionLimit expansionLimit;

  BoundedBytes(ExpansionLimit expansionLimit) {
    this.expansionLimit = expansionLimit;
  }

  /** The file as a stream, decompressed (and stopped past the expansion limit) when its name marks a compression. */
  InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    Compression compression = Compression.of(file.getFileName().toString());
    if (compression == Compression.NONE) {
      return raw;
    }
    ExpansionGuard guard = new ExpansionGuard(expansionLimit);
    try {
      return guard.expanded(compression.open(guard.compressed(raw)));
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** What a crawl's walk is to tell of the bytes it inflates itself from a crawl file, none of an uncompressed one ({@link ExpansionLimit#walkOf}). */
  ExpandedBytes walkExpansion(Path crawl) throws IOException {
    return expansionLimit.walkOf(crawl);
  }

  /**
   * A crawl file as a stream, as {@link #open(Path)} gives it, except that a Zstandard one is read frame by frame: a
   * frame whose data is corrupt is told to {@code skipped} and passed over ({@link Compression#zstdFrames}).
   */
  InputStream openCrawl(Path file, Consumer<String> skipped) throws IOException {
    if (Compression.of(file.getFileName().toString()) != Compression.ZSTD) {
      return open(file);
    }
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    ExpansionGuard guard = new ExpansionGuard(expansionLimit);
    try {
      return guard.expanded(Compression.zstdFrames(guard.compressed(raw), skipped));
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  static boolean isCompressed(Path file) {
    return Compression.of(file.getFileName().toString()) != Compression.NONE;
  }

  /** The file's bytes, decompressed; refused beyond {@code limit}, so a bomb costs at most that. */
  byte[] read(Path file, long limit) throws IOException {
    boolean compressed = isCompressed(file);
    // one look at the file's attributes for its size and kind: Files.size and Files.isRegularFile each looked it up
    BasicFileAttributes attributes = compressed ? null : Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes != null && attributes.size() > limit) {
      throw new IngestException(overLimit(attributes.size(), limit));
    }
    if (attributes != null && attributes.isRegularFile()) {
      // One read into an array of the file's size: a 64 KB stream buffer per 3 KB news file cost
      // more in allocation and zeroing than the read itself (index add profile, docs/benchmarks.md).
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > limit) {
        throw new IngestException("document is over the limit of " + limit + " bytes");
      }
      return bytes;
    }
    try (InputStream in = open(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new IngestException("document is over the limit of " + limit + " bytes (after decompression)");
      }
      return bytes;
    }
  }

  /** An archive member's bytes, refused beyond {@code limit}. */
  static byte[] read(InputStream in, long limit, String what) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new IngestException(what + " is over the limit of " + limit + " bytes");
    }
    return bytes;
  }

  private static String overLimit(long size, long limit) {
    return "file is " + size + " bytes, over the limit of " + limit + " bytes for one document";
  }

  /**
   * The bytes of an uncompressed file that the walk found regular, refused beyond {@code limit}: its size is asked of
   * the open file, where {@link #read(Path, long)} looked the path up once more to learn its size and kind before opening
   * it (a tenth of reading a news file on one core, docs/benchmarks.md "Nineteenth pass"). The kind needs no look: a
   * pipe, which opening would wait on, never reaches here from the walk. A file that grows while read is read on to
   * its end, as far as the limit.
   */
  static byte[] readWalked(Path file, long limit) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size > limit) {
        throw new IngestException(overLimit(size, limit));
      }
      byte[] bytes = new byte[(int) size];
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // filled as far as the file goes
      }
      if (buffer.hasRemaining()) {
        return Arrays.copyOf(bytes, buffer.position()); // shorter than its size said: cut while read
      }
      ByteBuffer probe = ByteBuffer.allocate(1);
      if (channel.read(probe) < 0) {
        return bytes;
      }
      // longer than its size said (it grew while read, or its size says nothing): the rest, as far as the limit
      byte[] rest = Channels.newInputStream(channel).readNBytes((int) Math.min(Integer.MAX_VALUE - 16 - size, limit - size));
      long length = size + 1 + rest.length;
      if (length > limit) {
        throw new IngestException("document is over the limit of " + limit + " bytes");
      }
      byte[] all = Arrays.copyOf(bytes, (int) length);
      all[(int) size] = probe.get(0);
      System.arraycopy(rest, 0, all, (int) size + 1, rest.length);
      return all;
    }
  }
}
