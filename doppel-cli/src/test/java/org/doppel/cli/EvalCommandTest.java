package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final String TRUTH = """
      {"a": "d1", "b": "d2", "relation": "exact", "source": "d1", "direction_evidence": [], "passages": [[0, 10, 0, 10]]}
      {"a": "d1", "b": "d3", "relation": "partial", "source": "d1", "direction_evidence": [], "passages": [[0, 10, 20, 30]]}
      {"a": "d2", "b": "d3", "relation": "paraphrase", "source": "d1", "direction_evidence": [], "passages": [[0, 10, 0, 12]]}
      {"a": "d4", "b": "d5", "relation": "unrelated", "source": null, "direction_evidence": [], "passages": []}
      """;
  // d1-d2 exact, found whole; d1-d3 partial, given swapped and half covered; d2-d3 missed; d4-d6 not in truth
  private static final String PRED = """
      {"a": "d2", "b": "d1", "relation": "exact", "score": 1.0, "source": null, "passages": [{"a": [0, 10], "b": [0, 10]}]}
      {"a": "d3", "b": "d1", "relation": "partial", "score": 0.2, "source": null, "passages": [{"a": [20, 25], "b": [0, 5]}]}
      {"a": "d4", "b": "d6", "relation": "partial", "score": 0.1, "source": null, "passages": [{"a": [0, 5], "b": [0, 5]}]}
      """;

  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private String stdout() {
    return console.stdout();
  }

  private String stderr() {
    return console.stderr();
  }

  @Test
  void printsTables() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), TRUTH);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pred.toString());
    assertThat(code).as(stderr()).isZero();
    assertThat(stdout())
        .contains("Predicted: 3 pairs; 1 not in truth")
        .containsPattern("any reuse\\s+2\\s+1\\s+1\\s+0\\.667\\s+0\\.667\\s+0\\.667")
        .containsPattern("exact\\s+1\\s+0\\s+0\\s+1\\.000\\s+1\\.000\\s+1\\.000")
        .containsPattern("partial\\s+matched\\s+1\\s+1\\s+1\\s+1\\.000\\s+0\\.500\\s+1\\.000\\s+0\\.667");
  }

  @Test
  void aTruthWithoutPassagesScoresPairsAndSaysItsPassagesAreNotScored() throws Exception {
    // a researcher's own truth, pairs only: every passage row was 0.000, as if each predicted passage were wrong
    assertThat(evalOfTruthWithoutPassages()).as(stderr()).isZero();

    assertThat(stdout()).containsPattern("any reuse\\s+2\\s+1\\s+0\\s+0\\.667\\s+1\\.000")
        .contains("Passages (PAN): not scored, the truth gives no passages").doesNotContain("plagdet");
  }

  @Test
  void aTruthWithoutPassagesGivesNullPassagesInJson() throws Exception {
    assertThat(evalOfTruthWithoutPassages("--json")).as(stderr()).isZero();

    JsonNode result = new ObjectMapper().readTree(stdout());
    assertThat(result.at("/overall/pairs/tp").asInt()).isEqualTo(2);
    assertThat(result.at("/overall/passages").isNull()).isTrue();
    assertThat(result.at("/relations/exact/passages").isNull()).isTrue();
  }

  /** {@code eval} of {@link #PRED} against a truth of two pairs that gives no passages, with {@code extra} options. */
  private int evalOfTruthWithoutPassages(String... extra) throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), """
        {"a": "d1", "b": "d2", "relation": "exact"}
        {"a": "d3", "b": "d1", "relation": "partial"}
        """);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    List<String> args = new ArrayList<>(List.of("eval", "--truth", truth.toString(), "--pred", pred.toString()));
    args.addAll(List.of(extra));
    return DoppelCli.run(args.toArray(String[]::new));
  }

  @Test
  void scoresRewritePartsNamedAsTheHelpWritesThem() throws Exception {
    Files.writeString(dir.resolve("truth.jsonl"), """
        {"a": "d1", "b": "d2", "relation": "paraphrase", "category": "model:rewrite", "source": "d1"}
        {"a": "d3", "b": "d4", "relation": "paraphrase", "category": "model:rewrite", "source": "d3"}
        """);
    Files.writeString(dir.resolve("groups.json"), "{\"d1\": \"g1\", \"d2\": \"g1\", \"d3\": \"g2\", \"d4\": \"g2\", \"d5\": \"g3\"}");
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), """
        {"a": "d1", "b": "d2", "relation": "paraphrase", "score": 0.9, "source": null, "passages": []}
        {"a": "d3", "b": "d5", "relation": "paraphrase", "score": 0.6, "source": null, "passages": []}
        """);
    int code = DoppelCli.run("eval-rewrites", dir.toString(), "--pred", pred.toString(), "--part", "fit,validation,all");
    assertThat(code).as(stderr()).isZero();
    // over the whole set: one of the two reported pairs joins two groups
    assertThat(stdout()).containsPattern("fit n\\s+detected\\s+validation n\\s+detected\\s+all n")
        .containsPattern("pair precision \\(by group\\)\\s+\\S+\\s+\\S+\\s+0\\.500");
  }

  @Test
  void aBrokenRewriteSetIsNamedWithTheFileLineAndWhatIsWrongOnOneLine() throws Exception {
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    Files.writeString(dir.resolve("groups.json"), "{\"d1\": \"g1\", \"d2\": \"g1\"}");
    Files.writeString(dir.resolve("truth.jsonl"), "{\"a\": \"d1\", \"b\": \"d2\", \"category\": \"model:rewrite\"}\nnot json at all\n");
    assertThat(DoppelCli.run("eval-rewrites", dir.toString(), "--pred", pred.toString())).isEqualTo(2);
    assertThat(stderr().strip()).startsWith("doppel eval-rewrites: " + dir.resolve("truth.jsonl") + ":2: not valid JSON: Unrecognized token 'not'")
        .doesNotContain("\n").doesNotContain("REDACTED");
    console.reset();
    Files.writeString(dir.resolve("groups.json"), "{\"d1\": \"g1\",\n \"d2\": ");
    assertThat(DoppelCli.run("eval-rewrites", dir.toString(), "--pred", pred.toString())).isEqualTo(2);
    assertThat(stderr().strip()).startsWith("doppel eval-rewrites: " + dir.resolve("groups.json") + ": not valid JSON at line 2, column")
        .doesNotContain("\n").doesNotContain("REDACTED");
  }

  @Test
  void printsJson() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), TRUTH);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pred.toString(), "--json");
    assertThat(code).as(stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.at("/counts/predicted_not_in_truth").asInt()).isEqualTo(1);
    assertThat(json.at("/overall/pairs/tp").asInt()).isEqualTo(2);
    assertThat(json.at("/overall/pairs/recall").asDouble()).isEqualTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(json.at("/relations/paraphrase/pairs/precision").isNull()).isTrue();
    assertThat(json.at("/relations/partial/passages/matched/recall").asDouble()).isEqualTo(0.5);
    // over all truth pairs, one case each: d1-d2 recall 1, d1-d3 0.5, d2-d3 missed 0 -> mean 0.5
    assertThat(json.at("/overall/passages/all/recall").asDouble()).isEqualTo(0.5);
  }

  @Test
  void relationsOptionRestrictsOverallRow() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), TRUTH);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pred.toString(), "--json",
        "--relations", "exact,near_duplicate,partial");
    assertThat(code).as(stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.at("/overall/pairs/fn").asInt()).isZero();
    assertThat(json.at("/overall_relations").size()).isEqualTo(3);
  }

  @Test
  void unknownRelationInOptionIsAnError() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), TRUTH);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pred.toString(), "--relations", "exact,copy");
    assertThat(code).isEqualTo(2);
    assertThat(stderr()).contains("unknown relation 'copy'");
  }

  @Test
  void missingFileExitsWithTwo() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), TRUTH);
    Path missing = dir.resolve("missing.jsonl");
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", missing.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr()).contains(missing.toString()).contains("no such file");
  }

  @Test
  void invalidLinesAreReportedAndSkipped() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), TRUTH);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED + "{broken\n{\"a\": \"d1\", \"b\": \"d9\", \"relation\": \"copy\"}\n");
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pred.toString());
    assertThat(code).isZero();
    assertThat(stderr()).contains(pred + ":4: invalid JSON").contains(pred + ":5: unknown relation 'copy'");
    assertThat(stdout()).contains("Predicted: 3 pairs");
  }

  @Test
  void unusableTruthExitsWithTwo() throws Exception {
    Path truth = Files.writeString(dir.resolve("truth.jsonl"), "nonsense\n");
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    int code = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pred.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr()).contains(truth.toString());
  }
}
