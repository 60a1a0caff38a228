package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The standing index as a publisher runs it for weeks (the fifth tour): failures said in one line, nothing lost. */
class StandingIndexUseTest {
  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private static final String FERRY = "Harbour council approves ferry timetable\n\nThe harbour council voted on Tuesday to approve a new "
      + "ferry timetable that adds three evening crossings to the island during the summer months. Councillor Mara Velden said "
      + "the change answers years of complaints from workers who missed the last boat home.\n\nThe new timetable starts on "
      + "1 June and will cost the council an estimated 240,000 euros a year.";
  private static final String SCHOOL = "Village school wins science prize\n\nPupils from a small village school took first place "
      + "in the national science fair with a project that measured the air around the motorway junction.";

  /** Varied words from a seeded draw, so that the index cannot compress them away. */
  private static String words(java.util.Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      for (int letters = 3 + random.nextInt(7); letters > 0; letters--) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(i % 12 == 11 ? ".\n\n" : " ");
    }
    return text.toString();
  }

  /** A corpus folder holding the ferry story. */
  private Path ferryCorpus() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("ferry.txt"), FERRY);
    return corpus;
  }

  /** A standing index of {@code corpus}, added quietly. */
  private Path indexOf(Path corpus) {
    Path index = dir.resolve("idx");
    assertThat(DoppelCli.run("index", "add", "--quiet", index.toString(), corpus.toString())).isZero();
    return index;
  }

  /**
   * {@code doppel ARGS} in a JVM whose files may not grow past 256 KB ({@code ulimit -f}), as a full disk refuses them:
   * root ignores permissions, and a full disk needs a mount. Returns the exit code; stderr goes to {@code err}.
   */
  private static int runWithFileSizeLimit(Path err, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder command = new StringBuilder("ulimit -f 256; exec '" + java + "' -cp \"$CP\" org.doppel.cli.DoppelCli");
    for (String arg : args) {
      command.append(" '").append(arg).append('\'');
    }
    ProcessBuilder process = new ProcessBuilder("bash", "-c", command.toString()).redirectErrorStream(false)
        .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    process.environment().put("CP", System.getProperty("java.class.path"));
    return process.start().waitFor();
  }

  @Test
  void aQueryWritesCsvWithEachMatchsDateAndThePassageAsAScanDoes() throws Exception {
    Path corpus = ferryCorpus();
    Files.writeString(corpus.resolve("ferry.txt"), "{\"id\": \"ferry\", \"date\": \"2026-05-04T07:30:00Z\", \"url\": \"https://harbour.example/ferry\", "
        + "\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(FERRY) + "}\n");
    Files.move(corpus.resolve("ferry.txt"), corpus.resolve("ferry.jsonl"));
    Path index = indexOf(corpus);
    Path claim = Files.writeString(dir.resolve("claim.txt"), "Councillor Mara Velden said the change answers years of complaints from "
        + "workers who missed the last boat home.\n");
    Path csv = dir.resolve("matches.csv");

    // the format was taken and an empty file written, exit 0, with "1 related pair" on stderr
    assertThat(DoppelCli.run("query", "--quiet", "--out", csv.toString(), index.toString(), claim.toString())).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith("\uFEFFa,b,relation,score,");
    assertThat(rows.get(1)).startsWith("claim,ferry,").contains("2026-05-04T07:30Z", "https://harbour.example/ferry",
        "Councillor Mara Velden said the change answers years of complaints");
    assertThat(DoppelCli.run("query", "--quiet", "--format", "csv", index.toString(), claim.toString())).isZero();
    assertThat(console.stdout()).contains("2026-05-04T07:30Z");
  }

  @Test
  void anIndexThatCannotBeWrittenIsOneLineNamingItAndKeepsItsLastCommit() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
    Path first = Files.createDirectory(dir.resolve("first"));
    Files.writeString(first.resolve("ferry.txt"), FERRY);
    Path later = Files.createDirectory(dir.resolve("later"));
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 60; i++) {
      Files.writeString(later.resolve("d" + i + ".txt"), words(random, 2000)); // about 1 MB in all
    }
    Path index = dir.resolve("idx");
    assertThat(DoppelCli.run("index", "add", "--quiet", index.toString(), first.toString())).isZero();

    Path err = dir.resolve("err.txt");
    assertThat(runWithFileSizeLimit(err, "index", "add", "--quiet", "--threads", "2", index.toString(), later.toString())).isEqualTo(1);
    assertThat(Files.readString(err)).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readString(err).lines().filter(line -> line.startsWith("doppel"))).singleElement().asString()
        .startsWith("doppel: cannot write the index " + index + ": File too large")
        .contains("keeps its last commit").contains("0 documents of this run were committed");
    try (DoppelIndex opened = Doppel.builder().openIndexReadOnly(index)) {
      assertThat(opened.ids()).containsExactly("ferry");
    }
    // the same command again, where files may grow: it adds what is missing
    assertThat(DoppelCli.run("index", "add", "--quiet", index.toString(), later.toString())).isZero();
    try (DoppelIndex opened = Doppel.builder().openIndexReadOnly(index)) {
      assertThat(opened.ids()).hasSize(61);
    }
  }

  @Test
  void aQueryReportInTextIsHeadedByTheQueryDocumentWhateverItsIdSorts() throws Exception {
    Path corpus = ferryCorpus();
    Path index = indexOf(corpus);
    // "zz-incoming" sorts after "ferry": the pair names ferry first, and the report listed it under "== ferry"
    Path query = Files.writeString(dir.resolve("zz-incoming.txt"), "Island Gazette\n\n" + FERRY.substring(FERRY.indexOf("\n\n") + 2));
    console.reset();
    assertThat(DoppelCli.run("query", "--copies-only", index.toString(), query.toString())).isZero();
    List<String> lines = console.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("== zz-incoming");
    assertThat(lines.get(1)).contains("  ferry");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("      passage 1: zz-incoming [").contains("~ ferry ["));
  }

  @Test
  void aQueryReadsItsReasonFromTheQuerySideAndSaysWhatItFound() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a-ferry.txt"), FERRY);
    Files.writeString(corpus.resolve("school.txt"), SCHOOL);
    Path index = indexOf(corpus);
    // one sentence of the ferry story as a fact-checker's claim; "claim" sorts after "a-ferry", so the pair names
    // a-ferry first and its reason gave a-ferry's coverage first, under a report that puts the claim first
    Path claim = Files.writeString(dir.resolve("claim.txt"),
        "The new timetable starts on 1 June and will cost the council an estimated 240,000 euros a year.\n");
    Path unrelated = Files.writeString(dir.resolve("weather.txt"), "Fog is expected along the northern coast until Thursday morning.\n");
    console.reset();
    assertThat(DoppelCli.run("query", "--copies-only", "--format", "jsonl", index.toString(), claim.toString(), unrelated.toString())).isZero();
    List<String> pairs = console.stdout().lines().toList();
    assertThat(pairs).singleElement().asString().startsWith("{\"a\":\"claim\",\"b\":\"a-ferry\"")
        .contains("\"reason\":\"passages cover 100% and ");
    // a query that finds nothing wrote nothing at all, as one that never ran
    assertThat(console.stderr().strip()).isEqualTo("doppel: 2 query documents, 1 related pair "
        + "(1 of the query documents matched nothing), 0 input problems");
    console.reset();
    assertThat(DoppelCli.run("query", "--copies-only", index.toString(), claim.toString())).isZero();
    assertThat(console.stdout().lines()).anySatisfy(line -> assertThat(line).startsWith("      passages cover 100% and "));
    console.reset();
    assertThat(DoppelCli.run("query", "--quiet", "--copies-only", index.toString(), unrelated.toString())).isZero();
    assertThat(console.stderr()).isEmpty();
  }

  @Test
  void anIndexWithASegmentCutShortIsOneLineNamingTheFile() throws Exception {
    Path corpus = ferryCorpus();
    Path index = indexOf(corpus);
    // the commit file is whole; a segment file it names is cut in half, as a copy or a restore cut short leaves it
    Path storedText;
    try (var files = Files.list(index)) {
      storedText = files.filter(f -> f.getFileName().toString().endsWith(".fdt")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(storedText);
    Files.write(storedText, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    for (String[] command : List.of(new String[] {"query", "--copies-only", index.toString(), corpus.resolve("ferry.txt").toString()},
        new String[] {"index", "add", "--quiet", index.toString(), corpus.toString()}, new String[] {"index", "stats", index.toString()})) {
      console.reset();
      assertThat(DoppelCli.run(command)).isEqualTo(1);
      assertThat(console.stderr().strip().lines()).singleElement().asString()
          .startsWith("doppel: " + index + " is damaged (").contains("in " + storedText.getFileName() + "): build a new index");
    }
  }

  @Test
  void traceGivenTheFileOfADocumentNamesItsId() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("ferry.txt"), FERRY);
    Files.writeString(corpus.resolve("school.txt"), SCHOOL);
    console.reset();
    assertThat(DoppelCli.run("trace", "--no-model", corpus.resolve("ferry.txt").toString(), "--in", corpus.toString())).isEqualTo(2);
    assertThat(console.stderr().strip().lines()).singleElement().asString()
        .contains("no document '" + corpus.resolve("ferry.txt") + "' in " + corpus + " (")
        .endsWith("that file is the document 'ferry': doppel trace ferry --in …");
  }

  @Test
  void serveOnAPortAnotherProgramHoldsIsOneLineAndMakesNoIndex() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Path index = dir.resolve("new-index");
      assertThat(DoppelCli.run("serve", "--no-model", "--port", Integer.toString(taken.getLocalPort()), index.toString())).isEqualTo(1);
      assertThat(console.stderr().strip().lines()).singleElement().asString()
          .startsWith("doppel serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ").contains("choose another --port");
      assertThat(index).doesNotExist();
    }
  }
}
