package org.doppel.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.ExpandedBytes;
import org.doppel.ingest.ExpansionLimit;
import org.doppel.ingest.IngestProblem;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the picture responses (payload type image/*) of a WARC file, compressed or not, by target URI, for the pages
 * of the same crawl to point at. A picture over {@code maxImageBytes} is reported and left out; a corrupt or truncated
 * record is named with its offset and passed over as {@link WarcPageReader} passes over it, by the same walk
 * ({@link RecordWalk}), so the pictures past a damaged place are read wherever the pages past it are. A compressed crawl
 * whose records expand past the {@link ExpansionLimit} (a bomb) is stopped there, the pictures before it kept, as the
 * pages' reader stops it.
 */
public final class WarcImageReader {
  private final int maxImageBytes;
  private final Consumer<IngestProblem> problems;

  private final boolean damageNamed;
  private final ExpansionLimit expansionLimit;

  /** A reader that names every problem it meets: the pictures are all that is read of the crawl ({@code photos}). */
  public WarcImageReader(Consumer<IngestProblem> problems, int maxImageBytes) {
    this(problems, maxImageBytes, false);
  }

  /**
   * @param damageNamed true where the pages' reader has read the same crawl and named each damaged place of it (a
   *     scan's, an index's pictures): a damaged place is then not named a second time (the two readers walk past
   *     it alike); what concerns the pictures alone (one over the size limit) is still named
   */
  public WarcImageReader(Consumer<IngestProblem> problems, int maxImageBytes, boolean damageNamed) {
    this(problems, maxImageBytes, damageNamed, ExpansionLimit.DEFAULT);
  }

  /** @param expansionLimit where reading a compressed crawl stops ({@link ExpansionLimit#walkOf}) */
  public WarcImageReader(Consumer<IngestProblem> problems, int maxImageBytes, boolean damageNamed, ExpansionLimit expansionLimit) {
    if (maxImageBytes < 1) {
      throw new IllegalArgumentException("maxImageBytes must be >= 1, got " + maxImageBytes);
    }
    this.problems = problems;
    this.maxImageBytes = maxImageBytes;
    this.damageNamed = damageNamed;
    this.expansionLimit = expansionLimit;
  }

  /**
   * The pictures of {@code file}, target URI to bytes, in record order, read past damage as the pages' reader reads
   * past it (one {@link RecordWalk}): a broken record is passed over to the next record start, in a .warc, a .warc.gz,
   * a .warc.bz2 or .warc.xz (in the bytes the stream kept), a .warc.zst frame by frame. A stop past the expansion limit
   * is named as the pages' reader names it, with the file (unless the pages' reader named it: {@code damageNamed}).
   */
  public Map<String, byte[]> read(Path file) {
    String name = file.toString();
    Map<String, byte[]> images = new LinkedHashMap<>();
    try {
      new RecordWalk(damageNamed ? problem -> { } : problems, null, (record, location) -> take(record, location, images))
          .read(file, expansionLimit.walkOf(file));
    } catch (IOException | UncheckedIOException e) {
      if (!damageNamed && ExpandedBytes.isStop(e)) {
        problems.accept(new IngestProblem(name, String.valueOf(e.getMessage()), true));
      } else if (!damageNamed) {
        problems.accept(new IngestProblem(name, "cannot read the crawl's pictures: " + e.getMessage(), true));
      }
    }
    return images;
  }

  /** Keeps {@code record}'s picture in {@code images} if it is a response holding one within the size limit. */
  private void take(WarcRecord record, String location, Map<String, byte[]> images) throws IOException {
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
      problems.accept(new IngestProblem(location, "picture is over " + maxImageBytes + " bytes", true));
    } else {
      images.putIfAbsent(response.target(), bytes);
    }
  }
}
