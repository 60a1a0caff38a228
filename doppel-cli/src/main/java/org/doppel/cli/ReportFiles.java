package org.doppel.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report to standard output or, atomically, to a file. */
final class ReportFiles {
  private ReportFiles() {}

  /** What fills a report. */
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes to {@code file}, or to standard output when it is null. */
  static void write(Path file, Content content) throws IOException {
    if (file == null) {
      Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      content.writeTo(stdout);
      stdout.flush();
      return;
    }
    // Write next to the target and move into place, so an interrupted run never leaves half a report.
    Path absolute = file.toAbsolutePath();
    if (!Files.isDirectory(absolute.getParent())) {
      // Said here, naming the report: otherwise the message names the temporary file, which the user never chose.
      throw new IllegalArgumentException("cannot write " + file + ": no folder " + absolute.getParent());
    }
    Path temp = Files.createTempFile(absolute.getParent(), ".doppel-", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      makeReadable(temp);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Temporary files are created owner-only; a report is an ordinary file others may read. */
  private static void makeReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
