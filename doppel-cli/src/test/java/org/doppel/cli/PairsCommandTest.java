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
    // a line per row (lines 2..7 of the file), the skipped rows 4 and 7 with an empty score and label, then the summary
    assertThat(lines).hasSize(7);
    for (int row : new int[] {0, 1, 3, 4}) {
      assertThat(lines.get(row)).matches("[01]\\.\\d{4}\t[01]");
    }
    assertThat(lines.get(2)).isEqualTo("\t");
    assertThat(lines.get(5)).isEqualTo("\t");
    assertThat(lines.get(6)).startsWith("accuracy ").contains("precision", "recall", "F1", "(4 labelled rows, threshold 0.50)");
    double riverSwap = Double.parseDouble(lines.get(1).split("\t")[0]);
    double clauseMoved = Double.parseDouble(lines.get(3).split("\t")[0]);
    assertThat(clauseMoved).isGreaterThan(riverSwap);
    assertThat(lines.get(3)).endsWith("\t1");
    assertThat(lines.get(4)).endsWith("\t0"); // unrelated sentences
    assertThat(console.stderr())
        .contains("tiny.tsv:4: label must be 0 or 1")
        .contains("tiny.tsv:7: expected 3 tab-separated fields, found 2");
  }

  @Test
  void aFileWithNoGoodRowExitsWithTwoSayingSo() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "label\ttext1\ttext2\n1\tonly one sentence\n7\tfirst\tsecond\n");
    assertThat(DoppelCli.run("pairs", bad.toString())).isEqualTo(2);
    assertThat(console.stdout()).isEmpty();
    assertThat(console.stderr()).contains("bad.tsv:2: expected 3 tab-separated fields").contains("bad.tsv:3: label must be 0 or 1")
        .contains("bad.tsv: no sentence pair could be read (every row was skipped, above)");
    Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
    assertThat(DoppelCli.run("pairs", empty.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("empty.tsv: no sentence pair could be read");
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

  /**
   * The model file records how it was made, and making it again from the repository gives the same bytes:
   * {@code train-small-model.json} was written by the command below (its features in {@code train-small-features.bin},
   * written by the same run's --feature-cache, so that the retraining runs no sentence model and does not
   * depend on the floating point of the machine's ONNX kernels).
   */
  @Test
  void retrainingTheFixtureWritesTheSameModelFile() throws Exception {
    Path expected = Path.of(PairsCommandTest.class.getResource("/pairs/train-small-model.json").toURI());
    Path features = Path.of(PairsCommandTest.class.getResource("/pairs/train-small-features.bin").toURI());
    Path data = Path.of(PairsCommandTest.class.getResource("/pairs/train-small.tsv").toURI());
    Path model = dir.resolve("train-small-model.json");
    int code = DoppelCli.run("pairs", "--train", model.toString(), "--folds", "2", "--rounds", "30", "--seed", "7",
        "--set-weight", "train-small=2", "--feature-cache", features.toString(), data.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(Files.readString(model)).isEqualTo(Files.readString(expected));
    // written as a report is, readable by others: a temporary file of the command's own left the model owner-only
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(model))).isEqualTo("rw-r--r--");
    String dataSha256 = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data)));
    var record = org.doppel.match.sentence.BoostedTrees.fromJson(Files.newInputStream(model),
        org.doppel.match.sentence.PairFeatures.NAMES).training().orElseThrow();
    assertThat(record.data()).containsExactly(new org.doppel.match.sentence.TrainingRecord.DataFile("train-small.tsv", dataSha256));
    assertThat(record.seed()).isEqualTo(7);
    assertThat(record.parameters()).containsEntry("rounds", "30").containsEntry("folds", "2").containsEntry("weight:train-small", "2.0");
    assertThat(record.command()).isEqualTo(
        "doppel pairs --train train-small-model.json --folds 2 --seed 7 --rounds 30 --depth 4 --learning-rate 0.03 --set-weight train-small=2.0 train-small.tsv");
  }

  /** A feature cache is the features of the files it was written for: given other files, training stops before any fit. */
  @Test
  void aFeatureCacheOfOtherFilesIsRefusedSayingWhatToDo() throws Exception {
    Path features = Path.of(PairsCommandTest.class.getResource("/pairs/train-small-features.bin").toURI());
    Path model = dir.resolve("model.json");
    int code = DoppelCli.run("pairs", "--train", model.toString(), "--folds", "2", "--feature-cache", features.toString(),
        fixture().toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.stderr()).contains(features + " holds the features of [train-small, mismatched")
        .contains("not of [tiny, mismatched").contains("; delete it or give another --feature-cache");
    assertThat(model).doesNotExist();
  }
}
