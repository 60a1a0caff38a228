package org.doppel.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compressions Doppel does not read, known by the extension that marks them: "not a supported file type" did not say
 * that the file's content was fine and only its packing was not. (gzip, bzip2, xz, Zstandard and tar and zip archives
 * are read: {@link Compression}, {@link ArchiveFormat}.) Asked first by {@link UnreadFileKinds}.
 */
final class OtherCompression {
  private record Kind(String name, String undo) {}

  private static final Map<String, Kind> BY_EXTENSION = Map.of(
      "lz4", new Kind("LZ4", "lz4 -d"),
      "br", new Kind("Brotli", "brotli -d"),
      "7z", new Kind("7-Zip", "7z x"),
      "rar", new Kind("RAR", "unrar x"));

  private OtherCompression() {}

  /** What to tell about a file whose name marks another compression than gzip; empty for any other name. */
  static Optional<String> message(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    Kind kind = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1));
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of("compressed with " + kind.name() + ", which Doppel does not read (it reads gzip, bzip2, xz, "
        + "Zstandard, tar and zip): decompress it (" + kind.undo() + ") or compress it with one of those");
  }
}
