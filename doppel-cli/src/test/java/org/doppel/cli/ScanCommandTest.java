package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ScanCommandTest {
  private static final String BODY = """
      The harbour authority said on Tuesday that four new cranes had arrived after a six-week voyage from Shanghai, \
      and that each of them stands taller than a thirty-storey building on the quay.

      Engineers will spend the summer bolting the cranes to their rails, testing the spreaders and training the \
      crews who will drive them from the cabins one hundred metres above the water 🚢.

      The port expects the new terminal to handle two million more containers a year once the cranes are working, \
      which would make it the busiest on the northern coast.
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void withoutFormatTheOutFilesNameChoosesItAndAGivenFormatStillWins() throws Exception {
    // scan --out pairs.jsonl wrote the text report into a file named JSON Lines
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("original.txt"), "New cranes for the port\n\n" + BODY);
    Files.writeString(corpus.resolve("copy.txt"), "Cranes arrive\n\n" + BODY);

    assertThat(DoppelCli.run("scan", "--quiet", "--out", dir.resolve("pairs.jsonl").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--out", dir.resolve("Report.HTML").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--out", dir.resolve("pairs.txt").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--out", dir.resolve("pairs.json").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--out", dir.resolve("pairs.csv").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--format", "text", "--out", dir.resolve("asked.jsonl").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("trace", "copy", "--in", corpus.toString(), "--out", dir.resolve("trace.json").toString())).isZero();

    assertThat(JSON.readTree(Files.readAllLines(dir.resolve("pairs.jsonl")).get(0)).get("b").asText()).isEqualTo("original");
    assertThat(Files.readString(dir.resolve("Report.HTML"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(dir.resolve("pairs.txt"))).startsWith("== copy");
    assertThat(Files.readString(dir.resolve("pairs.json"))).isEqualTo(Files.readString(dir.resolve("pairs.jsonl")));
    assertThat(Files.readString(dir.resolve("asked.jsonl"))).startsWith("== copy");
    // a table for a spreadsheet: the header, then a row per passage, the passage as each document has it
    List<String> table = Files.readAllLines(dir.resolve("pairs.csv"));
    assertThat(table.get(0)).startsWith("\uFEFFa,b,relation,score,original,direction,a_title");
    assertThat(table.get(1)).startsWith("copy,original,").contains("The harbour authority said on Tuesday");
    assertThat(JSON.readTree(dir.resolve("trace.json").toFile()).get("document").asText()).isEqualTo("copy");
  }

  @Test
  void jsonLinesOutputNamesFilesByRelativePathAndCutsPassagesByCodePoints() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("x"));
    String original = "New cranes for the port\n\n" + BODY;
    String copy = "New cranes for the port\n\nHome / Business / Article | Harbour Times\nBy Jane Voe\nPublished 3 March 2019\n\n"
        + BODY + "\nShare this article: Facebook | Twitter | Email.\n";
    Files.writeString(corpus.resolve("x/42.txt"), original);
    Files.writeString(corpus.resolve("copy.txt"), copy);
    Path report = dir.resolve("pairs.jsonl");

    int exit = DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", report.toString(), corpus.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(1);
    JsonNode pair = JSON.readTree(lines.get(0));
    assertThat(pair.get("a").asText()).isEqualTo("copy");
    assertThat(pair.get("b").asText()).isEqualTo("x/42");
    assertThat(pair.get("relation").asText()).isEqualTo("exact");
    assertThat(pair.get("score").asDouble()).isEqualTo(1.0);
    assertThat(pair.has("source")).isTrue();
    assertThat(pair.get("passages")).isNotEmpty();
    for (JsonNode passage : pair.get("passages")) {
      String fromCopy = cutByCodePoints(copy, passage.get("a"));
      String fromOriginal = cutByCodePoints(original, passage.get("b"));
      assertThat(fromCopy).isEqualTo(fromOriginal);
    }
    String lastPassage = cutByCodePoints(original, pair.get("passages").get(pair.get("passages").size() - 1).get("b"));
    assertThat(lastPassage).contains("🚢").endsWith("northern coast.");
  }

  /** A corpus folder of two copies of one story under different titles. */
  private Path twoCopies() throws java.io.IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Cranes\n\n" + BODY);
    Files.writeString(corpus.resolve("b.txt"), "Cranes arrive\n\n" + BODY);
    return corpus;
  }

  @Test
  void storyLinksAreAnOptionOfScanThatChangesNothingInACorpusUnderAThousandDocuments() throws Exception {
    Path corpus = twoCopies();
    Path families = dir.resolve("families.jsonl");
    Path linked = dir.resolve("linked.jsonl");
    assertThat(DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", dir.resolve("a.jsonl").toString(),
        "--families", families.toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--story-links", "--format", "jsonl", "--out", dir.resolve("b.jsonl").toString(),
        "--families", linked.toString(), corpus.toString())).isZero();

    assertThat(Files.readString(linked)).isEqualTo(Files.readString(families)).doesNotContain("story_links");
    assertThat(DoppelCli.run("scan", "--help")).isZero();
    assertThat(console.stdout()).contains("--story-links");
  }

  @Test
  void reportsWrittenIntoTheCorpusFolderAreNotReadBackByTheNextScan() throws Exception {
    Path corpus = twoCopies();
    Path report = corpus.resolve("pairs.jsonl");
    Path families = corpus.resolve("families.jsonl");
    String[] scan = {"scan", "--quiet", "--format", "jsonl", "--out", report.toString(), "--families", families.toString(), corpus.toString()};

    assertThat(DoppelCli.run(scan)).isZero();
    String first = Files.readString(report);
    assertThat(DoppelCli.run(scan)).isZero();

    assertThat(Files.readString(report)).isEqualTo(first).contains("\"a\"");
    assertThat(console.stderr()).doesNotContain("no \"text\"").contains(report + " lies inside " + corpus);
  }

  @Test
  void reportsOfAnEarlierScanKeptInTheCorpusUnderOtherNamesAreRecognisedAndLeftOut() throws Exception {
    Path corpus = twoCopies();
    Path report = dir.resolve("first.jsonl");
    assertThat(DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", report.toString(),
        "--families", corpus.resolve("old-families.jsonl").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", corpus.resolve("old-pairs.jsonl").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--format", "html", "--out", corpus.resolve("old-report.html").toString(), corpus.toString())).isZero();
    assertThat(DoppelCli.run("scan", "--quiet", "--out", corpus.resolve("old-report.txt").toString(), corpus.toString())).isZero();
    console.reset();

    Path again = dir.resolve("again.jsonl");
    assertThat(DoppelCli.run("scan", "--quiet", "--format", "jsonl", "--out", again.toString(), corpus.toString())).isZero();

    assertThat(Files.readString(again)).isEqualTo(Files.readString(report));
    assertThat(console.stderr()).contains("old-report.html: an HTML report Doppel wrote", "old-pairs.jsonl: a pair report Doppel wrote",
        "old-families.jsonl: a families report Doppel wrote", "old-report.txt: a text report Doppel wrote").doesNotContain("no \"text\"", ":2:");
  }

  @Test
  void badFilesAreReportedByNameAndTheScanGoesOn() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Cranes\n\n" + BODY);
    Files.writeString(corpus.resolve("b.md"), "Cranes\n\n" + BODY);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.writeString(corpus.resolve("feed.jsonl"), "{\"id\": \"f1\", \"text\": \"short\"}\n{not json\n");

    int exit = DoppelCli.run("scan", "--format", "jsonl", corpus.toString());

    assertThat(exit).isZero();
    String stderr = console.stderr();
    assertThat(stderr).contains("empty.txt: empty file");
    assertThat(stderr).contains("binary.txt: looks like a binary file");
    assertThat(stderr).contains("feed.jsonl:2: not valid JSON");
    List<String> lines = console.stdout().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(JSON.readTree(lines.get(0)).get("relation").asText()).isEqualTo("exact");
  }

  @Test
  void theDuplicatesFileNamesOneDocumentToKeepAndTheOthersToDropPerSetOfCopies() throws Exception {
    Path corpus = twoCopies();
    Files.writeString(corpus.resolve("c.txt"), "Cranes\n\n" + BODY);
    Files.writeString(corpus.resolve("other.txt"), "A different story\n\nThe bakery on the corner reopened after a fire last winter, "
        + "and its owners say the bread oven survived the flames.");
    // a feed that repeats its records: ids of their own, duplicated ids named with advice that fits records
    Files.writeString(corpus.resolve("feed.jsonl"), "{\"id\": \"f1\", \"text\": \"The night ferry runs again from July.\"}\n"
        + "{\"id\": \"f2\", \"text\": \"The night ferry runs again from July.\"}\n{\"id\": \"f1\", \"text\": \"Again.\"}\n");
    Path duplicates = dir.resolve("duplicates.jsonl");

    int exit = DoppelCli.run("scan", "--copies-only", "--format", "jsonl", "--out", dir.resolve("pairs.jsonl").toString(),
        "--duplicates", duplicates.toString(), corpus.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(duplicates);
    assertThat(lines).hasSize(2);
    JsonNode copies = JSON.readTree(lines.get(0));
    assertThat(copies.get("keep").asText()).isEqualTo("a");
    assertThat(copies.get("drop")).extracting(JsonNode::asText).containsExactly("b", "c");
    JsonNode feed = JSON.readTree(lines.get(1));
    assertThat(feed.get("keep").asText()).isEqualTo("f1");
    assertThat(feed.get("drop")).extracting(JsonNode::asText).containsExactly("f2");
    assertThat(console.stderr()).contains(corpus.resolve("feed.jsonl") + ":3: duplicate document id 'f1', already read from "
        + corpus.resolve("feed.jsonl") + ":1 (skipped; the file holds this id twice; the first is kept)");
    // what a deduplicator asks first: how much of the corpus the list drops (two sets: b, c and f2 dropped)
    assertThat(console.stderr()).contains("doppel: 6 documents, ").contains("doppel: " + duplicates
        + ": 2 sets of copies; dropping 3 documents keeps 3 of 6");
  }

  @Test
  void theDuplicatesFileMayNotBeAnotherReportOrStandardOutput() {
    Path same = dir.resolve("same.jsonl");
    assertThat(DoppelCli.run("scan", "--out", same.toString(), "--duplicates", same.toString(), dir.toString())).isEqualTo(2);
    assertThat(DoppelCli.run("scan", "--duplicates", "-", dir.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("--out and --duplicates name the same file", "--duplicates needs a file");
  }

  @Test
  void theSameFileNamedTwiceIsReadOnceWithANoteNotAProblem() throws Exception {
    Path corpus = twoCopies();
    int exit = DoppelCli.run("scan", "--format", "jsonl", "--copies-only", corpus.toString(), corpus.resolve("a.txt").toString());
    assertThat(exit).isZero();
    assertThat(console.stderr()).contains(corpus.resolve("a.txt") + ": named more than once, read once")
        .doesNotContain("duplicate document id", "to keep both").contains("2 documents", "0 input problems");
    assertThat(console.stdout().lines()).hasSize(1);
  }

  @Test
  void aCleanCrawlSaysWhatItHeldWithoutCountingAProblem() throws Exception {
    Path crawl = dir.resolve("clean.warc");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(crawl, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.NONE)) {
      for (String url : List.of("https://site.example/a", "https://site.example/b")) {
        writer.write(new WarcRequest.Builder(URI.create(url)).body(new HttpRequest.Builder("GET", URI.create(url)).build()).build());
        writer.write(new WarcResponse.Builder(URI.create(url)).body(new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, ("<html><body><p>A page at " + url + " about the harbour's new ferry timetable.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8)).build()).build());
      }
    }
    assertThat(DoppelCli.run("scan", "--format", "jsonl", crawl.toString())).isZero();
    assertThat(console.stderr()).contains(crawl + ": 2 HTML pages read; 2 other records skipped (2 request)")
        .contains("2 documents", "0 input problems");
  }

  @Test
  void theSummarySaysHowManyInputProblemsSkippedSomethingAndHowManyOnlyWarned() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("crawl-export"));
    Files.writeString(corpus.resolve("kept.txt"), "Cranes\n\n" + BODY);
    Files.writeString(corpus.resolve("empty.txt"), "");
    // not UTF-8: read as Windows-1252, with a warning; the document is kept
    Files.write(corpus.resolve("latin.txt"), ("Caf\u00e9 opens\n\n" + BODY).getBytes(StandardCharsets.ISO_8859_1));

    assertThat(DoppelCli.run("scan", "--format", "jsonl", corpus.toString())).isZero();

    // main: "2 documents, 1 related pair, 2 input problems": whether any record was lost, only the lines above said
    assertThat(console.stderr()).contains("2 documents, ").contains(", 2 input problems (1 skipped, 1 warning)");
  }

  @Test
  void aRepeatedIdFromASecondFolderNamesBothFilesAndHowToKeepBoth() throws Exception {
    Path siteA = Files.createDirectories(dir.resolve("site-a"));
    Path siteB = Files.createDirectories(dir.resolve("site-b"));
    Files.writeString(siteA.resolve("story.txt"), "Cranes\n\n" + BODY);
    Files.writeString(siteB.resolve("story.txt"), "Cranes arrive\n\n" + BODY);

    int exit = DoppelCli.run("scan", "--format", "jsonl", siteA.toString(), siteB.toString());

    assertThat(exit).isZero();
    assertThat(console.stderr())
        .contains(siteB.resolve("story.txt") + ": duplicate document id 'story', already read from " + siteA.resolve("story.txt"))
        .contains("give a folder that holds both")
        .contains("1 input problem")
        .doesNotContain("1 input problems");
    assertThat(console.stdout()).isEmpty();

    int again = DoppelCli.run("scan", "--format", "jsonl", dir.toString());

    assertThat(again).isZero();
    JsonNode pair = JSON.readTree(console.stdout().lines().findFirst().orElseThrow());
    assertThat(List.of(pair.get("a").asText(), pair.get("b").asText())).containsExactlyInAnyOrder("site-a/story", "site-b/story");
  }

  @Test
  void textReportQuotesThePassagesOfEachPair() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("one.txt"), "Cranes\n\n" + BODY);
    String other = "A different story\n\nThe council met on Monday to discuss parking fees in the old town and agreed on nothing.\n\n"
        + BODY.lines().skip(3).reduce("", (x, y) -> x + y + "\n");
    Files.writeString(corpus.resolve("two.txt"), other);

    int exit = DoppelCli.run("scan", "--quiet", corpus.toString());

    assertThat(exit).isZero();
    String report = console.stdout();
    assertThat(report).contains("== one").contains("partial").contains("two").contains("\"The port expects the new terminal");
  }

  @Test
  void aRunThatReadsNoDocumentExitsNonZeroSoThatScriptsNotice() {
    int exit = DoppelCli.run("scan", "--quiet", dir.resolve("nowhere").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr()).contains("nowhere: no such file or folder");
  }

  @Test
  void aMistypedCorpusPathBesideOthersIsRefusedBeforeAnythingIsReadOrWritten() throws Exception {
    // a dump given as several paths, one mistyped: the scan read the others, wrote its keep/drop list without the
    // missing part's documents and exited 0, a line on stderr the only sign
    Path dump = Files.createDirectories(dir.resolve("dump"));
    Files.writeString(dump.resolve("part-00.jsonl"), "{\"id\": \"r1\", \"text\": \"A ferry pier in Pellmoor closes for repairs.\"}\n");
    Path drop = dir.resolve("drop.jsonl");
    for (String command : List.of("scan", "trace")) {
      List<String> args = command.equals("scan")
          ? List.of("scan", "--copies-only", "--duplicates", drop.toString(), dump.toString(), dir.resolve("part-01.jsonl").toString())
          : List.of("trace", "r1", "--copies-only", "--in", dump.toString(), dir.resolve("part-01.jsonl").toString());
      assertThat(DoppelCli.run(args.toArray(String[]::new))).as(command).isEqualTo(2);
      assertThat(console.stderr()).as(command).contains("doppel " + command + ": " + dir.resolve("part-01.jsonl")
          + ": no such file or folder (nothing was read: a run without it would leave out what it holds)");
    }
    assertThat(drop).doesNotExist();
    // a link to nothing inside the named folder is still named and passed over as the scan goes on
    Files.createSymbolicLink(dump.resolve("gone.jsonl"), dir.resolve("nowhere.jsonl"));
    assertThat(DoppelCli.run("scan", "--copies-only", "--duplicates", drop.toString(), dump.toString())).isZero();
    assertThat(drop).exists();
  }

  private static String cutByCodePoints(String text, JsonNode span) {
    int[] codePoints = text.codePoints().toArray();
    List<Integer> range = new ArrayList<>();
    for (int i = span.get(0).asInt(); i < span.get(1).asInt(); i++) {
      range.add(codePoints[i]);
    }
    StringBuilder out = new StringBuilder();
    range.forEach(out::appendCodePoint);
    return out.toString();
  }

  private Path seedCorpus() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("seeds"));
    for (String id : List.of("000_33b918fbab2694f1", "001_ef4f5d2af97c3053", "002_a735680510e8c7fa")) {
      try (var in = ScanCommandTest.class.getResourceAsStream("/seeds/" + id + ".txt")) {
        Files.write(corpus.resolve(id + ".txt"), in.readAllBytes());
      }
    }
    return corpus;
  }

  @Test
  void theSeedRewriteIsReportedAsAParaphraseWithItsAlignedSentences() throws Exception {
    Path report = dir.resolve("seeds.jsonl");
    int exit = DoppelCli.run("scan", "--quiet", "--no-model", "--format", "jsonl", "--out", report.toString(), seedCorpus().toString());
    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(1);
    JsonNode pair = JSON.readTree(lines.get(0));
    assertThat(pair.get("relation").asText()).isEqualTo("paraphrase");
    assertThat(pair.get("b").asText()).isEqualTo("002_a735680510e8c7fa");
    assertThat(pair.get("sentences").size()).isGreaterThan(10);
    assertThat(pair.get("sentences").get(0).get("similarity").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void copiesOnlyLeavesTheRewriteOut() throws Exception {
    Path report = dir.resolve("copies.jsonl");
    int exit = DoppelCli.run("scan", "--quiet", "--copies-only", "--format", "jsonl", "--out", report.toString(), seedCorpus().toString());
    assertThat(exit).isZero();
    assertThat(Files.readAllLines(report)).isEmpty();
  }

  @Test
  void aSharedQuotationAloneIsShownOnlyWithAllOrMinScore() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("quotes"));
    String quote = "“We will not rest until every family on the coast has a safe home again,” said the minister.";
    Files.writeString(corpus.resolve("a.txt"), "Storm season ends\n\nThe rain stopped on Monday and the rivers fell. " + quote
        + " Farmers counted their losses across the valley while the schools stayed shut.\n");
    Files.writeString(corpus.resolve("b.txt"), "Minister visits the coast\n\nA convoy of trucks reached the villages at dawn. " + quote
        + " Volunteers handed out blankets and water to the queue outside the church hall.\n");
    Path report = dir.resolve("q.jsonl");

    assertThat(DoppelCli.run("scan", "--quiet", "--copies-only", "--format", "jsonl", "--out", report.toString(), corpus.toString())).isZero();
    assertThat(Files.readAllLines(report)).isEmpty();
    assertThat(DoppelCli.run("scan", "--quiet", "--copies-only", "--all", "--format", "jsonl", "--out", report.toString(), corpus.toString())).isZero();
    assertThat(Files.readAllLines(report)).singleElement().satisfies(line -> assertThat(line).contains("\"relation\":\"partial\""));
    assertThat(DoppelCli.run("scan", "--quiet", "--copies-only", "--min-score", "0.01", "--format", "jsonl", "--out", report.toString(), corpus.toString())).isZero();
    assertThat(Files.readAllLines(report)).hasSize(1);
    assertThat(DoppelCli.run("scan", "--quiet", "--copies-only", "--min-score", "0.99", "--format", "jsonl", "--out", report.toString(), corpus.toString())).isZero();
    assertThat(Files.readAllLines(report)).isEmpty();
  }

  @Test
  void allAndMinScoreTogetherAreRefused() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("one"));
    Files.writeString(corpus.resolve("a.txt"), "Title\n\nSome text of a document.\n");
    assertThat(DoppelCli.run("scan", "--quiet", "--all", "--min-score", "0.2", corpus.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("--all and --min-score exclude each other");
  }
}
