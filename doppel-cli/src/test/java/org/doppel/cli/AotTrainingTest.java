package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.doppel.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AotTrainingTest {
  @TempDir Path dir;
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @Test
  void writesOnePlainTextFileADocumentWithItsText() throws Exception {
    AotTraining.writeCorpus(dir, 40, 3);
    List<SyntheticCorpus.Planted> planted = SyntheticCorpus.generate(40, 3).planted();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(planted.stream().map(p -> p.source().id() + ".txt").toList());
    }
    for (SyntheticCorpus.Planted p : planted) {
      assertThat(Files.readString(dir.resolve(p.source().id() + ".txt"))).isEqualTo(p.source().text());
    }
  }

  @Test
  void theTrainingScanReachesTheCopyScansVerificationAndLeavesNoCorpusBehind() throws Exception {
    assertThat(AotTraining.train(dir, 120)).isZero();
    // the planted copies are found: the run went through candidates, verification and direction, not only reading
    List<String> report = Files.readAllLines(dir.resolve(AotTraining.REPORT));
    assertThat(report).anyMatch(line -> line.contains("\"relation\":\"exact\""))
        .anyMatch(line -> line.contains("\"relation\":\"near_duplicate\""))
        .anyMatch(line -> line.contains("\"relation\":\"partial\""));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly(AotTraining.REPORT);
    }
  }
}
