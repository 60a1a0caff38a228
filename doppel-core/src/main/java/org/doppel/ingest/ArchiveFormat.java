package org.doppel.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An archive of documents, known by its extension: a tar file, plain or compressed ({@code .tar.gz}, {@code .tgz},
 * {@code .tar.bz2}, {@code .tar.xz}, {@code .tar.zst}), or a zip file, as news corpora and exports are shipped.
 *
 * @param zip a zip file (read by its central directory), else a tar stream
 * @param compression what the tar stream is compressed with
 * @param extension the extension that marks it, lower case, with its dot
 */
public record ArchiveFormat(boolean zip, Compression compression, String extension) {
  private static final List<ArchiveFormat> KNOWN = List.of(
      new ArchiveFormat(true, Compression.NONE, ".zip"),
      new ArchiveFormat(false, Compression.NONE, ".tar"),
      new ArchiveFormat(false, Compression.GZIP, ".tar.gz"),
      new ArchiveFormat(false, Compression.GZIP, ".tgz"),
      new ArchiveFormat(false, Compression.BZIP2, ".tar.bz2"),
      new ArchiveFormat(false, Compression.BZIP2, ".tbz2"),
      new ArchiveFormat(false, Compression.BZIP2, ".tbz"),
      new ArchiveFormat(false, Compression.XZ, ".tar.xz"),
      new ArchiveFormat(false, Compression.XZ, ".txz"),
      new ArchiveFormat(false, Compression.ZSTD, ".tar.zst"),
      new ArchiveFormat(false, Compression.ZSTD, ".tar.zstd"),
      new ArchiveFormat(false, Compression.ZSTD, ".tzst"));

  /** The archive format a file name marks, if any. */
  public static Optional<ArchiveFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (ArchiveFormat format : KNOWN) {
      if (name.endsWith(format.extension) && name.length() > format.extension.length()
          && name.charAt(name.length() - format.extension.length() - 1) != '/') {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The name without the archive's extension, which its members' ids start with: "x/news.tar.gz" → "x/news". */
  public String strip(String fileName) {
    return fileName.substring(0, fileName.length() - extension.length());
  }
}
