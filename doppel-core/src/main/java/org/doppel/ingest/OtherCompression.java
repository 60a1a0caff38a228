package org.doppel.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compressions Doppel does not read, known by the extension that marks them: datasets ship JSON Lines as
 * {@code .jsonl.zst} (the Pile, RedPajama), {@code .bz2} or {@code .xz} as often as gzip, and "not a supported
 * file type" did not say that the file's content was fine and only its packing was not.
 */
final class OtherCompression {
  private record Kind(String name, String undo) {}

  private static final Map<String, Kind> BY_EXTENSION = Map.of(
      "bz2", new Kind("bzip2", "bunzip2 -k"),
      "zst", new Kind("Zstandard", "zstd -d"),
      "zstd", new Kind("Zstandard", "zstd -d"),
      "xz", new Kind("xz", "unxz -k"),
      "lz4", new Kind("LZ4", "lz4 -d"),
      "br", new Kind("Brotli", "brotli -d"),
      "zip", new Kind("zip", "unzip"),
      "7z", new Kind("7-Zip", "7z x"));

  private OtherCompression() {}

  /** What to tell about a file whose name marks another compression than gzip; empty for any other name. */
  static Optional<String> message(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    Kind kind = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1));
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of("compressed with " + kind.name() + ", which Doppel does not read (it reads gzip): decompress it ("
        + kind.undo() + ") or compress it with gzip");
  }
}
