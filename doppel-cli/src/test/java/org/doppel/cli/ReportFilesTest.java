package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir
  Path dir;

  /** A report whose writing fails half-way, as a full disk fails it: a plain IOException, not a FileSystemException. */
  private static final ReportFiles.Content FILLS_THE_DISK = writer -> {
    writer.write("{\"a\":\"ferry\",\"b\":\"ferry-copy\"}\n".repeat(2000));
    throw new IOException("No space left on device");
  };

  @Test
  void aDiskThatFillsUpIsOneLineAndTheReportIsAsItWas() throws IOException {
    Path report = Files.writeString(dir.resolve("pairs.jsonl"), "the last run's report\n");
    // it came out of the scan as a stack trace of a hundred lines
    assertThatThrownBy(() -> ReportFiles.write(report, FILLS_THE_DISK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write " + report + ": No space left on device (" + report + " is as it was)");
    assertThat(Files.readString(report)).isEqualTo("the last run's report\n");
    Path fresh = dir.resolve("families.jsonl");
    assertThatThrownBy(() -> ReportFiles.write(fresh, FILLS_THE_DISK)).hasMessageEndingWith("No space left on device (nothing written)");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(report); // no temporary file, no half report
    }
  }

  @Test
  void aReportIsWrittenBesideItsTargetOwnerOnlyAndMovedIntoPlaceReadable() throws IOException {
    Path report = dir.resolve("pairs.jsonl");
    Files.writeString(dir.resolve(".doppel-1.tmp"), "a stopped run's"); // left behind: neither reused nor removed
    List<String> whileWriting = new ArrayList<>();
    ReportFiles.write(report, writer -> {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(file -> !file.getFileName().toString().equals(".doppel-1.tmp")).forEach(file -> {
          try {
            whileWriting.add(file.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      writer.write("{\"a\":\"ferry\",\"b\":\"ferry-copy\"}\n");
    });
    assertThat(whileWriting).singleElement().asString().matches("\\.doppel-\\d+\\.tmp rw-------");
    assertThat(Files.readString(report)).isEqualTo("{\"a\":\"ferry\",\"b\":\"ferry-copy\"}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
    assertThat(Files.readString(dir.resolve(".doppel-1.tmp"))).isEqualTo("a stopped run's");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrder(report, dir.resolve(".doppel-1.tmp"));
    }
  }
}
