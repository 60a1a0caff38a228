package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.eval.Fixtures.passage;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairFileReaderTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PairFileReaderTest.class.getResource(name).toURI());
  }

  @Test
  void readsBothPassageFormsAndCanonicalises() throws Exception {
    PairFile file = new PairFileReader().read(resource("mixed.jsonl"));
    // Direction fields are checked in ProvenanceEvaluationTest; here only what the pair says about reuse.
    assertThat(file.pairs().stream().map(p -> new LabelledPair(p.key(), p.relation(), p.passages()))).containsExactly(
        new LabelledPair(new PairKey("d1", "d2"), Relation.EXACT, List.of(passage(0, 10, 5, 15))),
        new LabelledPair(new PairKey("d3", "d4"), Relation.PARTIAL, List.of(passage(30, 40, 1, 2), passage(50, 60, 7, 8))),
        new LabelledPair(new PairKey("d1", "d5"), Relation.UNRELATED, List.of()),
        new LabelledPair(new PairKey("d8", "d9"), Relation.PARAPHRASE, List.of(passage(0, 10, 5, 6))));
  }

  @Test
  void reportsEachBadLineWithItsNumber() throws Exception {
    PairFile file = new PairFileReader().read(resource("mixed.jsonl"));
    assertThat(file.problems()).extracting(InputProblem::line).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(file.problems()).allSatisfy(problem -> assertThat(problem.toString()).startsWith(problem.file() + ":" + problem.line() + ": "));
    assertThat(file.problems().get(0).message()).contains("unknown relation 'copy'");
    assertThat(file.problems().get(1).message()).contains("invalid JSON");
    assertThat(file.problems().get(2).message()).contains("appears again");
    assertThat(file.problems().get(3).message()).contains("passage dropped");
    assertThat(file.problems().get(4).message()).contains("itself");
    assertThat(file.problems().get(5).message()).contains("bad range");
    assertThat(file.problems().get(6).message()).contains("neither");
    assertThat(file.problems().get(7).message()).contains("\"a\"");
  }

  @Test
  void missingFileIsUnusable(@TempDir Path dir) {
    Path missing = dir.resolve("nope.jsonl");
    assertThatThrownBy(() -> new PairFileReader().read(missing))
        .isInstanceOf(EvalInputException.class).hasMessageContaining(missing.toString());
  }

  @Test
  void fileWithoutAnyValidLineIsUnusable() throws Exception {
    Path garbage = resource("garbage.jsonl");
    assertThatThrownBy(() -> new PairFileReader().read(garbage))
        .isInstanceOf(EvalInputException.class).hasMessageContaining("none of its 2 lines");
  }

  @Test
  void emptyFileHasNoPairs(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
    assertThat(new PairFileReader().read(empty).pairs()).isEmpty();
  }
}
