package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencePairFileTest {
  @TempDir
  Path dir;

  @Test
  void badRowsAreSkippedWithTheirLineNumbers() throws Exception {
    Path file = Files.writeString(dir.resolve("p.tsv"), """
        label\ttext1\ttext2
        1\tA cat sat.\tA cat was sitting.
        2\tbad label\there
        0\tonly two fields
        1\t \tempty first
        0\tStocks fell.\tIt rained.
        """);
    SentencePairFile pairs = SentencePairFile.read(file);
    assertThat(pairs.labelled()).isTrue();
    assertThat(pairs.rows()).extracting(SentencePairFile.Row::line).containsExactly(2, 6);
    assertThat(pairs.labels()).containsExactly(1, 0);
    assertThat(pairs.problems()).extracting(InputProblem::line).containsExactly(3, 4, 5);
    assertThat(pairs.problems().get(0).message()).contains("label must be 0 or 1");
    assertThat(pairs.problems().get(1).message()).contains("expected 3 tab-separated fields, found 2");
  }

  @Test
  void aScoreColumnOrTwoColumnsMeanNoLabels() throws Exception {
    Path sts = Files.writeString(dir.resolve("sts.tsv"), "score\ttext1\ttext2\n4.5\ta b\ta c\n");
    assertThat(SentencePairFile.read(sts).labelled()).isFalse();
    Path two = Files.writeString(dir.resolve("two.tsv"), "text1\ttext2\nx y\tx z\n");
    SentencePairFile pairs = SentencePairFile.read(two);
    assertThat(pairs.labelled()).isFalse();
    assertThat(pairs.pairs()).hasSize(1);
    assertThatThrownBy(pairs::labels).hasMessageContaining("no labels");
  }

  @Test
  void aFileWithoutHeaderIsReadFromItsFirstLine() throws Exception {
    Path file = Files.writeString(dir.resolve("h.tsv"), "1\ta\tb\n0\tc\td\n");
    assertThat(SentencePairFile.read(file).labels()).containsExactly(1, 0);
  }

  @Test
  void missingAndUndecodableFilesAreNamed() throws Exception {
    assertThatThrownBy(() -> SentencePairFile.read(dir.resolve("none.tsv"))).hasMessageContaining("none.tsv: no such file");
    Path binary = Files.write(dir.resolve("bin.tsv"), new byte[] {'1', '\t', (byte) 0xC3, (byte) 0x28, '\t', 'x', '\n'});
    assertThatThrownBy(() -> SentencePairFile.read(binary)).hasMessageContaining("not UTF-8");
  }

  @Test
  void scoresCountAgreement() {
    BinaryScores s = BinaryScores.of(new int[] {1, 1, 0, 0, 1}, new boolean[] {true, false, true, false, true});
    assertThat(s).isEqualTo(new BinaryScores(2, 1, 1, 1));
    assertThat(s.accuracy()).isEqualTo(0.6);
    assertThat(s.precision()).isEqualTo(2.0 / 3);
    assertThat(s.recall()).isEqualTo(2.0 / 3);
    assertThat(s.f1()).isEqualTo(2.0 / 3);
  }
}
