package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * Everything the command line itself says, recorded: the help of every command (the root's, each command's and each
 * nested command's), the version, and the one-line messages and exit codes of the misuses picocli answers before a command
 * runs (an unknown option, a missing argument, a value it cannot convert). A change to how the command line is built (as
 * the start-up work on picocli's reflection asks for, docs/benchmarks.md) must leave every byte of it as it is.
 *
 * <p>The record is {@code command-line-texts.txt} beside this class; after an intended change to a help text, run this
 * test with {@code -Ddoppel.recordCommandLineTexts=PATH_OF_THAT_FILE} to write it again, and read the diff.
 */
class CommandLineTextsTest {
  private static final String RECORD = "command-line-texts.txt";

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void everyHelpVersionAndMisuseMessageIsAsRecorded() throws IOException {
    StringBuilder texts = new StringBuilder();
    for (List<String> invocation : invocations()) {
      console.reset();
      int exit = DoppelCli.run(invocation.toArray(String[]::new));
      texts.append("=== doppel ").append(String.join(" ", invocation)).append("\nexit ").append(exit)
          .append("\n--- stdout\n").append(console.stdout()).append("--- stderr\n").append(console.stderr());
    }
    String recordTo = System.getProperty("doppel.recordCommandLineTexts");
    if (recordTo != null) {
      Files.writeString(Path.of(recordTo), texts, StandardCharsets.UTF_8);
    }
    assertThat(texts.toString()).isEqualTo(recorded());
  }

  @Test
  void theRecordHasTheHelpOfEveryCommand() throws IOException {
    List<String> commands = commandPaths(DoppelCli.commandLine(), List.of()).stream().map(path -> String.join(" ", path)).toList();
    assertThat(commands).hasSizeGreaterThan(20).contains("scan", "index add", "query", "trace", "extract");
    String record = recorded();
    commands.forEach(command -> assertThat(record).contains("=== doppel " + command + " --help\nexit 0\n--- stdout\nUsage: doppel " + command));
  }

  /** The help of every command, then misuses of the commands most run; the commands are found, not listed. */
  private static List<List<String>> invocations() {
    List<List<String>> invocations = new ArrayList<>();
    invocations.add(List.of("--help"));
    invocations.add(List.of("-h"));
    invocations.add(List.of("--version"));
    invocations.add(List.of("-V"));
    invocations.add(List.of());
    invocations.add(List.of("help", "scan"));
    invocations.add(List.of("scna"));
    invocations.add(List.of("--bogus"));
    invocations.add(List.of("--version", "scan"));
    for (List<String> command : commandPaths(DoppelCli.commandLine(), List.of())) {
      invocations.add(concat(command, "--help"));
      invocations.add(concat(command, "-V"));
      invocations.add(concat(command, "--bogus-option"));
    }
    // what picocli refuses before a command runs: a missing argument, and values of the wrong form
    invocations.add(List.of("scan"));
    invocations.add(List.of("scan", "--quiet"));
    invocations.add(List.of("scan", "--threads", "many", "corpus"));
    invocations.add(List.of("scan", "--format", "pdf", "corpus"));
    invocations.add(List.of("scan", "--min-score", "high", "corpus"));
    invocations.add(List.of("scan", "--out"));
    invocations.add(List.of("query"));
    invocations.add(List.of("query", "--top", "ten", "index", "doc.txt"));
    invocations.add(List.of("trace"));
    invocations.add(List.of("trace", "--in"));
    invocations.add(List.of("extract"));
    invocations.add(List.of("index"));
    invocations.add(List.of("index", "add"));
    invocations.add(List.of("index", "merge", "--segments", "some", "index"));
    invocations.add(List.of("eval-rewrites", "--part", "both", "corpus"));
    return invocations;
  }

  /** The name paths of every command under {@code line} (the help command left out: it has no help of its own). */
  private static List<List<String>> commandPaths(CommandLine line, List<String> above) {
    List<List<String>> paths = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
      if (sub.getValue().getCommand() instanceof CommandLine.HelpCommand) {
        continue;
      }
      List<String> path = concat(above, sub.getKey());
      paths.add(path);
      paths.addAll(commandPaths(sub.getValue(), path));
    }
    return paths;
  }

  private static List<String> concat(List<String> list, String last) {
    return Stream.concat(list.stream(), Stream.of(last)).toList();
  }

  private static String recorded() throws IOException {
    try (InputStream in = CommandLineTextsTest.class.getResourceAsStream(RECORD)) {
      assertThat(in).as("the record " + RECORD).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
