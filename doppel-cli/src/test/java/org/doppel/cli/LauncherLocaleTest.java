package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' locale (bin/utf8-locale.sh, sourced by ./doppel and ./doppel-spark) under {@code LC_ALL=C}, as
 * cron and services run: Java decoded file names as ASCII there, so two files whose names differ only in an
 * accented letter got one id and the second was dropped as a duplicate.
 */
class LauncherLocaleTest {
  @TempDir
  Path dir;

  /** {@code doppel scan ARGS} in a JVM started as the launchers start it, from a shell whose locale is {@code locale}. */
  private static String scanFromAShell(String locale, Path out, String... args) throws Exception {
    Path script = Path.of("..", "bin", "utf8-locale.sh").toAbsolutePath().normalize();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder command = new StringBuilder(". '" + script + "' && exec '" + java + "' -cp \"$CP\" org.doppel.cli.DoppelCli scan");
    for (String arg : args) {
      command.append(" '").append(arg).append('\'');
    }
    ProcessBuilder process = new ProcessBuilder("bash", "-c", command.toString()).redirectOutput(out.toFile()).redirectErrorStream(false);
    process.environment().remove("LANG");
    process.environment().remove("LC_CTYPE");
    process.environment().put("LC_ALL", locale);
    process.environment().put("CP", System.getProperty("java.class.path"));
    Process started = process.start();
    String err = new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    started.waitFor();
    return err;
  }

  @Test
  void fileNamesOutsideAsciiKeepTheirLettersUnderTheCLocale() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Path corpus = Files.createDirectory(dir.resolve("corpus é"));
    try {
      Files.writeString(corpus.resolve("café.txt"), "Cafe owners protest new rent rules\n\nTwelve cafes closed for an hour on Tuesday.");
      Files.writeString(corpus.resolve("cafè.txt"), "Bakery wins the bread prize\n\nA harbour bakery won the prize for a rye loaf.");
    } catch (InvalidPathException | IOException e) {
      Assumptions.abort("this JVM cannot write names outside ASCII: " + e.getMessage());
    }
    Path out = dir.resolve("pairs.jsonl");
    String err = scanFromAShell("C", out, "--copies-only", "--all", "--format", "jsonl", corpus.toString());
    assertThat(err).contains("2 documents").doesNotContain("duplicate", "unmappable", "\uFFFD");
    Path alone = dir.resolve("alone.jsonl");
    scanFromAShell("POSIX", alone, "--copies-only", "--format", "jsonl", corpus.resolve("café.txt").toString());
    assertThat(Files.readString(alone)).isEmpty(); // read (no pair alone), not refused as an unmappable path:
    assertThat(scanFromAShell("POSIX", alone, "--copies-only", corpus.resolve("café.txt").toString())).contains("1 document");
  }
}
