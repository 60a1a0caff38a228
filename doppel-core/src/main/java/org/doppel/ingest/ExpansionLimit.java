package org.doppel.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When decompressing stops: once a file or archive has expanded to more than {@code floorBytes} and to more than
 * {@code ratio} times the compressed bytes read for it. Text compresses four to twelve times (gzip to zstd -19 on
 * news and web text), so a real corpus stays far below the ratio; a decompression bomb (a zip of overlapping members,
 * a gigabyte of zeros in a few kilobytes) is a thousand times and more, and stops after a quarter of a gigabyte instead of filling
 * memory or running for hours. The floor lets a small, very repetitive file through whatever its ratio.
 *
 * @param ratio expanded bytes per compressed byte beyond which reading stops, once past the floor
 * @param floorBytes expanded bytes below which any ratio is read
 */
public record ExpansionLimit(double ratio, long floorBytes) {
  /** 100 times, past 256 MiB (docs/parameters.md, "Compressed files and archives"). */
  public static final ExpansionLimit DEFAULT = new ExpansionLimit(100, 256L << 20);

  public ExpansionLimit {
    if (!(ratio >= 1)) {
      throw new IllegalArgumentException("ratio must be >= 1, got " + ratio);
    }
    if (floorBytes < 0) {
      throw new IllegalArgumentException("floorBytes must be >= 0, got " + floorBytes);
    }
  }

  /**
   * What a crawl's walk ({@code RecordWalk}) is to tell of the bytes it expands from the crawl file {@code crawl}, which
   * no stream of Doppel's counts (a .warc.gz, inflated by jwarc member by member; a .warc.bz2, .xz or .zst opened by the
   * walk itself, as {@code photos} reads them): counted against the file's size as compressed and stopped past this
   * limit, as a file {@link BoundedBytes#open} decompresses is. An uncompressed crawl expands nothing and is not counted.
   */
  public ExpandedBytes walkOf(Path crawl) throws IOException {
    if (Compression.of(crawl.getFileName().toString()) == Compression.NONE) {
      return ExpandedBytes.UNCOUNTED;
    }
    ExpansionGuard guard = new ExpansionGuard(this);
    guard.addCompressed(Files.size(crawl));
    return guard::addExpanded;
  }

  /** Whether {@code expanded} bytes out of {@code compressed} are past the limit. */
  boolean exceededBy(long expanded, long compressed) {
    return expanded > floorBytes && expanded > ratio * Math.max(1, compressed);
  }
}
