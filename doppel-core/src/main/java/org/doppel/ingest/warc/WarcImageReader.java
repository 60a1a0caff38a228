package org.doppel.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.Compression;
import org.doppel.ingest.IngestProblem;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the picture responses (payload type image/*) of a WARC or WARC.gz file, by target URI, for
 * the pages of the same crawl to point at. A picture over {@code maxImageBytes} is reported and left
 * out; a corrupt or truncated record ends the reading of the file with a message naming its offset
 * (the pages themselves are read, with resynchronisation, by {@link WarcPageReader}).
 */
public final class WarcImageReader {
  private final int maxImageBytes;
  private final Consumer<IngestProblem> problems;

  public WarcImageReader(Consumer<IngestProblem> problems, int maxImageBytes) {
    if (maxImageBytes < 1) {
      throw new IllegalArgumentException("maxImageBytes must be >= 1, got " + maxImageBytes);
    }
    this.problems = problems;
    this.maxImageBytes = maxImageBytes;
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
              lost -> problems.accept(new IngestProblem(name, lost, true)))
          : compression.open(Files.newInputStream(file))) {
        return read(new WarcReader(in), name);
      } catch (IOException e) {
        problems.accept(new IngestProblem(name, "cannot read the crawl's pictures: " + e.getMessage(), true));
        return Map.of();
      }
    }
    try {
      return read(new WarcReader(file), name);
    } catch (IOException e) {
      problems.accept(new IngestProblem(name, "cannot read the crawl's pictures: " + e.getMessage(), true));
      return Map.of();
    }
  }

  private Map<String, byte[]> read(WarcReader opened, String name) {
    Map<String, byte[]> images = new LinkedHashMap<>();
    long position = 0;
    try (WarcReader reader = opened) {
      reader.onWarning(message -> { });
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        WarcRecord record = next.get();
        position = record.position();
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        Optional<WarcPayload> payload = response.payload();
        if (payload.isEmpty() || !payload.get().type().base().type().toLowerCase(Locale.ROOT).equals("image")) {
          continue;
        }
        if (payload.get().type().base().subtype().toLowerCase(Locale.ROOT).startsWith("svg")) {
          continue; // a drawing (a logo, an icon), not a photo; nothing here decodes it
        }
        byte[] bytes;
        try (InputStream in = payload.get().body().stream()) {
          bytes = in.readNBytes(maxImageBytes + 1);
        }
        if (bytes.length > maxImageBytes) {
          problems.accept(new IngestProblem(name + "@" + position, "picture is over " + maxImageBytes + " bytes", true));
        } else {
          images.putIfAbsent(response.target(), bytes);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      problems.accept(new IngestProblem(name + "@" + position, "corrupt or truncated WARC record while reading pictures: "
          + e.getMessage() + "; the pictures after it are not read", true));
    }
    return images;
  }
}
