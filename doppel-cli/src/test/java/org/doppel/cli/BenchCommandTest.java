package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** The "Reproduce with" line of bench's report gives back the run, and options of the other kind of run are refused. */
class BenchCommandTest {
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private static BenchCommand parsed(String... args) {
    BenchCommand command = new BenchCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  /** The options of the run {@code line} names, parsed back ("./doppel bench" and quoted JVM options dropped). */
  private static BenchCommand reparsed(String line) {
    String[] words = line.substring(line.indexOf("./doppel bench ") + "./doppel bench ".length()).split(" ");
    return parsed(words);
  }

  @Test
  void theComparisonWithSimTextIsReproducedWithEveryOptionItRanWith() {
    BenchCommand run = parsed("--generator", "gen.py", "--sizes", "200,400", "--seed", "3", "--modes", "COPIES", "--thread-counts", "2",
        "--no-sim-text", "--work", "/tmp/corpora", "--out", "peers.md");
    BenchCommand again = reparsed(run.peersCommand());
    assertThat(again).usingRecursiveComparison().ignoringFields("spec").isEqualTo(run);
    assertThat(run.peersCommand()).contains(" --no-sim-text", " --work /tmp/corpora");
  }

  @Test
  void theSyntheticRunIsReproducedWithEveryOptionItRanWith() {
    BenchCommand run = parsed("--sizes", "50", "--seed", "9", "--threads", "1", "--profile-docs", "0", "--scan-limit", "30", "--rewrites", "COPIES",
        "--work", "/tmp/corpora");
    assertThat(reparsed(run.syntheticCommand())).usingRecursiveComparison().ignoringFields("spec").isEqualTo(run);
  }

  @Test
  void anOptionOfTheOtherKindOfRunIsMisuseNotIgnored() {
    for (String[] args : new String[][] {{"bench", "--sizes", "50", "--no-sim-text"}, {"bench", "--sizes", "50", "--modes", "COPIES"},
        {"bench", "--generator", "gen.py", "--threads", "2"}}) {
      console.reset();
      assertThat(DoppelCli.run(args)).as(Arrays.toString(args)).isEqualTo(2);
      assertThat(console.stderr().strip().lines()).as(Arrays.toString(args)).singleElement().asString().startsWith("doppel bench: --");
    }
  }
}
