package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerBenchmarkTest {
  @TempDir Path dir;

  @Test
  void simTextPairsAreReadWithTheLargerOfTheirTwoPercentages() throws IOException {
    Path out = dir.resolve("sim.out");
    Files.writeString(out, """
        File c/docs/d1.txt: 618 words, 23 lines
        Total input: 3 files (3 new, 0 old), 1800 words

        c/docs/d2.txt consists for 40 % of c/docs/d1.txt material
        c/docs/d1.txt consists for 75 % of c/docs/d2.txt material
        c/docs/d3.txt consists for 12 % of c/docs/d1.txt material
        """);
    assertThat(PeerBenchmark.readSimText(out)).containsEntry("d1\u0000d2", 75).containsEntry("d1\u0000d3", 12).hasSize(2);
  }

  @Test
  void pairsAreReadInIdOrderWithTheirRelation() throws IOException {
    Path truth = dir.resolve("truth.jsonl");
    Files.writeString(truth, """
        {"a": "doc9", "b": "doc1", "relation": "near_duplicate", "source": "doc9", "passages": []}
        {"a": "doc2", "b": "doc3", "relation": "paraphrase"}
        """);
    assertThat(PeerBenchmark.readPairs(truth)).containsExactly(new SyntheticCorpus.TruePair("doc1", "doc9", Relation.NEAR_DUPLICATE),
        new SyntheticCorpus.TruePair("doc2", "doc3", Relation.PARAPHRASE));
  }

  @Test
  void anEmptyThreadListIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PeerBenchmark.Options(dir.resolve("gen.py"), List.of(100), 1, dir,
            List.of("doppel"), List.of(PeerBenchmark.Mode.COPIES), List.of(), true, line -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be >= 1 each");
  }
}
