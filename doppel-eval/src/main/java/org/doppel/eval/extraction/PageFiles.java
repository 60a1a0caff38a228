package org.doppel.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads a benchmark page, gzip-compressed or not, refusing one that inflates past a limit. */
final class PageFiles {
  static final int MAX_PAGE_BYTES = 32 << 20;

  private PageFiles() {}

  static byte[] read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("page file is missing");
    }
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
      if (bytes.length > MAX_PAGE_BYTES) {
        throw new IOException("page is over " + MAX_PAGE_BYTES + " bytes after decompression");
      }
      return bytes;
    }
  }
}
