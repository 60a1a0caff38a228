package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.ingest.Counted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a data engineer's pipeline meets: standard output that fails, and a thread count written for a bigger machine. */
class StandardOutputTest {
  private static final String STORY = "The harbour council approved a new ferry timetable on Monday after months of complaints "
      + "from commuters on the northern shore.\n\nThe mayor said the changes would cut waiting times by a third during the "
      + "morning rush, and that two older boats would be retired before the winter storms.\n";

  @TempDir
  Path corpus;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void twoCopies() throws IOException {
    Files.writeString(corpus.resolve("ferry.txt"), STORY);
    Files.writeString(corpus.resolve("ferry-copy.txt"), "Coast Weekly\n\n" + STORY);
    originalOut = System.out;
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aReportStandardOutputCannotTakeIsAFailureNotASilentSuccess() {
    // as "> /dev/full" fails every write, or a pipe whose reader has gone
    System.setOut(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }, true, StandardCharsets.UTF_8));

    int exit = DoppelCli.run("scan", "--copies-only", "--format", "jsonl", corpus.toString());

    // it was 0, the summary counting the pair the report lost
    assertThat(exit).isEqualTo(1);
    assertThat(stderr()).contains("doppel: standard output did not take the whole output: it was closed before the end (a pipe whose"
        + " reader stopped, as head does) or could not be written (a full disk); what it holds is incomplete");
  }

  @Test
  void moreThreadsThanProcessorsRunOnTheProcessorsWithANote() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int processors = Runtime.getRuntime().availableProcessors();

    // past 32,767 a stack trace from the fork-join pool; below it, one thread each, twelve thousand made 19 GB on two cores
    int exit = DoppelCli.run("scan", "--copies-only", "--format", "jsonl", "--threads", "100000", corpus.toString());

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"a\":\"ferry\",\"b\":\"ferry-copy\"");
    assertThat(stderr()).contains("doppel: --threads 100000 is more than the " + Counted.of(processors, "processor")
        + " this machine offers; using " + processors + "\n").doesNotContain("Exception");
  }
}
