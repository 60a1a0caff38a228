package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.doppel.eval.Fixtures.pair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceEvaluationTest {
  @TempDir
  Path dir;

  private static LabelledPair truth(String a, String b, Relation relation, String source, String... evidence) {
    return pair(a, b, relation).withDirection(source, List.of(evidence));
  }

  private static LabelledPair predicted(String a, String b, Relation relation, String source) {
    return pair(a, b, relation).withDirection(source, List.of());
  }

  @Test
  void directionCountsUnknownAndMissingPairsWithEvidenceAsWrong() {
    List<LabelledPair> truth = List.of(
        truth("o", "c1", Relation.EXACT, "o", "date"),
        truth("o", "c2", Relation.EXACT, "o", "attribution"),
        truth("o", "c3", Relation.EXACT, "o", "date"),
        truth("o", "c4", Relation.EXACT, "o", "date"),
        truth("o", "c5", Relation.PARTIAL, "o"),
        truth("o", "c6", Relation.PARTIAL, "o"),
        truth("c1", "c2", Relation.EXACT, "o"),
        truth("x", "y", Relation.UNRELATED, null));
    List<LabelledPair> predicted = List.of(
        predicted("o", "c1", Relation.EXACT, "o"),
        predicted("o", "c2", Relation.EXACT, "c2"),
        predicted("o", "c3", Relation.EXACT, null),
        predicted("o", "c5", Relation.PARTIAL, "o"),
        predicted("o", "c6", Relation.PARTIAL, null),
        predicted("c1", "c2", Relation.EXACT, "c1"));
    DirectionScores d = ProvenanceEvaluation.direction(truth, predicted);
    assertThat(d.withEvidence()).isEqualTo(4);
    assertThat(d.withEvidenceRight()).isEqualTo(1);
    assertThat(d.withEvidenceUnknown()).isEqualTo(1);
    assertThat(d.withEvidenceMissing()).isEqualTo(1);
    assertThat(d.accuracyWithEvidence()).isEqualTo(0.25);
    assertThat(d.withoutEvidence()).isEqualTo(2);
    assertThat(d.answeredWithoutEvidence()).isEqualTo(0.5);
    assertThat(d.precisionWithoutEvidence()).isEqualTo(1.0);
  }

  @Test
  void adjustedRandIndexMatchesAHandComputedValue() {
    // truth {a,b,c} {d,e}; predicted {a,b} {c,d,e}: sum C(n_ij) = 1 + 1 = 2, sum C(a_i) = 3 + 1 = 4,
    // sum C(b_j) = 1 + 3 = 4, C(5) = 10: expected 1.6, ARI = (2 - 1.6) / (4 - 1.6) = 1/6
    Map<String, String> truth = Map.of("a", "t1", "b", "t1", "c", "t1", "d", "t2", "e", "t2");
    Map<String, String> predicted = Map.of("a", "p1", "b", "p1", "c", "p2", "d", "p2", "e", "p2");
    assertThat(AdjustedRandIndex.of(List.of("a", "b", "c", "d", "e"), truth, predicted)).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(AdjustedRandIndex.of(List.of("a", "b", "c", "d", "e"), truth, truth)).isEqualTo(1.0);
    assertThat(AdjustedRandIndex.of(List.of("a", "b"), Map.of(), Map.of())).isEqualTo(1.0);
  }

  @Test
  void familiesComeFromTheFileWhenGivenAndFromPredictedPairsOtherwise() throws Exception {
    List<LabelledPair> truth = List.of(truth("o", "c1", Relation.EXACT, "o"), truth("o", "c2", Relation.PARTIAL, "o"),
        truth("x", "o", Relation.UNRELATED, null));
    List<LabelledPair> predicted = List.of(predicted("o", "c1", Relation.EXACT, "o"));
    ProvenanceResult fromPairs = ProvenanceEvaluation.evaluate(truth, predicted, null);
    assertThat(fromPairs.familiesFrom()).isEqualTo("predicted pairs");
    assertThat(fromPairs.documents()).isEqualTo(4);
    assertThat(fromPairs.truthFamilies()).isEqualTo(1);
    assertThat(fromPairs.familyAri()).isLessThan(1.0);

    Path file = dir.resolve("families.jsonl");
    Files.writeString(file, """
        {"family": "f1", "origin": "o", "members": ["o", "c1", "c2"], "edges": []}
        {"family": "f2", "origin": "x", "members": ["x"], "edges": []}
        not json
        {"family": "f3", "members": ["c1"]}
        """);
    FamilyFileReader.Families families = new FamilyFileReader().read(file);
    assertThat(families.problems()).extracting(InputProblem::line).containsExactly(3, 4);
    ProvenanceResult fromFile = ProvenanceEvaluation.evaluate(truth, predicted, families.familyOf());
    assertThat(fromFile.familiesFrom()).isEqualTo("families file");
    assertThat(fromFile.familyAri()).isEqualTo(1.0);
  }

  @Test
  void aMissingFamiliesFileIsAnInputError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FamilyFileReader().read(dir.resolve("none.jsonl")))
        .isInstanceOf(EvalInputException.class).hasMessageContaining("none.jsonl: no such file");
  }

  @Test
  void thePairReaderKeepsSourceAndDirectionEvidence() throws Exception {
    Path file = dir.resolve("truth.jsonl");
    Files.writeString(file, """
        {"a": "d2", "b": "d1", "relation": "exact", "source": "d1", "direction_evidence": ["date", "attribution"], "passages": []}
        {"a": "d3", "b": "d4", "relation": "partial", "source": null, "passages": []}
        """);
    PairFile read = new PairFileReader().read(file);
    assertThat(read.pairs().get(0).key()).isEqualTo(new PairKey("d1", "d2"));
    assertThat(read.pairs().get(0).source()).isEqualTo("d1");
    assertThat(read.pairs().get(0).directionEvidence()).containsExactly("date", "attribution");
    assertThat(read.pairs().get(0).sourceInPair()).isTrue();
    assertThat(read.pairs().get(1).source()).isNull();
    assertThat(read.pairs().get(1).directionEvidence()).isEmpty();
  }
}
