package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped while it writes a report (Ctrl-C, a plain kill): no half-written file is left, and it says what was written. */
class InterruptedReportTest {
  @TempDir Path dir;
  @TempDir Path logs;

  /** The child: writes the pairs report whole, then stops inside the duplicates list's writing until it is killed. */
  public static void main(String[] args) throws Exception {
    Path pairs = Path.of(args[0]);
    Path drop = Path.of(args[1]);
    List<Path> written = new java.util.concurrent.CopyOnWriteArrayList<>();
    PrintWriter err = new PrintWriter(System.err, true);
    try (OnInterrupt notice = OnInterrupt.say(err, () -> ScanCommand.interruptedLine(List.of(pairs, drop), written))) {
      ReportFiles.write(pairs, writer -> writer.write("{\"a\": \"x\", \"b\": \"y\"}\n"));
      written.add(pairs);
      ReportFiles.write(drop, writer -> {
        writer.write("{\"keep\": \"x\", \"drop\": [\"y\"]}\n".repeat(10_000));
        writer.flush();
        System.out.println("writing");
        System.out.flush();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      written.add(drop);
    }
  }

  @Test
  void aRunStoppedWhileWritingLeavesNoHalfWrittenFileAndSaysWhichReportsAreWhole() throws Exception {
    Path pairs = dir.resolve("pairs.jsonl");
    Path drop = dir.resolve("drop.jsonl");
    Files.writeString(drop, "an earlier run's list\n");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), InterruptedReportTest.class.getName(),
        pairs.toString(), drop.toString()).redirectError(logs.resolve("stderr.txt").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("writing");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.startsWith(".doppel-") && name.endsWith(".tmp"));
      }
      child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C's SIGINT
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    String stderr = Files.readString(logs.resolve("stderr.txt"));

    // the temporary file of the list being written is gone (it was left, hidden, as large as the list had grown)
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("pairs.jsonl", "drop.jsonl");
    }
    assertThat(Files.readString(drop)).isEqualTo("an earlier run's list\n");
    assertThat(stderr).contains("doppel: interrupted: written whole: " + pairs + "; not written: " + drop
        + " (a file already there is left as it was)");
  }

  @Test
  void theLineNamesNoReportWhenNoneWasWritten() {
    assertThat(ScanCommand.interruptedLine(List.of(Path.of("p.jsonl"), Path.of("d.jsonl")), List.of()))
        .isEqualTo("no report written; not written: p.jsonl, d.jsonl (a file already there is left as it was)");
    assertThat(ScanCommand.interruptedLine(List.of(), List.of())).isEqualTo("no report written");
  }
}
