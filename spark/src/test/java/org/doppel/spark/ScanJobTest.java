package org.doppel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.doppel.cli.DoppelCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job against the local scan, run through the real command line: the same pairs (relations,
 * scores, passages, sources and direction evidence) and the same story families, whatever the partitioning.
 * One local[2] session serves every test.
 */
class ScanJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir
  Path temp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().config(new SparkConf()
        .setMaster("local[2]").setAppName("doppel-spark-test")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")).getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sampleCorpusGivesTheLocalScansPairsAndFamilies() throws Exception {
    assertSameAsLocalScan(resource("sample-corpus"), new Detection(false, false), 2);
  }

  @Test
  void reuseDevGivesTheLocalScansPairsAndFamiliesWhateverThePartitioningAndTheWayToFrequencies() throws Exception {
    List<String> twoPartitions = assertSameAsLocalScan(resource("reuse-dev"), new Detection(false, false), 2);
    Path five = temp.resolve("five");

    // the second run also takes the other way to provenance: shared words joined, not broadcast
    assertThat(ScanJob.run(spark, List.of(resource("reuse-dev").toString()), five.toString(), new Detection(false, false), true, 5, 0)).isZero();

    List<String> fivePartitions = new ArrayList<>(partFiles(five.resolve("pairs")));
    fivePartitions.addAll(partFiles(five.resolve("families")));
    assertThat(fivePartitions).isEqualTo(twoPartitions);
  }

  /**
   * Short news snippets written for this test: six stories, each with two rewrites that reorder and reword
   * it (few four-word runs, few rare facts), one snippet copied exactly, and five unrelated ones. The
   * scan proposes their nearest neighbours by vocabulary vector (VectorSearch.SHORT_TEXTS); the job's vector
   * stage must propose the same, so both report the same pairs and families.
   */
  @Test
  void shortTextsGiveTheLocalScansNearestNeighbourPairs() throws Exception {
    Path corpus = resource("short-texts");
    assertSameAsLocalScan(corpus, new Detection(false, false), 2);

    JsonNode stats = JSON.readTree(temp.resolve("spark").resolve("_stats.json").toFile());
    assertThat(stats.at("/scan/shortTexts/short_texts").asLong()).isEqualTo(25);
    assertThat(stats.at("/scan/shortTexts/proposed_pairs").asLong()).isPositive();
    // the vectors matter here: without them the core finds fewer pairs
    org.doppel.Corpus withoutVectors = org.doppel.Doppel.builder().embeddingModel().build();
    List<org.doppel.ingest.SourceText> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.sorted().toList()) {
        texts.add(org.doppel.ingest.SourceText.of(file.getFileName().toString(), Files.readString(file)));
      }
    }
    withoutVectors.addAll(texts);
    int pairs = partFiles(temp.resolve("spark").resolve("pairs")).size();
    assertThat(withoutVectors.findAllPairs(org.doppel.ScanProgress.NONE)).hasSizeLessThan(pairs);
  }

  /**
   * Pages with pictures beside them (made up for the tests, as doppel-core's index-photos): a copy that
   * shows the original's picture at half size, a mirrored one credited to someone else, a crop and a
   * caption band in pages that share no text. The job reports the same photos on the text pair and the
   * same shared_photo pairs, with captions, credits and credit conflicts, as the local scan.
   */
  @Test
  void pagesWithPicturesGiveTheLocalScansPhotosAndSharedPhotoPairs() throws Exception {
    List<String> lines = assertSameAsLocalScan(resource("photo-pages"), new Detection(true, false), 2);

    assertThat(lines.stream().filter(line -> line.contains("\"relation\":\"shared_photo\""))).hasSize(4);
    assertThat(lines.stream().filter(line -> line.contains("\"photos\":"))).hasSize(5);
    assertThat(lines).anyMatch(line -> line.contains("\"edit\":\"mirror\"") && line.contains("\"credit_conflict\":true"));
  }

  /**
   * Four pages of one site (a copy of doppel-core's {@code ShareCardPages}): two name the site's share card only in
   * their heads, two show one photo. The job sets the card's pair aside as the local scan does, and keeps the photo.
   */
  @Test
  void aShareCardTwoPagesOfOneSiteNameOnlyInTheirHeadsIsSetAsideInTheJobAsInTheLocalScan() throws Exception {
    List<String> lines = assertSameAsLocalScan(resource("share-card-pages"), new Detection(true, false), 2);

    assertThat(lines.stream().filter(line -> line.contains("\"relation\":\"shared_photo\""))).singleElement()
        .satisfies(line -> assertThat(line).contains("coast/ferry-1").contains("coast/ferry-2"));
    JsonNode stats = JSON.readTree(temp.resolve("spark").resolve("_stats.json").toFile());
    assertThat(stats.at("/scan/photos/furniture_pictures").asLong()).isEqualTo(2);
  }

  @Test
  void aLineThatRecursUnderManyArticlesIsStockInTheJobAsInTheLocalScan() throws Exception {
    // Twelve made-up articles, each ending with one footer line in its own surroundings (stock from 8
    // surroundings on), and one article that takes two paragraphs of another: only that pair is reuse.
    Path corpus = temp.resolve("stock");
    Files.createDirectories(corpus);
    java.util.Random random = new java.util.Random(15);
    String footer = "Our reporting depends on readers like you, so please consider supporting independent local news with a small gift today.";
    List<List<String>> articles = new ArrayList<>();
    for (int a = 0; a < 12; a++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        paragraphs.add(madeUpParagraph(random));
      }
      articles.add(paragraphs);
    }
    articles.get(11).set(1, articles.get(3).get(1));
    articles.get(11).set(2, articles.get(3).get(2));
    for (int a = 0; a < articles.size(); a++) {
      Files.writeString(corpus.resolve("article-" + (char) ('a' + a) + ".txt"), String.join("\n\n", articles.get(a)) + "\n\n" + footer + "\n");
    }

    List<String> pairs = assertSameAsLocalScan(corpus, new Detection(true, false), 2);

    assertThat(pairs.stream().filter(line -> line.contains("\"relation\"") && !line.contains("\"family\"")))
        .singleElement().satisfies(line -> assertThat(line).contains("article-d").contains("article-l"));
  }

  @Test
  void aStoryCopiedToMoreSitesThanAKeyMayBeSharedByIsPairedInTheJobAsInTheLocalScan() throws Exception {
    // one made-up story and 160 dated copies, each adding one of four sentences, written in no order of publication
    // (four in each minute) in two files (so two parts of the job's numbering): every band key of the story is in 161
    // documents, over the cap of 100, and the scan pairs its documents with the earliest and their neighbours (HotBands)
    Path corpus = temp.resolve("spread");
    Files.createDirectories(corpus);
    java.util.Random random = new java.util.Random(31);
    String story = String.join(" ", madeUpParagraph(random), madeUpParagraph(random), madeUpParagraph(random));
    String[] added = {madeUpParagraph(random), madeUpParagraph(random), madeUpParagraph(random), madeUpParagraph(random)};
    List<String> rows = new ArrayList<>();
    rows.add(JSON.writeValueAsString(Map.of("id", "agency/story", "text", story, "date", "2026-03-02T06:00:00Z")));
    for (int i = 1; i <= 160; i++) {
      // four copies a minute, seconds apart: within a minute the scan and the job both order by the order read (file,
      // then line), which the shuffle below spreads over the two files; each in one of three zones, read as instants
      int minute = 400 + i / 4 * 30;
      String when = java.time.OffsetDateTime.parse("2026-03-%02dT%02d:%02d:%02dZ".formatted(2 + minute / 1440, minute % 1440 / 60, minute % 60, i % 4 * 13))
          .withOffsetSameInstant(java.time.ZoneOffset.of(new String[] {"Z", "+09:00", "-05:00"}[i % 3])).toString();
      rows.add(JSON.writeValueAsString(Map.of("id", "paper%03d/story".formatted(i), "text", story + "\n\n" + added[random.nextInt(added.length)],
          "date", when)));
    }
    java.util.Collections.shuffle(rows, random);
    Files.write(corpus.resolve("a.jsonl"), rows.subList(0, 80));
    Files.write(corpus.resolve("b.jsonl"), rows.subList(80, rows.size()));

    List<String> lines = assertSameAsLocalScan(corpus, new Detection(true, false), 3);

    assertThat(lines.stream().filter(line -> !line.contains("\"family\"") && line.contains("\"agency/story\""))).hasSize(160);
    // one family, the story at its root; two exact copies of one minute have no direction between them, and a copy
    // whose closest relative is such a copy takes no parent, so the family names no single origin (FamilyTree)
    assertThat(lines.stream().filter(line -> line.contains("\"family\""))).singleElement()
        .satisfies(line -> assertThat(line).contains("{\"id\":\"agency/story\",\"parent\":null,"));
  }

  private static String madeUpParagraph(java.util.Random random) {
    String[] syllables = {"ka", "lo", "mi", "ter", "van", "so", "ru", "pel", "di", "gon", "na", "fis", "to", "ber", "quo", "lan"};
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 40; w++) {
      int parts = 1 + random.nextInt(3);
      for (int s = 0; s < parts; s++) {
        text.append(syllables[random.nextInt(syllables.length)]);
      }
      text.append(w % 10 == 9 ? ". " : " ");
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1).trim();
  }

  @Test
  void badFilesAndRecordsAreCountedAndNamedAndTheRestIsScanned() throws Exception {
    Path corpus = temp.resolve("bad");
    Files.createDirectories(corpus);
    Path sample = resource("sample-corpus");
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = corpus.resolve(sample.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    byte[] gzip;
    try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
      out.write("a text long enough to be cut short ".repeat(200).getBytes(StandardCharsets.UTF_8));
      out.close();
      gzip = bytes.toByteArray();
    }
    Files.write(corpus.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(gzip, gzip.length / 2));
    Files.writeString(corpus.resolve("records.jsonl"), "{\"id\": \"fine\", \"text\": \"one record that reads\"}\n{not json\n");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 3});
    Path out = temp.resolve("bad-out");

    assertThat(ScanJob.run(spark, List.of(corpus.toString()), out.toString(), new Detection(true, false), false, 2)).isZero();

    List<String> problems = partFiles(out.resolve("problems"));
    assertThat(problems).anyMatch(p -> p.contains("truncated.txt.gz")).anyMatch(p -> p.contains("records.jsonl:2"))
        .anyMatch(p -> p.contains("binary.txt"));
    JsonNode stats = JSON.readTree(out.resolve("_stats.json").toFile());
    assertThat(stats.at("/scan/inputProblems").asLong()).isEqualTo(problems.size());
    assertThat(partFiles(out.resolve("pairs"))).isEqualTo(localScan(corpus, new Detection(true, false), temp.resolve("bad-local")).pairs());
  }

  @Test
  void aFolderHoldingAnIndexALinkToNothingAndAnEarlierJobsOutputGivesTheLocalScansProblems() throws Exception {
    // written for the test: what a newsroom's corpus folder gathers (an index kept beside the texts, an earlier job's
    // output, a link whose file was moved); the job's own walk named the index file by file and the link not at all
    Path corpus = Files.createDirectories(temp.resolve("newsroom"));
    Files.writeString(corpus.resolve("ferry.txt"), "Ferry timetable\n\nThe night ferry to the islands will sail an hour later "
        + "from Monday, the operator said, because the harbour lights are being replaced.\n");
    Path index = Files.createDirectories(corpus.resolve("archive.idx"));
    Files.writeString(index.resolve("write.lock"), "");
    Files.writeString(index.resolve("segments_2"), "x");
    Files.writeString(index.resolve("_0.cfs"), "x");
    Path earlier = Files.createDirectories(corpus.resolve("monday-run"));
    Files.writeString(earlier.resolve("_stats.json"), "{\n  \"partitions\": 2\n}\n");
    Files.createDirectories(earlier.resolve("pairs"));
    Files.writeString(earlier.resolve("pairs").resolve("part-00000"), "");
    Files.writeString(earlier.resolve("pairs").resolve("_SUCCESS"), "");
    Files.createSymbolicLink(corpus.resolve("moved.txt"), temp.resolve("nowhere.txt"));
    Path out = corpus.resolve("tuesday-run"); // the job's own output inside its input, as the local scan's --out may be

    assertThat(ScanJob.run(spark, List.of(corpus.toString()), out.toString(), new Detection(true, false), false, 2)).isZero();

    assertThat(partFiles(out.resolve("problems"))).containsExactlyInAnyOrder(
        index + ": a search index (write.lock, segments_N), not documents (skipped)",
        earlier + ": the output of a doppel-spark scan (_stats.json, pairs/), not documents (skipped)",
        corpus.resolve("moved.txt") + ": symbolic link to a file that does not exist (skipped)");
    assertThat(JSON.readTree(out.resolve("_stats.json").toFile()).at("/scan/documents").asLong()).isEqualTo(1);
  }

  @Test
  void aMistypedCommandLineGetsOneLineAndExitTwoAndAnOutputFolderThatCannotBeMadeIsRefusedBeforeTheScan() throws Exception {
    java.io.PrintStream err = System.err;
    java.io.PrintStream stdout = System.out;
    var captured = new java.io.ByteArrayOutputStream();
    var printed = new java.io.ByteArrayOutputStream();
    Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");
    int zeroPartitions;
    int unknown;
    int version;
    int unwritable;
    try {
      System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      zeroPartitions = ScanJob.commandLine().execute("in", "--out", temp.resolve("o").toString(), "--partitions", "0");
      unknown = ScanJob.commandLine().execute("in", "--out", temp.resolve("o").toString(), "--bogus");
      version = ScanJob.commandLine().execute("-V");
      unwritable = ScanJob.run(spark, List.of(resource("sample-corpus").toString()), blocker.resolve("out").toString(),
          new Detection(true, false), false, 2);
    } finally {
      System.setErr(err);
      System.setOut(stdout);
    }

    assertThat(zeroPartitions).isEqualTo(2);
    assertThat(unknown).isEqualTo(2);
    assertThat(version).isZero();
    assertThat(unwritable).isEqualTo(1);
    assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "doppel-spark scan: Invalid value for option '--partitions': must be at least 1, got 0 (see 'doppel-spark scan --help')",
        "doppel-spark scan: Unknown option: '--bogus' (see 'doppel-spark scan --help')",
        "doppel-spark: cannot write " + blocker.resolve("out") + ": Parent path is not a directory: " + blocker);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("doppel-spark 0.1.0\n");
    assertThat(temp.resolve("o")).doesNotExist();
  }

  @Test
  void aRunThatReadsNoDocumentSaysSoAndExitsTwoAndCountsRepeatedIdsAsTheLocalScanDoes() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("nothing"));
    // written for the test: a dataset packed with a compression Doppel does not read, and a record with an empty text
    Files.write(corpus.resolve("part-0.jsonl.lz4"), new byte[] {0x04, 0x22, 0x4d, 0x18, 0});
    Files.writeString(corpus.resolve("blank.jsonl"), "{\"id\": \"x\", \"text\": \"\"}\n");
    java.io.PrintStream err = System.err;
    var captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      code = ScanJob.run(spark, List.of(corpus.toString()), temp.resolve("nothing-out").toString(), new Detection(true, false), false, 2);
    } finally {
      System.setErr(err);
    }

    assertThat(code).isEqualTo(2);
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("0 documents").contains("2 input problems")
        .contains("no document could be read from " + corpus);
    assertThat(partFiles(temp.resolve("nothing-out").resolve("problems"))).anyMatch(p -> p.contains("compressed with LZ4"))
        .anyMatch(p -> p.contains("blank.jsonl:1: record's text is empty"));
  }

  @Test
  void theSummarySaysHowManyInputProblemsSkippedSomethingAndHowManyOnlyWarnedAsTheLocalScanDoes() throws Exception {
    // written for the test: an empty file (skipped), a Windows-1252 one (read, with a warning) and an id read twice
    // (skipped); main said "3 input problems" where doppel scan says which of them lost a record
    Path corpus = Files.createDirectories(temp.resolve("split"));
    String body = "The night ferry to the islands will sail an hour later from Monday, the operator said, because the harbour "
        + "lights are being replaced and the pier needs new moorings before the winter storms.";
    Files.writeString(corpus.resolve("kept.txt"), "Ferry timetable\n\n" + body);
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("latin.txt"), ("Caf\u00e9 opens\n\n" + body).getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("records.jsonl"), "{\"id\": \"pier\", \"text\": \"" + body + "\"}\n"
        + "{\"id\": \"pier\", \"text\": \"" + body + " Again.\"}\n");
    String said = stderrOfRun(corpus, temp.resolve("split-out"), 2);

    assertThat(said).contains("3 documents, ").contains(", 3 input problems (2 skipped, 1 warning), ");
    JsonNode stats = JSON.readTree(temp.resolve("split-out").resolve("_stats.json").toFile());
    assertThat(stats.at("/scan/skippedProblems").asLong()).isEqualTo(1);
  }

  @Test
  void aPagesPictureThatCannotBeReadIsCountedAsAWarningInTheSummaryAsTheLocalScanCountsIt() throws Exception {
    // the photo pages, the copy's picture cut to a third: the executor said it, "(skipped)", and no summary counted it
    Path corpus = temp.resolve("cut-picture");
    try (var files = Files.walk(resource("photo-pages"))) {
      for (Path file : files.toList()) {
        Path to = corpus.resolve(resource("photo-pages").relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    Path picture = corpus.resolve("b-copy/images/harbour-small.jpg");
    byte[] bytes = Files.readAllBytes(picture);
    Files.write(picture, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    String said = stderrOfRun(corpus, temp.resolve("cut-out"), 2);

    assertThat(said).contains("harbour-small.jpg: truncated or corrupt picture").contains("; the figure is left out of the photo comparison\n")
        .contains(", 1 input problem (0 skipped, 1 warning), ");
    JsonNode stats = JSON.readTree(temp.resolve("cut-out").resolve("_stats.json").toFile());
    assertThat(stats.at("/scan/photos/picture_problems").asLong()).isEqualTo(1);
  }

  @Test
  void anInputThatMatchesNothingBesideOthersIsRefusedBeforeAnythingIsWritten() throws Exception {
    // a dump given as parts, one mistyped, and a glob that matches no file: the job skipped them with a line on stderr,
    // wrote pairs and a keep/drop list without their documents and exited 0 (nineteenth tour); doppel scan refuses
    Path sample = resource("sample-corpus");
    Path out = temp.resolve("missing-out");
    java.io.PrintStream err = System.err;
    var captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      code = ScanJob.run(spark, List.of(sample.toString(), temp.resolve("part-02.jsonl").toString(), temp.resolve("2026-13-*.warc.gz").toString()),
          out.toString(), new Detection(true, false), new ScanJob.Outputs(true, true), 2);
    } finally {
      System.setErr(err);
    }

    assertThat(code).isEqualTo(2);
    assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("doppel-spark: " + temp.resolve("part-02.jsonl")
        + ", " + temp.resolve("2026-13-*.warc.gz") + ": no such file or folder (nothing was read: a run without them would leave out what they hold)");
    assertThat(out).doesNotExist();
  }

  @Test
  void aRepeatedIdIsNamedWithWhereItWasReadFirstInReadOrderAsTheLocalScanNamesIt() throws Exception {
    // written for the test: a dump's second part repeats ids the first holds (records name their own ids)
    Path corpus = Files.createDirectories(temp.resolve("repeated"));
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      first.append("{\"id\": \"story-").append(i).append("\", \"text\": \"The harbour board met on day ").append(i)
          .append(" to talk about the ferry lights and the new quay.\"}\n");
      second.append("{\"id\": \"story-").append(5 - i).append("\", \"text\": \"A bakery on the hill opened its doors on day ")
          .append(i).append(" with rye loaves and plum cake.\"}\n");
    }
    Files.writeString(corpus.resolve("part-a.jsonl"), first);
    Files.writeString(corpus.resolve("part-b.jsonl"), second);
    Path out = temp.resolve("repeated-out");

    String said = stderrOfRun(corpus, out, 3);

    List<String> expected = new ArrayList<>();
    for (int line = 1; line <= 6; line++) {
      expected.add(corpus.resolve("part-b.jsonl") + ":" + line + ": duplicate document id 'story-" + (6 - line) + "', already read from "
          + corpus.resolve("part-a.jsonl") + ":" + (7 - line) + " (skipped; a record's id is its own \"id\" field, the same in any "
          + "folder: give one of them another to keep both)");
    }
    assertThat(partFiles(out.resolve("problems"))).containsExactlyElementsOf(expected);
    // and on stderr, as doppel scan says them (the problems/ folder alone was silent)
    assertThat(said.lines().filter(line -> line.contains("duplicate document id")))
        .containsExactlyElementsOf(expected.stream().map(line -> "doppel-spark: " + line).toList());
  }

  @Test
  void manyRepeatedIdsAreSaidUpToABoundThenCounted() {
    List<String> first = java.util.stream.IntStream.range(0, ReadStage.SHOWN_REPEATED_IDS).mapToObj(i -> "f:" + i + ": repeated").toList();
    assertThat(ReadStage.sayRepeatedIds(first.subList(0, 3), 3, "out")).containsExactly("doppel-spark: f:0: repeated",
        "doppel-spark: f:1: repeated", "doppel-spark: f:2: repeated");
    List<String> said = ReadStage.sayRepeatedIds(first, 1_000_000, "out");
    assertThat(said).hasSize(ReadStage.SHOWN_REPEATED_IDS + 1).last().isEqualTo("doppel-spark: and "
        + (1_000_000 - ReadStage.SHOWN_REPEATED_IDS) + " more documents whose id was read before, each skipped (every one named in out/problems)");
  }

  @Test
  void anOutputFolderLeftByARunThatDidNotFinishIsToldFromAFinishedRun() throws Exception {
    // a run killed part way leaves pairs/ (with its _SUCCESS) and problems/ but no families and no _stats.json, which the
    // job writes last: the next run said "exists already" of both alike
    Path sample = resource("sample-corpus");
    Path finished = temp.resolve("finished");
    assertThat(ScanJob.run(spark, List.of(sample.toString()), finished.toString(), new Detection(true, false), true, 2)).isZero();
    Path killed = Files.createDirectories(temp.resolve("killed").resolve("pairs"));
    Files.writeString(killed.resolve("part-00000"), "");
    Files.writeString(killed.resolve("_SUCCESS"), "");
    java.io.PrintStream err = System.err;
    var captured = new java.io.ByteArrayOutputStream();
    int again;
    int afterKill;
    try {
      System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      again = ScanJob.run(spark, List.of(sample.toString()), finished.toString(), new Detection(true, false), true, 2);
      afterKill = ScanJob.run(spark, List.of(sample.toString()), killed.getParent().toString(), new Detection(true, false), true, 2);
    } finally {
      System.setErr(err);
    }

    assertThat(again).isEqualTo(2);
    assertThat(afterKill).isEqualTo(2);
    assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "doppel-spark: " + finished + " holds a finished run (its _stats.json is written); give a new output folder",
        "doppel-spark: " + killed.getParent() + " holds a run that did not finish (no _stats.json, which the job writes last: it was "
            + "stopped or failed part way, so what it holds is incomplete); remove it and run again, or give a new output folder");
    try (Stream<Path> written = Files.list(finished)) {
      assertThat(written.map(p -> p.getFileName().toString())).contains("_stats.json").noneMatch(name -> name.contains("partial"));
    }
  }

  @Test
  void theDeduplicatorsSetsAreTheLocalScans() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("dups"));
    // written for the test: a page copied 150 times (more than the pair search's key limit: no pair, one set),
    // an article with an exact copy under a byline and an edited copy, and an unrelated article
    String page = "Opening hours of the town library change on Monday. The reading room closes at six, the lending desk at five.";
    for (int i = 0; i < 150; i++) {
      Files.writeString(corpus.resolve(String.format("p%03d.txt", i)), i % 2 == 0 ? page : "  " + page.replace(" ", "\n") + "\n");
    }
    String article = "The harbour crane\n\nA new crane arrived at the harbour on Tuesday after a voyage of six weeks from the yard "
        + "where it was built. Dock workers said it can lift forty containers an hour, twice as many as the old one. The port "
        + "authority paid eleven million for it and expects the first ship to be unloaded with it next month.\n";
    Files.writeString(corpus.resolve("crane.txt"), article);
    Files.writeString(corpus.resolve("crane-copy.txt"), article.replace("\n\n", "\n\nBy Staff\n\n"));
    Files.writeString(corpus.resolve("crane-edited.txt"), article.replace("Tuesday", "Wednesday").replace("forty", "fifty"));
    Files.writeString(corpus.resolve("bakery.txt"), "The bakery\n\nThe old bakery on Kiln Street reopened after a fire last winter.\n");
    Path local = temp.resolve("dups-local.jsonl");
    assertThat(new CommandLine(new DoppelCli()).execute("scan", corpus.toString(), "--copies-only", "--quiet", "--out",
        temp.resolve("dups-pairs.jsonl").toString(), "--duplicates", local.toString())).isZero();
    Path out = temp.resolve("dups-out");

    assertThat(ScanJob.run(spark, List.of(corpus.toString()), out.toString(), new Detection(true, false), new ScanJob.Outputs(false, true), 3)).isZero();

    List<String> expected = Files.readAllLines(local);
    assertThat(expected).hasSize(2).anyMatch(line -> line.startsWith("{\"keep\":\"p000\"")).anyMatch(line -> line.startsWith("{\"keep\":\"crane"));
    assertThat(partFiles(out.resolve("duplicates"))).isEqualTo(expected);
  }

  /** Runs both scans and compares them; returns the job's pair lines, then its family lines. */
  private List<String> assertSameAsLocalScan(Path corpus, Detection detection, int partitions) throws Exception {
    Local local = localScan(corpus, detection, temp.resolve("local"));
    Path out = temp.resolve("spark");

    assertThat(ScanJob.run(spark, List.of(corpus.toString()), out.toString(), detection, true, partitions)).isZero();

    List<String> pairs = partFiles(out.resolve("pairs"));
    assertThat(local.pairs()).isNotEmpty();
    assertSameJsonLines(pairs, local.pairs());
    assertSameJsonLines(partFiles(out.resolve("families")), local.families());
    JsonNode stats = JSON.readTree(out.resolve("_stats.json").toFile());
    long textPairs = local.pairs().stream().filter(line -> !line.contains("\"relation\":\"shared_photo\"")).count();
    assertThat(stats.at("/scan/verifiedPairs").asLong()).isEqualTo(textPairs);
    assertThat(stats.at("/scan/candidatePairs").asLong()).isGreaterThanOrEqualTo(textPairs);
    List<String> lines = new ArrayList<>(pairs);
    lines.addAll(partFiles(out.resolve("families")));
    return lines;
  }

  private record Local(List<String> pairs, List<String> families) {}

  private static Local localScan(Path corpus, Detection detection, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path pairs = folder.resolve("pairs.jsonl");
    Path families = folder.resolve("families.jsonl");
    List<String> args = new ArrayList<>(List.of("scan", corpus.toString(), "--format", "jsonl", "--quiet",
        "--out", pairs.toString(), "--families", families.toString()));
    if (detection.copiesOnly()) {
      args.add("--copies-only");
    } else if (detection.noModel()) {
      args.add("--no-model");
    }
    assertThat(new CommandLine(new DoppelCli()).execute(args.toArray(String[]::new))).isZero();
    return new Local(Files.readAllLines(pairs), Files.readAllLines(families));
  }

  /** Equal objects line by line, numbers within 1e-6. */
  private static void assertSameJsonLines(List<String> actual, List<String> expected) throws IOException {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode a = JSON.readTree(actual.get(i));
      JsonNode e = JSON.readTree(expected.get(i));
      assertThat(sameJson(a, e)).as("line %d:%n spark %s%n local %s", i + 1, actual.get(i), expected.get(i)).isTrue();
    }
  }

  private static boolean sameJson(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return Math.abs(a.asDouble() - b.asDouble()) <= 1e-6;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!b.has(field.getKey()) || !sameJson(field.getValue(), b.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameJson(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** The lines of a Spark output folder's part files, in part order. */
  private static List<String> partFiles(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  /**
   * What a run of the job over {@code corpus} into {@code out} on {@code partitions} partitions says on stderr (its
   * driver's and, run locally, its executors' lines); it must exit 0.
   */
  private String stderrOfRun(Path corpus, Path out, int partitions) throws Exception {
    java.io.PrintStream err = System.err;
    var captured = new java.io.ByteArrayOutputStream();
    try {
      System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      assertThat(ScanJob.run(spark, List.of(corpus.toString()), out.toString(), new Detection(true, false), false, partitions)).isZero();
    } finally {
      System.setErr(err);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ScanJobTest.class.getResource("/" + name).toURI());
  }
}
