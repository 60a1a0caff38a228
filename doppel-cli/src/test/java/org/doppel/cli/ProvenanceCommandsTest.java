package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** scan's direction fields and --families, the trace command, and eval's provenance section. */
class ProvenanceCommandsTest {
  private static final String BODY = "The harbour authority said on Tuesday that four new cranes had arrived after a six-week "
      + "voyage from Shanghai, and that each of them stands taller than a thirty-storey building on the quay.\\n\\n"
      + "Engineers will spend the summer bolting the cranes to their rails, testing the spreaders and training the crews "
      + "who will drive them from the cabins one hundred metres above the water.\\n\\n"
      + "The port expects the new terminal to handle two million more containers a year once the cranes are working, "
      + "which would make it the busiest on the northern coast.";
  private static final String OTHER = "The city council voted to close the old library on Main Street next spring and to "
      + "move its collection of forty thousand books into the renovated town hall, where a reading room will open in June.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws Exception {
    corpus = dir.resolve("feed.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\": \"orig\", \"site\": \"Harbour Times\", \"date\": \"2019-03-01\", \"text\": \"New cranes\\n\\n" + BODY + "\"}",
        "{\"id\": \"copy\", \"site\": \"Coast Daily\", \"date\": \"2019-03-04\", \"text\": \"New cranes\\n\\n" + BODY + "\"}",
        "{\"id\": \"undated\", \"text\": \"New cranes\\n\\n" + BODY + "\"}",
        "{\"id\": \"library\", \"date\": \"2019-03-02\", \"text\": \"Library moves\\n\\n" + OTHER + "\"}") + "\n");
  }

  @Test
  void scanNamesTheEarlierDocumentAsSourceAndWritesEveryDocumentIntoOneFamily() throws Exception {
    Path pairs = dir.resolve("pairs.jsonl");
    Path families = dir.resolve("families.jsonl");

    int exit = DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", pairs.toString(), "--families", families.toString(),
        corpus.toString());

    assertThat(exit).isZero();
    JsonNode dated = Files.readAllLines(pairs).stream().map(ProvenanceCommandsTest::json)
        .filter(p -> p.get("a").asText().equals("copy") && p.get("b").asText().equals("orig")).findFirst().orElseThrow();
    assertThat(dated.get("source").asText()).isEqualTo("orig");
    assertThat(dated.get("direction_evidence")).extracting(JsonNode::asText).containsExactly("date");
    assertThat(dated.get("direction_detail").asText()).contains("orig published 2019-03-01");
    JsonNode undated = Files.readAllLines(pairs).stream().map(ProvenanceCommandsTest::json)
        .filter(p -> p.get("b").asText().equals("undated")).findFirst().orElseThrow();
    assertThat(undated.get("source").isNull()).isTrue();
    assertThat(undated.get("direction_evidence")).isEmpty();

    List<JsonNode> lines = Files.readAllLines(families).stream().map(ProvenanceCommandsTest::json).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("family").asText()).isEqualTo("family-1");
    assertThat(lines.get(0).get("members")).extracting(JsonNode::asText).containsExactlyInAnyOrder("orig", "copy", "undated");
    assertThat(lines.get(0).get("edges")).anySatisfy(edge -> {
      assertThat(edge.get("from").asText()).isEqualTo("orig");
      assertThat(edge.get("to").asText()).isEqualTo("copy");
      assertThat(edge.get("relation").asText()).isEqualTo("exact");
    });
    assertThat(lines.get(1).get("members")).extracting(JsonNode::asText).containsExactly("library");
    assertThat(lines.get(1).get("origin").asText()).isEqualTo("library");
  }

  @Test
  void textReportShowsTheDirection() {
    int exit = DoppelCli.run("scan", "--quiet", corpus.toString());
    assertThat(exit).isZero();
    assertThat(console.stdout()).contains("(likely original: orig)").contains("direction: orig is the likely original (date, confidence 0.90)")
        .contains("direction unknown:");
  }

  @Test
  void traceListsTheFamilyAndEverythingThatCopiedTheDocument() {
    int exit = DoppelCli.run("trace", "orig", "--in", corpus.toString());
    assertThat(exit).isZero();
    String out = console.stdout();
    assertThat(out).startsWith("orig  \"New cranes\", Harbour Times, 2019-03-01");
    assertThat(out).contains("family family-1: 3 members");
    assertThat(out).contains("copied by (1):").contains("1. copy  exact 1.00  generation 1; evidence: date");
    assertThat(out).contains("related, direction unknown:").contains("undated  exact 1.00");
    assertThat(out).contains("passage 1: orig [");
  }

  @Test
  void traceWritesJsonAndRefusesAnUnknownDocument() throws Exception {
    assertThat(DoppelCli.run("trace", "copy", "--format", "json", "--in", corpus.toString())).isZero();
    JsonNode trace = JSON.readTree(console.stdout());
    assertThat(trace.get("document").asText()).isEqualTo("copy");
    assertThat(trace.get("taken_from").get(0).get("document").asText()).isEqualTo("orig");
    assertThat(trace.get("taken_from").get(0).get("passages")).isNotEmpty();
    assertThat(trace.get("copied_by")).isEmpty();

    assertThat(DoppelCli.run("trace", "nobody", "--in", corpus.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("no document 'nobody'");
  }

  @Test
  void traceGivenAPagesAddressOrAFileOfManyDocumentsNamesTheirIds() throws Exception {
    // a crawl's page is FILE/ADDRESS, and an address crawled on two days is two documents: the address a researcher
    // has at hand was refused with no hint at the ids
    Path crawl = dir.resolve("crawl");
    Files.createDirectories(crawl);
    Files.writeString(crawl.resolve("monday.jsonl"), "{\"id\": \"m1\", \"url\": \"https://coast.example/cranes\", \"text\": \"New cranes\\n\\n"
        + BODY + "\"}\n{\"id\": \"m2\", \"text\": \"Library moves\\n\\n" + OTHER + "\"}\n");
    Files.writeString(crawl.resolve("tuesday.jsonl"), "{\"id\": \"t1\", \"url\": \"https://coast.example/cranes\", \"text\": \"Cranes\\n\\n"
        + BODY + "\"}\n");

    assertThat(DoppelCli.run("trace", "https://coast.example/cranes", "--in", crawl.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("no document 'https://coast.example/cranes'",
        "; the page at that address is 2 documents, 'm1', 't1'");

    assertThat(DoppelCli.run("trace", crawl.resolve("monday.jsonl").toString(), "--in", crawl.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("; that file is 2 documents, 'm1', 'm2'");
  }

  @Test
  void evalReportsDirectionAccuracyAndFamilyAgreement() throws Exception {
    Path pairs = dir.resolve("pairs.jsonl");
    Path families = dir.resolve("families.jsonl");
    DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", pairs.toString(), "--families", families.toString(), corpus.toString());
    Path truth = dir.resolve("truth.jsonl");
    Files.writeString(truth, String.join("\n",
        "{\"a\": \"copy\", \"b\": \"orig\", \"relation\": \"exact\", \"source\": \"orig\", \"direction_evidence\": [\"date\"]}",
        "{\"a\": \"orig\", \"b\": \"undated\", \"relation\": \"exact\", \"source\": \"orig\", \"direction_evidence\": []}",
        "{\"a\": \"copy\", \"b\": \"undated\", \"relation\": \"exact\", \"source\": \"orig\", \"direction_evidence\": []}",
        "{\"a\": \"library\", \"b\": \"orig\", \"relation\": \"unrelated\", \"source\": null, \"direction_evidence\": []}") + "\n");

    int exit = DoppelCli.run("eval", "--truth", truth.toString(), "--pred", pairs.toString(), "--families", families.toString(), "--json");

    assertThat(exit).isZero();
    JsonNode provenance = JSON.readTree(console.stdout()).get("provenance");
    assertThat(provenance.get("direction_with_evidence").get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(provenance.get("direction_without_evidence").get("pairs").asInt()).isEqualTo(1);
    assertThat(provenance.get("direction_without_evidence").get("answered").asInt()).isZero();
    assertThat(provenance.get("families").get("ari").asDouble()).isEqualTo(1.0);
    assertThat(provenance.get("families").get("from").asText()).isEqualTo("families file");
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
