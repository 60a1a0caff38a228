package org.doppel.ingest;

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

  /** Whether {@code expanded} bytes out of {@code compressed} are past the limit. */
  boolean exceededBy(long expanded, long compressed) {
    return expanded > floorBytes && expanded > ratio * Math.max(1, compressed);
  }
}
