package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledSetFileTest {
  @TempDir Path dir;

  @Test
  void featuresComeBackAsWritten() throws IOException {
    Path file = dir.resolve("features.bin");
    SentencePairTraining.LabelledSet msrp =
        new SentencePairTraining.LabelledSet("msrp", new double[][] {{0.5, -1}, {Double.NaN, 2.25}}, new int[] {1, 0});
    LabelledSetFile.write(file, List.of("a", "b"), List.of(msrp));
    List<SentencePairTraining.LabelledSet> read = LabelledSetFile.read(file, List.of("a", "b"));
    assertThat(read).hasSize(1);
    assertThat(read.get(0).name()).isEqualTo("msrp");
    assertThat(read.get(0).labels()).containsExactly(1, 0);
    assertThat(read.get(0).features()[0]).containsExactly(0.5, -1);
    assertThat(read.get(0).features()[1][1]).isEqualTo(2.25);
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void aFileOfOtherFeaturesOrNoFeaturesIsRefusedWithItsName() throws IOException {
    Path file = dir.resolve("features.bin");
    LabelledSetFile.write(file, List.of("a"), List.of(new SentencePairTraining.LabelledSet("x", new double[][] {{1}}, new int[] {1})));
    assertThatThrownBy(() -> LabelledSetFile.read(file, List.of("a", "b")))
        .isInstanceOf(IOException.class).hasMessageContaining(file.toString()).hasMessageContaining("other features");
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello there");
    assertThatThrownBy(() -> LabelledSetFile.read(text, List.of("a")))
        .isInstanceOf(IOException.class).hasMessageContaining("not a feature file");
    byte[] whole = Files.readAllBytes(file);
    Path cut = Files.write(dir.resolve("cut.bin"), java.util.Arrays.copyOf(whole, whole.length - 3));
    assertThatThrownBy(() -> LabelledSetFile.read(cut, List.of("a")))
        .isInstanceOf(IOException.class).hasMessageContaining(cut.toString()).hasMessageContaining("cut short");
  }
}
