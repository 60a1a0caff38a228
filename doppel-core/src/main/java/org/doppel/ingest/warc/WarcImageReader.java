package org.doppel.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.Compression;
import org.doppel.ingest.IngestProblem;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the picture responses (payload type image/*) of a WARC or WARC.gz file, by target URI, for
 * the pages of the same crawl to point at. A picture over {@code maxImageBytes} is reported and left
 * out; a corrupt or truncated record is named with its offset and passed over to the next record start in a .warc or
 * a .warc.gz file (a Zstandard crawl frame by frame), and ends the reading of a crawl read as a stream (bzip2, xz, a
 * member of an archive), whose pages {@link WarcPageReader} reads past it from what it keeps of the stream.
 */
public final class WarcImageReader {
  private final int maxImageBytes;
  private final Consumer<IngestProblem> problems;

  private final boolean damageNamed;

  /** A reader that names every problem it meets: the pictures are all that is read of the crawl ({@code photos}). */
  public WarcImageReader(Consumer<IngestProblem> problems, int maxImageBytes) {
    this(problems, maxImageBytes, false);
  }

  /**
   * @param damageNamed true where the pages' reader has read the same crawl and named each damaged place of it (a
   *     scan's, an index's pictures): a lost frame is then not named a second time, as a scan with photos named
   *     each one twice; what concerns the pictures alone (one over the size limit, pictures not read past a break
   *     the pages' reader read past) is still named
   */
  public WarcImageReader(Consumer<IngestProblem> problems, int maxImageBytes, boolean damageNamed) {
    if (maxImageBytes < 1) {
      throw new IllegalArgumentException("maxImageBytes must be >= 1, got " + maxImageBytes);
    }
    this.problems = problems;
    this.maxImageBytes = maxImageBytes;
    this.damageNamed = damageNamed;
  }

  /** The pictures of {@code file}, target URI to bytes, in record order. */
  public Map<String, byte[]> read(Path file) {
    String name = file.toString();
    Compression compression = Compression.of(name);
    if (compression != Compression.NONE && compression != Compression.GZIP) {
      // jwarc reads gzip itself; bzip2, xz and Zstandard (whose dictionary frame jwarc reads from a file only) are
      // streamed, Zstandard frame by frame as the pages' reader reads it: a damaged frame costs its own record, and the
      // pictures after it are read (a whole-file stream stopped there)
      try (InputStream in = compression == Compression.ZSTD
          ? Compression.zstdFrames(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
              lost -> {
                if (!damageNamed) {
                  problems.accept(new IngestProblem(name, lost, true));
                }
              })
          : compression.open(Files.newInputStream(file))) {
        return read(new WarcReader(in), name);
      } catch (IOException e) {
        problems.accept(new IngestProblem(name, "cannot read the crawl's pictures: " + e.getMessage(), true));
        return Map.of();
      }
    }
    try (FileChannel channel = FileChannel.open(file)) {
      return read(new WarcReader(channel), name, channel);
    } catch (IOException e) {
      problems.accept(new IngestProblem(name, "cannot read the crawl's pictures: " + e.getMessage(), true));
      return Map.of();
    }
  }

  private Map<String, byte[]> read(WarcReader opened, String name) {
    return read(opened, name, null);
  }

  /**
   * The pictures {@code opened} holds. A record that cannot be read is passed over to the next record start where the
   * file is at hand ({@code channel}: a .warc or a .warc.gz of one member a record, as the pages' reader resumes), and
   * ends the reading of a stream.
   */
  private Map<String, byte[]> read(WarcReader opened, String name, @Nullable FileChannel channel) {
    Map<String, byte[]> images = new LinkedHashMap<>();
    long position = 0;
    long lastResume = -1;
    IngestProblem broken = null; // said once the next record is read: the first start found may be in the damage itself
    try (WarcReader reader = opened) {
      reader.onWarning(message -> { });
      while (true) {
        try {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          if (broken != null) {
            say(broken, true, "; read on from the next record, at byte " + lastResume);
            broken = null;
          }
          position = next.get().position();
          take(next.get(), name, images);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
          if (broken == null) {
            broken = new IngestProblem(name + "@" + position, "corrupt or truncated WARC record while reading pictures: " + e.getMessage(), true);
          }
          long resume = channel == null ? -1 : RecordStarts.nextAfter(channel, Math.max(position + 1, lastResume + 1),
              reader.compression() != WarcCompression.NONE);
          if (resume < 0) {
            break;
          }
          lastResume = resume;
          reader.position(resume);
        }
      }
    } catch (IOException e) {
      problems.accept(new IngestProblem(name + "@" + position, "cannot read the crawl's pictures past byte " + position + ": " + e.getMessage(), true));
    }
    if (broken != null) {
      say(broken, false, "; the pictures after it are not read");
    }
    return images;
  }

  /**
   * Names a record that could not be read, with what became of the pictures after it: where the reading went on, the
   * pages' reader has named the place already when {@link #damageNamed}.
   */
  private void say(IngestProblem broken, boolean readOn, String outcome) {
    if (!damageNamed || !readOn) {
      problems.accept(new IngestProblem(broken.location(), broken.message() + outcome, true));
    }
  }

  /** Keeps {@code record}'s picture in {@code images} if it is a response holding one within the size limit. */
  private void take(WarcRecord record, String name, Map<String, byte[]> images) throws IOException {
    if (!(record instanceof WarcResponse response)) {
      return;
    }
    Optional<WarcPayload> payload = response.payload();
    if (payload.isEmpty() || !payload.get().type().base().type().toLowerCase(Locale.ROOT).equals("image")) {
      return;
    }
    if (payload.get().type().base().subtype().toLowerCase(Locale.ROOT).startsWith("svg")) {
      return; // a drawing (a logo, an icon), not a photo; nothing here decodes it
    }
    byte[] bytes;
    try (InputStream in = payload.get().body().stream()) {
      bytes = in.readNBytes(maxImageBytes + 1);
    }
    if (bytes.length > maxImageBytes) {
      problems.accept(new IngestProblem(name + "@" + record.position(), "picture is over " + maxImageBytes + " bytes", true));
    } else {
      images.putIfAbsent(response.target(), bytes);
    }
  }
}
