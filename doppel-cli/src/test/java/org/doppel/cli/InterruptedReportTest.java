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

  /**
   * The child: either a command run with a standard input that never ends ({@code command ARGS...}: it says "reading"
   * when the command first reads it, then waits to be killed), or a scan's reports written by hand, stopped inside
   * the second one's writing.
   */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("command")) {
      System.setIn(new java.io.InputStream() {
        @Override
        public int read() {
          sayAndWait("reading");
          return -1;
        }
      });
      System.exit(DoppelCli.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    Path pairs = Path.of(args[0]);
    Path drop = Path.of(args[1]);
    PrintWriter err = new PrintWriter(System.err, true);
    try (RunReports reports = RunReports.open(err, pairs, drop)) {
      reports.write(pairs, writer -> writer.write("{\"a\": \"x\", \"b\": \"y\"}\n"));
      reports.write(drop, writer -> {
        writer.write("{\"keep\": \"x\", \"drop\": [\"y\"]}\n".repeat(10_000));
        writer.flush();
        sayAndWait("writing");
      });
    }
  }

  /** Says {@code line} on standard output, for the test to stop the child, and waits to be stopped. */
  private static void sayAndWait(String line) {
    System.out.println(line);
    System.out.flush();
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the child with {@code args}, waits for {@code line} on its standard output, stops it as Ctrl-C does, and returns its stderr. */
  private String stopped(String line, String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        InterruptedReportTest.class.getName()));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(logs, "stderr", ".txt");
    Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo(line);
      child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C's SIGINT
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    return Files.readString(stderr);
  }

  @Test
  void aStoppedQueryOrTraceSaysWhatItLeftAsAStoppedScanDoes() throws Exception {
    // each stopped while it reads its input, before any report: the earlier report is left as it was, and said so
    Path index = dir.resolve("news.idx");
    Path matches = dir.resolve("matches.txt");
    Path trace = dir.resolve("trace.json");
    Files.writeString(matches, "an earlier run's matches\n");

    String query = stopped("reading", "command", "query", index.toString(), "-", "--out", matches.toString());
    String traced = stopped("reading", "command", "trace", "stdin", "--in", "-", "--out", trace.toString());

    assertThat(query).contains("doppel: interrupted: no report written; not written: " + matches + " (a file already there is left as it was)");
    assertThat(traced).contains("doppel: interrupted: no report written; not written: " + trace + " (a file already there is left as it was)");
    assertThat(Files.readString(matches)).isEqualTo("an earlier run's matches\n");
    assertThat(trace).doesNotExist();
  }

  @Test
  void aRunStoppedWhileWritingLeavesNoHalfWrittenFileAndSaysWhichReportsAreWhole() throws Exception {
    Path pairs = dir.resolve("pairs.jsonl");
    Path drop = dir.resolve("drop.jsonl");
    Files.writeString(drop, "an earlier run's list\n");
    String stderr = stopped("writing", pairs.toString(), drop.toString());

    // the temporary file of the list being written is gone (it was left, hidden, as large as the list had grown)
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("pairs.jsonl", "drop.jsonl");
    }
    assertThat(Files.readString(drop)).isEqualTo("an earlier run's list\n");
    assertThat(stderr).contains("doppel: interrupted: written whole: " + pairs + "; not written: " + drop
        + " (a file already there is left as it was)");
  }

  @Test
  void theLineNamesNoReportWhenNoneWasWrittenAndAReportOnStandardOutputCutShort() {
    assertThat(RunReports.interruptedLine(List.of("p.jsonl", "d.jsonl"), List.of(), false))
        .isEqualTo("no report written; not written: p.jsonl, d.jsonl (a file already there is left as it was)");
    assertThat(RunReports.interruptedLine(List.of(RunReports.STANDARD_OUTPUT), List.of(), false)).isEqualTo("no report written");
    assertThat(RunReports.interruptedLine(List.of(RunReports.STANDARD_OUTPUT, "f.jsonl"), List.of(), true))
        .isEqualTo("no report written; cut short: the report on standard output; not written: f.jsonl (a file already there is left as it was)");
    assertThat(RunReports.interruptedLine(List.of(RunReports.STANDARD_OUTPUT, "f.jsonl"), List.of(RunReports.STANDARD_OUTPUT), false))
        .isEqualTo("written whole: standard output; not written: f.jsonl (a file already there is left as it was)");
  }
}
