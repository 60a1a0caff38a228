package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real model on a five-row fixture (loading it takes about a second). */
class PairsCommandTest {
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();
  @TempDir
  Path dir;

  private static Path fixture() throws Exception {
    return Path.of(PairsCommandTest.class.getResource("/pairs/tiny.tsv").toURI());
  }

  @Test
  void scoresEachGoodRowInOrderThenSummarises() throws Exception {
    int code = DoppelCli.run("pairs", fixture().toString());
    assertThat(code).as(console.stderr()).isZero();
    List<String> lines = console.stdout().lines().toList();
    assertThat(lines).hasSize(5);
    for (String line : lines.subList(0, 4)) {
      assertThat(line).matches("[01]\\.\\d{4}\t[01]");
    }
    assertThat(lines.get(4)).startsWith("accuracy ").contains("precision", "recall", "F1", "(4 labelled rows, threshold 0.50)");
    double riverSwap = Double.parseDouble(lines.get(1).split("\t")[0]);
    double clauseMoved = Double.parseDouble(lines.get(2).split("\t")[0]);
    assertThat(clauseMoved).isGreaterThan(riverSwap);
    assertThat(lines.get(2)).endsWith("\t1");
    assertThat(lines.get(3)).endsWith("\t0"); // unrelated sentences
    assertThat(console.stderr())
        .contains("tiny.tsv:4: label must be 0 or 1")
        .contains("tiny.tsv:7: expected 3 tab-separated fields, found 2");
  }

  @Test
  void scoresOnePairGivenAsText() {
    int code = DoppelCli.run("pairs", "--text", "Flights from New York to Florida were cancelled.", "Flights from Florida to New York were cancelled.");
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout().strip()).matches("[01]\\.\\d{4}\t[01]");
  }

  @Test
  void wrongArgumentsAndMissingFilesExitWithTwo() {
    assertThat(DoppelCli.run("pairs", "--text", "only one")).isEqualTo(2);
    assertThat(console.stderr()).contains("exactly two sentences");
    assertThat(DoppelCli.run("pairs", dir.resolve("missing.tsv").toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("missing.tsv: no such file");
    assertThat(DoppelCli.run("pairs", "--text", "a", "b", "--threshold", "1.5")).isEqualTo(2);
    assertThat(console.stderr()).contains("--threshold must be in (0, 1)");
  }

  @Test
  void trainsAModelThatThePairsCommandCanUse() throws Exception {
    Path model = dir.resolve("model.json");
    int code = DoppelCli.run("pairs", "--train", model.toString(), "--folds", "2", fixture().toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("| tiny | 4 |").contains("2-fold cross-validation");
    assertThat(Files.readString(model)).contains("\"kind\":\"doppel boosted trees\"");
    assertThat(DoppelCli.run("pairs", "--model", model.toString(), "--text", "a cat", "a cat")).isZero();
  }
}
