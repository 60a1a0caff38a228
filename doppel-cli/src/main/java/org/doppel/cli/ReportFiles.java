package org.doppel.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Writes a report to standard output or, atomically, to a file. */
final class ReportFiles {
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

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
    checkWritable(file);
    Path absolute = file.toAbsolutePath();
    Path temp = null;
    OnInterrupt cleanUp = null;
    try {
      temp = tempBeside(absolute);
      // a run stopped meanwhile (Ctrl-C) unwinds no finally: the half-written file was left beside the report, hidden
      // and owner-only, as large as the report had grown
      cleanUp = OnInterrupt.delete(temp);
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      makeReadable(temp);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // named as the user named it: the temporary file is no name of theirs. A full disk fails the write itself with a
      // plain IOException ("No space left on device"), which came out as a stack trace of a hundred lines.
      throw new IllegalArgumentException("cannot write " + file + ": " + reason(e)
          + (Files.exists(absolute) ? " (" + file + " is as it was)" : " (nothing written)"), e);
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
      if (cleanUp != null) {
        cleanUp.close();
      }
    }
  }

  /**
   * Refuses, with a message naming it, a report path that cannot be written (its folder is missing, or it is
   * a folder, or it refuses new files: read-only, immutable, full): called before the work too, so a long scan
   * does not end in an error; null (standard output) passes.
   */
  static void checkWritable(Path file) {
    if (file == null) {
      return;
    }
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("cannot write " + file + ": it is a folder");
    }
    if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
      throw new IllegalArgumentException("cannot write " + file + ": no folder " + absolute.getParent());
    }
    // The report is written beside its target and moved into place: try that now, not after the work.
    try {
      Files.delete(tempBeside(absolute));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /**
   * A new temporary file in the folder of {@code absolute}, where a report is written before it is moved into place:
   * named and made as {@code Files.createTempFile} makes one (a random number between the prefix and the suffix; owner-only),
   * but with {@link ThreadLocalRandom}'s number, not a {@code SecureRandom}'s. Starting a {@code SecureRandom} (the
   * security providers, a read of the system's entropy) was 3-4 % of a small run's main thread, in every command that
   * writes a report to a file (docs/benchmarks.md, "What every command pays before its first document"); the name needs
   * to be new, not secret: the file is made only if no file has that name, and another name is drawn if one has.
   */
  private static Path tempBeside(Path absolute) throws IOException {
    Path folder = absolute.getParent();
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    while (true) {
      Path temp = folder.resolve(".doppel-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return posix ? Files.createFile(temp, OWNER_ONLY) : Files.createFile(temp);
      } catch (FileAlreadyExistsException taken) {
        // another run's report in the making, or one a stopped run left: draw again
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemException || e.getMessage() == null ? "the folder takes no new file (" + e.getClass().getSimpleName() + ")"
        : e.getMessage();
  }

  /** Temporary files are created owner-only; a report is an ordinary file others may read. */
  private static void makeReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
