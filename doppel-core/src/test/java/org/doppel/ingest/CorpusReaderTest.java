package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path root;
  private final List<IngestProblem> problems = new ArrayList<>();
  private final CorpusReader reader = new CorpusReader(problems::add);

  private static final String GOOD_TEXT = "Heavy rain fell all night.\n\nThe river burst its banks.";

  @BeforeEach
  void writeAMessyCorpus() throws IOException {
    Files.writeString(root.resolve("good.txt"), GOOD_TEXT);
    Files.createDirectories(root.resolve("x"));
    Files.writeString(root.resolve("x/42.txt"), "A nested document.");
    Files.write(root.resolve("empty.txt"), new byte[0]);
    Files.write(root.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9, 'a', 0, 'b'});
    Files.write(root.resolve("legacy.txt"), "Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve".getBytes(Charset.forName("windows-1252")));
    Files.writeString(root.resolve("records.jsonl"),
        "{\"id\": \"rec-1\", \"text\": \"A good record.\", \"title\": \"T\", \"url\": \"https://example.org/1\", \"date\": \"2019-03-03\"}\n"
            + "{\"id\": \"rec-2\", \"text\": \"unterminated\n"
            + "{\"id\": \"rec-3\", \"summary\": \"no text field\"}\n");
    byte[] gz = gzip("Some words that will be cut off in the middle of the compressed stream. ".repeat(40));
    Files.write(root.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.writeString(root.resolve("report.pdf"), "%PDF-1.4 not really");
    Files.writeString(root.resolve("page.html"), """
        <html><head><title>Flood news</title><script>var tracking = "SCRIPT_CONTENT";</script></head>
        <body>
          <nav><a href="/">Home</a> NAVIGATION_LINK</nav>
          <article><h1>River bursts its banks</h1><p>Heavy rain fell all night.</p><p>Residents moved to the school hall.</p></article>
          <script>document.write("MORE_SCRIPT")</script>
          <footer>FOOTER_TEXT © 2019</footer>
        </body></html>
        """);
    Files.writeString(root.resolve(".hidden.txt"), "hidden files are skipped");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private Map<String, SourceText> readAll() {
    return reader.readAll(List.of(root)).stream().collect(Collectors.toMap(SourceText::id, Function.identity()));
  }

  /** The problems without the notes of what each file held (a JSON Lines file's records, a crawl's pages): none is one. */
  private List<IngestProblem> problemsNotNotes() {
    return problems.stream().filter(p -> !p.note()).toList();
  }

  private IngestProblem problemAbout(String fileName) {
    return problems.stream().filter(p -> p.location().contains(fileName)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem reported for " + fileName + " in " + problems));
  }

  @Test
  void allGoodDocumentsAreReadDespiteTheBadOnes() {
    assertThat(readAll().keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
  }

  @Test
  void aPlainTextFileKeepsItsTextAndPath() {
    SourceText good = readAll().get("good");
    assertThat(good.text()).isEqualTo(GOOD_TEXT);
    assertThat(good.origin()).isEqualTo(root.resolve("good.txt").toString());
  }

  @Test
  void aFileInASubfolderIsNamedByItsRelativePath() {
    assertThat(readAll().get("x/42").text()).isEqualTo("A nested document.");
  }

  @Test
  void aFileTheRunWritesIsLeftOutOfTheWalkButReadWhenNamedOnItsOwn() throws IOException {
    Path report = root.resolve("x/../report.jsonl");
    Files.writeString(report, "{\"id\": \"from-report\", \"text\": \"An earlier run's line.\"}\n");
    Map<String, SourceText> skipping = new java.util.LinkedHashMap<>();
    reader.skipping(List.of(report)).read(List.of(root), document -> skipping.put(document.id(), document));
    assertThat(skipping.keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");

    List<SourceText> named = new ArrayList<>();
    reader.skipping(List.of(report)).withThreads(2).read(List.of(root.resolve("report.jsonl")), named::add);
    assertThat(named).extracting(SourceText::id).containsExactly("from-report");
  }

  @Test
  void aFolderTheRunWritesIsLeftOutWithEverythingUnderIt() throws IOException {
    Path index = Files.createDirectories(root.resolve("idx"));
    Files.writeString(index.resolve("write.lock"), "");
    Files.writeString(index.resolve("inner.txt"), "Not a document of the corpus.");
    Map<String, SourceText> read = new java.util.LinkedHashMap<>();
    reader.skipping(List.of(index)).read(List.of(root), document -> read.put(document.id(), document));
    assertThat(read.keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
    assertThat(problems).extracting(IngestProblem::location).noneMatch(location -> location.contains("idx"));
  }

  @Test
  void aSearchIndexKeptInsideTheCorpusIsNamedOnceAndItsFilesLeftOut() throws IOException {
    Path index = Files.createDirectories(root.resolve("old-index"));
    for (String name : List.of("write.lock", "segments_2", "_0.si", "_0.fdt")) {
      Files.writeString(index.resolve(name), "");
    }
    // a lock file alone does not make an index: the folder's documents are read
    Path notIndex = Files.createDirectories(root.resolve("locked"));
    Files.writeString(notIndex.resolve("write.lock"), "");
    Files.writeString(notIndex.resolve("kept.txt"), "A document beside a lock file.");

    assertReadWithFolderNamedOnce("locked/kept", index, "a search index (write.lock, segments_N), not documents");
  }

  /** Reads the corpus: {@code keptId} is read, and {@code folder} is one problem, {@code why}, with nothing under it named. */
  private void assertReadWithFolderNamedOnce(String keptId, Path folder, String why) throws IOException {
    Map<String, SourceText> read = readAll();

    assertThat(read).containsKey(keptId);
    assertThat(problems).extracting(IngestProblem::location).filteredOn(location -> location.startsWith(folder.toString()))
        .containsExactly(folder.toString());
    assertThat(problems).extracting(IngestProblem::toString).contains(folder + ": " + why + " (skipped)");
  }

  @Test
  void aSparkJobsOutputKeptInsideTheCorpusIsNamedOnceWithEverythingUnderIt() throws IOException {
    // written for the test: ./doppel-spark scan CORPUS --out CORPUS/run1, as a newsroom keeps its runs beside the
    // texts; its part files, _SUCCESS markers and _stats.json were named one by one, two lines a partition
    Path run = Files.createDirectories(root.resolve("runs").resolve("run1"));
    Files.writeString(run.resolve("_stats.json"), "{\n  \"partitions\": 4\n}\n");
    for (String part : List.of("pairs", "problems", "families")) {
      Files.createDirectories(run.resolve(part));
      Files.writeString(run.resolve(part).resolve("part-00000"), "{\"a\": \"x\", \"b\": \"y\"}\n");
      Files.writeString(run.resolve(part).resolve("_SUCCESS"), "");
    }
    // statistics alone do not make a job's output: the folder's documents are read
    Path notRun = Files.createDirectories(root.resolve("notes"));
    Files.writeString(notRun.resolve("_stats.json"), "{}");
    Files.writeString(notRun.resolve("kept.txt"), "A document beside a statistics file.");

    assertReadWithFolderNamedOnce("notes/kept", run, "the output of a doppel-spark scan (_stats.json, pairs/), not documents");
  }

  @Test
  void aSparkJobsOutputThatDidNotFinishIsNamedOnceByWhatSparkWritesBeforeTheJobEnds() throws IOException {
    // written for the test: a job stopped part way, as the nineteenth tour's kill left one: problems/ done (_SUCCESS),
    // pairs/ still being written (_temporary), no _stats.json; its part files were read as documents
    Path stopped = Files.createDirectories(root.resolve("runs").resolve("stopped"));
    Files.createDirectories(stopped.resolve("problems"));
    Files.writeString(stopped.resolve("problems").resolve("part-00000"), "a.jsonl:3: record's text is empty (skipped)\n");
    Files.writeString(stopped.resolve("problems").resolve("_SUCCESS"), "");
    Path attempt = Files.createDirectories(stopped.resolve("pairs").resolve("_temporary").resolve("0").resolve("_temporary"));
    Files.writeString(attempt.resolve("part-00001"), "{\"a\": \"x\", \"b\": \"y\"}\n");
    // one still writing its first folder has no _SUCCESS anywhere
    Path writing = Files.createDirectories(root.resolve("runs").resolve("writing").resolve("problems").resolve("_temporary").resolve("0"));
    Files.writeString(writing.resolve("part-00000"), "b.jsonl:1: record's text is empty (skipped)\n");
    // a folder of texts named "problems" is read
    Path texts = Files.createDirectories(root.resolve("notes").resolve("problems"));
    Files.writeString(texts.resolve("kept.txt"), "A document in a folder called problems.");

    assertReadWithFolderNamedOnce("notes/problems/kept", stopped,
        "the output of a doppel-spark scan that did not finish (problems/ as Spark writes it, no _stats.json), not documents");
    assertThat(problems).extracting(IngestProblem::toString).contains(root.resolve("runs").resolve("writing")
        + ": the output of a doppel-spark scan that did not finish (problems/ as Spark writes it, no _stats.json), not documents (skipped)");
    assertThat(problems).extracting(IngestProblem::location).filteredOn(location -> location.startsWith(root.resolve("runs").resolve("writing").toString()))
        .hasSize(1);
  }

  @Test
  void aProblemAboutAFileWhoseNameHoldsAnEscapeSequenceIsPrintedOnOneInertLine() {
    IngestProblem problem = new IngestProblem("in/x\u001b[2J\nforged.txt", "looks like a binary file", true);
    assertThat(problem.toString()).isEqualTo("in/x\\u001b[2J\\nforged.txt: looks like a binary file (skipped)");
    assertThat(new IngestProblem("in/plain\\name.txt", "empty file", true).toString()).isEqualTo("in/plain\\name.txt: empty file (skipped)");
  }

  @Test
  void anHtmlRecordInAJsonLinesFileIsNamedWithWhereSuchRecordsAreRead() throws IOException {
    Files.writeString(root.resolve("pages.jsonl"), "{\"id\": \"p1\", \"html\": \"<p>A page sent as the server takes it.</p>\"}\n"
        + "{\"id\": \"p2\", \"title\": \"no text at all\"}\n{\"id\": \"p3\", \"text\": \"A plain record is read.\"}\n");
    assertThat(readAll()).containsKey("p3").doesNotContainKeys("p1", "p2");
    assertThat(problemsNotNotes()).filteredOn(p -> p.location().contains("pages.jsonl")).extracting(IngestProblem::toString).containsExactly(
        root.resolve("pages.jsonl") + ":1: record has no \"text\" string (nor \"raw_content\", \"content\" or \"body\") (an \"html\" record is read only by serve's API;"
            + " give the page as an .html file or its text as \"text\") (skipped)",
        root.resolve("pages.jsonl") + ":2: record has no \"text\" string (nor \"raw_content\", \"content\" or \"body\") (skipped)");
  }

  @Test
  void aJsonLinesFileIsLeftWholeOnlyWhenItsFirstRecordHasTheShapeOfADoppelReport() throws IOException {
    Files.writeString(root.resolve("pairs.jsonl"), "{\"a\": \"d1\", \"b\": \"d2\", \"relation\": \"exact\", \"score\": 1.0}\n".repeat(3));
    Files.writeString(root.resolve("families.jsonl"), "{\"family\": \"family-1\", \"members\": [\"d1\", \"d2\"]}\n{\"family\": \"family-2\", \"members\": []}\n");
    // records naming "a" and "b" but carrying a text are documents, and a record without text is named on its own line
    Files.writeString(root.resolve("own.jsonl"), "{\"id\": \"own-1\", \"a\": 1, \"b\": 2, \"relation\": \"x\", \"text\": \"Kept.\"}\n{\"a\": \"d1\", \"b\": \"d2\", \"relation\": \"exact\"}\n");
    Map<String, SourceText> read = readAll();
    assertThat(read).containsKey("own-1").doesNotContainKeys("pairs#1", "families#1");
    assertThat(problems).extracting(IngestProblem::toString).contains(
        root.resolve("pairs.jsonl") + ": a pair report Doppel wrote (records of \"a\", \"b\", \"relation\"), not documents (skipped)",
        root.resolve("families.jsonl") + ": a families report Doppel wrote (records of \"family\", \"members\"), not documents (skipped)",
        root.resolve("own.jsonl") + ":2: record has no \"text\" string (nor \"raw_content\", \"content\" or \"body\") (skipped)");
    assertThat(problems).extracting(IngestProblem::location).filteredOn(location -> location.contains("pairs.jsonl") || location.contains("families.jsonl")).hasSize(2);
  }

  @Test
  void aTextFileIsLeftOutOnlyWhenItOpensAsDoppelsTextReport() throws IOException {
    Files.writeString(root.resolve("old-report.txt"), "== d1\n  near_duplicate  0.93  d2\n      passages cover 90% and 88%\n");
    Files.writeString(root.resolve("notes-report.txt"), "== d3\n  says \"Copied from Kiwi Report\", crediting Kiwi Report: no related document\n");
    Files.writeString(root.resolve("wiki.md"), "== History ==\n  The harbour opened in 1911 0.75 miles from town.\n");
    Map<String, SourceText> read = readAll();
    assertThat(read).containsKey("wiki").doesNotContainKeys("old-report", "notes-report");
    assertThat(problems).extracting(IngestProblem::toString).contains(
        root.resolve("old-report.txt") + ": a text report Doppel wrote (\"== id\", then its pairs), not a document (skipped)");
  }

  @Test
  void anHtmlPageIsLeftOutOnlyWhenItsHeadCarriesDoppelsGeneratorTag() throws IOException {
    Files.writeString(root.resolve("old-report.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n" + DoppelReports.HTML_GENERATOR
        + "<title>Doppel report</title></head><body><p>" + GOOD_TEXT + "</p></body></html>");
    Files.writeString(root.resolve("other-generator.html"), "<html><head><meta name=\"generator\" content=\"WordPress\"><title>About Doppel</title></head>"
        + "<body><article><p>Doppel finds copies. " + GOOD_TEXT + "</p></article></body></html>");
    Map<String, SourceText> read = readAll();
    assertThat(read).containsKey("other-generator").doesNotContainKey("old-report");
    assertThat(problems).extracting(IngestProblem::toString)
        .contains(root.resolve("old-report.html") + ": an HTML report Doppel wrote (generator tag), not a document (skipped)");
  }

  @Test
  void aDanglingSymbolicLinkIsReportedNotSkippedInSilence() throws IOException {
    Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("deleted-target.txt"));
    assertThat(readAll().keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
    IngestProblem problem = problemAbout("gone.txt");
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.message()).contains("symbolic link").contains("does not exist");
  }

  @Test
  void aSymbolicLinkLoopIsNamedAsALoopUnderAFolderAndNamedAlone() throws IOException {
    Path self = Files.createSymbolicLink(root.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(root.resolve("ping.txt"), Path.of("pong.txt"));
    Files.createSymbolicLink(root.resolve("pong.txt"), Path.of("ping.txt"));
    assertThat(readAll().keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
    for (String link : List.of("self.txt", "ping.txt", "pong.txt")) {
      assertThat(problemAbout(link).message()).as(link).startsWith("symbolic link in a loop").doesNotContain("does not exist");
    }
    problems.clear();
    assertThat(reader.readAll(List.of(self))).isEmpty();
    assertThat(problemAbout("self.txt").message()).startsWith("symbolic link in a loop");
  }

  @Test
  void aJsonLinesRecordOfMoreThanTwentyMillionCharactersIsReadUpToTheDocumentLimit(@TempDir Path feeds) throws IOException {
    // Jackson's default bound on one string is 20,000,000 characters; the reader's own is the document limit
    String text = "The longest record in the feed. ".repeat(21_000_000 / 32 + 1);
    Files.writeString(feeds.resolve("long.jsonl"), "{\"id\": \"long\", \"text\": \"" + text + "\"}\n{\"id\": \"short\", \"text\": \"A short one.\"}\n");
    List<SourceText> read = reader.readAll(List.of(feeds));
    assertThat(read).extracting(SourceText::id).containsExactly("long", "short");
    assertThat(read.get(0).text()).hasSize(text.length());
    assertThat(problemsNotNotes()).isEmpty();
  }

  /** A page of noise or thousands of "records" of noise would each be worse than one message naming the file. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"photo.html", "dump.jsonl"})
  void binaryBytesAreReportedOnceForTheFileWhateverItsName(String name) throws IOException {
    byte[] noise = new byte[20_000];
    new java.util.Random(3).nextBytes(noise);
    noise[10] = 0;
    Files.write(root.resolve(name), noise);
    assertThat(readAll().keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
    assertThat(problemsNotNotes()).filteredOn(p -> p.location().contains(name)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("binary"))
        .satisfies(p -> assertThat(p.location()).doesNotContain(name + ":"));
  }

  @Test
  void aSymbolicLinkToAFolderInsideTheCorpusIsReportedNotWalked() throws IOException {
    Files.createSymbolicLink(root.resolve("x/up"), root);
    assertThat(readAll().keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
    IngestProblem problem = problemAbout("x/up");
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.message()).contains("symbolic link to a folder", "not followed");
  }

  @Test
  void aPipeNamedOnItsOwnIsReportedInsteadOfWaitedOn() throws Exception {
    Path pipe = root.resolve("incoming.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
    List<SourceText> read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> reader.readAll(List.of(pipe, root.resolve("good.txt"))));
    assertThat(read).extracting(SourceText::id).containsExactly("good");
    assertThat(problemAbout("incoming.txt").message()).isEqualTo("not a regular file");
  }

  @Test
  void standardInputAndALinkToAPipeAreNamedAsWhatTheyAre() throws Exception {
    Path pipe = root.resolve("incoming");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
    Path stdin = Files.createSymbolicLink(root.resolve("feed"), pipe); // as /dev/stdin points at a pipe when one feeds it

    List<SourceText> read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> reader.withStandardInput(new java.io.ByteArrayInputStream(new byte[0])).readAll(List.of(Path.of("-"), stdin, root.resolve("good.txt"))));

    assertThat(read).extracting(SourceText::id).containsExactly("good");
    // they were "no such file or folder" and "symbolic link to a file that does not exist"; "-" is read (below)
    assertThat(problems).filteredOn(p -> p.location().equals("stdin")).singleElement().extracting(IngestProblem::message).isEqualTo("standard input is empty");
    assertThat(problemAbout("feed").message()).isEqualTo("not a regular file (a link to a pipe or device: /dev/stdin is one)");
  }

  @Test
  void aFolderGivenThroughASymbolicLinkIsReadWhereTheLinkPoints(@TempDir Path elsewhere) throws IOException {
    Path link = Files.createSymbolicLink(elsewhere.resolve("corpus-link"), root);

    List<SourceText> read = reader.readAll(List.of(link));

    assertThat(read).extracting(SourceText::id).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
  }

  @Test
  void theFilesASavedPageKeepsBesideItAreNeitherDocumentsNorProblemsInAFolder() throws IOException {
    Files.createDirectories(root.resolve("page_files"));
    Files.write(root.resolve("page_files/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0});
    Files.writeString(root.resolve("page_files/site.css"), "body { margin: 0 }");
    Files.writeString(root.resolve("page_files/app.js"), "var x = 1;");

    assertThat(readAll().keySet()).containsExactlyInAnyOrder("good", "x/42", "legacy", "rec-1", "page");
    assertThat(problems).noneMatch(p -> p.location().contains("page_files"));

    problems.clear();
    reader.readAll(List.of(root.resolve("page_files/photo.jpg")));
    assertThat(problemAbout("photo.jpg").message()).contains("not a supported file type");
  }

  @Test
  void anEmptyFileIsSkippedWithAProblem() {
    readAll();
    IngestProblem problem = problemAbout("empty.txt");
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.message()).contains("empty");
  }

  @Test
  void aBinaryFileIsSkippedWithAProblem() {
    readAll();
    IngestProblem problem = problemAbout("binary.txt");
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.message()).contains("binary");
  }

  @Test
  void invalidUtf8IsDecodedAsWindows1252WithAWarning() {
    SourceText legacy = readAll().get("legacy");
    assertThat(legacy.text()).isEqualTo("Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve");
    IngestProblem warning = problemAbout("legacy.txt");
    assertThat(warning.skipped()).isFalse();
    assertThat(warning.message()).contains("UTF-8").contains("Windows-1252");
  }

  @Test
  void plainTextFilesCarryTheMetadataTheirLinesDeclare(@TempDir Path own) throws IOException {
    Path file = own.resolve("meta-article.txt");
    Files.writeString(file, "River bursts its banks\n\nPosted in Region by Estuary Chronicle staff\nBy Jane Voe\nOn 3rd March 2019\n\n"
        + "Heavy rain fell all night.\n\nCopied from The Lamplit Ledger.\n");
    SourceText article = reader.readAll(List.of(file)).get(0);
    assertThat(article.metadata().title()).isEqualTo("River bursts its banks");
    assertThat(article.metadata().site()).isEqualTo("Estuary Chronicle");
    assertThat(article.metadata().author()).isEqualTo("Jane Voe");
    assertThat(article.metadata().date()).isEqualTo(java.time.LocalDate.of(2019, 3, 3));
    assertThat(article.metadata().attributions()).extracting(ArticleMetadata.Attribution::sourceName).containsExactly("The Lamplit Ledger");
  }

  @Test
  void aPlainTextsMetadataIsReadWhenFirstAskedForAsItsLinesSayIt(@TempDir Path own) throws IOException {
    Files.writeString(own.resolve("a-dated.txt"), "Tide mills reopen\n\nBy Orla Penhale\nPublished 4 May 2021\n\n"
        + "The old mills turned again.\n\n(via Marrowby Gazette)\n");
    Files.writeString(own.resolve("b-credited.txt"), "Harbour works\n\nCranes lifted the last span into place.\n\n"
        + "A crane over the quay at dawn TOMAS WELD/AFP via Getty Images\n\nWork ends in June.\n");
    List<SourceText> read = reader.readAll(List.of(own));
    assertThat(read).hasSize(2);
    // asked in reverse order, after both were read: each decodes its own bytes again, no other text's
    for (SourceText document : List.of(read.get(1), read.get(0))) {
      ArticleMetadata lines = org.doppel.ingest.meta.TextMetadata.extract(document.text());
      assertThat(document.metadata()).isEqualTo(lines).isNotEqualTo(ArticleMetadata.EMPTY);
      assertThat(document.metadata()).isSameAs(document.metadata()); // read once
      assertThat(document).isEqualTo(new SourceText(document.id(), document.text(), document.origin(), lines))
          .hasSameHashCodeAs(new SourceText(document.id(), document.text(), document.origin(), lines));
      assertThat(document.withOrigin("elsewhere").metadata()).isEqualTo(lines);
      // a plain text's lines give a picture's caption and credit, never its URL: no picture to look for
      assertThat(document.metadata().images()).allSatisfy(image -> assertThat(image.url()).isNull());
      assertThat(document.metadataMayLinkPictures()).isFalse();
    }
    assertThat(read.get(0).metadata().date()).isEqualTo(java.time.LocalDate.of(2021, 5, 4));
    assertThat(read.get(1).metadata().images()).isNotEmpty();
    assertThat(SourceText.of("given", "text").metadataMayLinkPictures()).isTrue();
  }

  @Test
  void aJsonLinesRecordsDeclaredFieldsWinOverWhatItsTextSays(@TempDir Path own) throws IOException {
    Path file = own.resolve("declared.jsonl");
    Files.writeString(file, "{\"id\": \"r\", \"title\": \"Declared title\", \"date\": \"2020-01-02\","
        + " \"text\": \"Text title\\n\\nBy Jane Voe\\nPublished 3 March 2019\\n\\nBody.\"}\n");
    SourceText record = reader.readAll(List.of(file)).get(0);
    assertThat(record.metadata().title()).isEqualTo("Declared title");
    assertThat(record.metadata().date()).isEqualTo(java.time.LocalDate.of(2020, 1, 2));
    assertThat(record.metadata().author()).isEqualTo("Jane Voe");
    assertThat(record.metadata().evidence()).containsEntry("title", "jsonl").containsEntry("author", "text:byline");
  }

  @Test
  void jsonLinesRecordsAreReadAndBadLinesReportedByLineNumber() {
    SourceText record = readAll().get("rec-1");
    assertThat(record.text()).isEqualTo("A good record.");
    assertThat(record.metadata().title()).isEqualTo("T");
    assertThat(record.metadata().url()).isEqualTo("https://example.org/1");
    assertThat(record.metadata().date()).isEqualTo(java.time.LocalDate.of(2019, 3, 3));
    assertThat(record.origin()).endsWith("records.jsonl:1");
    IngestProblem invalid = problemAbout("records.jsonl:2");
    assertThat(invalid.message()).contains("not valid JSON");
    assertThat(invalid.skipped()).isTrue();
    IngestProblem noText = problemAbout("records.jsonl:3");
    assertThat(noText.message()).contains("\"text\"");
    assertThat(noText.skipped()).isTrue();
  }

  @Test
  void aJsonLinesFileEndsWithANoteOfTheRecordsItGaveAsACrawlDoes() {
    readAll();
    // main: no line said what the file gave, where a WARC file's note says "12 HTML pages read"
    assertThat(problems).filteredOn(p -> p.location().equals(root.resolve("records.jsonl").toString()))
        .singleElement().satisfies(note -> {
          assertThat(note.note()).as("what a file held is a note, no problem").isTrue();
          assertThat(note.message()).isEqualTo("1 record read; 2 lines skipped");
        });
  }

  @Test
  void aJsonLinesLineOfUnicodeSpacesOnlyIsABlankLineNotASkippedOne(@TempDir Path own) throws IOException {
    // a no-break space, an em space, an ideographic space, a line separator: as blank as ASCII spaces are on the screen
    Files.writeString(own.resolve("spaced.jsonl"), "{\"id\": \"a\", \"text\": \"A record.\"}\n"
        + "\u00a0\u00a0\n" + " \u2003\t\n" + "\u3000\n" + "\u2028\r\n" + "{\"id\": \"b\", \"text\": \"Another record.\"}\n");
    assertThat(reader.readAll(List.of(own))).extracting(SourceText::id).containsExactly("a", "b");
    // main: the no-break line named "not valid JSON: Unexpected character (' ' (code 160))", the three others counted
    // in the note's "lines skipped" and named nowhere
    assertThat(problems).singleElement().satisfies(note -> {
      assertThat(note.note()).isTrue();
      assertThat(note.message()).isEqualTo("2 records read");
    });
  }

  @Test
  void aJsonLinesLineOfAByteOrderMarkOnlyIsABlankLine(@TempDir Path own) throws IOException {
    // two exports joined with cat: the second's mark before its first record, and one export that ends on a marked blank line
    Files.writeString(own.resolve("joined.jsonl"), "{\"id\": \"a\", \"text\": \"A record.\"}\n"
        + "\ufeff{\"id\": \"b\", \"text\": \"Another record.\"}\n" + "\ufeff\n" + "\ufeff \n");
    assertThat(reader.readAll(List.of(own))).extracting(SourceText::id).containsExactly("a", "b");
    // main: "2 records read; 2 lines skipped", the two lines named nowhere
    assertThat(problems).singleElement().satisfies(note -> {
      assertThat(note.note()).isTrue();
      assertThat(note.message()).isEqualTo("2 records read");
    });
  }

  @Test
  void aTruncatedGzipFileIsSkippedAsTruncated() {
    readAll();
    IngestProblem problem = problemAbout("truncated.txt.gz");
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.message()).contains("truncated");
  }

  @Test
  void anUnsupportedExtensionIsSkippedWithAProblem() {
    readAll();
    IngestProblem problem = problemAbout("report.pdf");
    assertThat(problem.skipped()).isTrue();
    assertThat(problem.message()).isEqualTo("a PDF, which Doppel does not read: save or convert its text as .txt (pdftotext)");
  }

  @Test
  void theKindsANewsroomsExportHoldsAreToldHowToBecomeOnesDoppelReads() throws IOException {
    // main: "not a supported file type (…)" for each, whatever it held; a table is read a row a document (CsvReaderTest), an .xml file that is a feed is read (FeedReaderTest),
    // a file of no extension by its first bytes (extensionlessFilesAreReadByTheirFirstBytesAsStandardInputIs)
    Path data = Files.createDirectories(root.resolve("cms-export"));
    for (String name : List.of("articles.csv", "articles.tsv", "feed.xml", "tip.eml", "story.docx", "NOTES", "data.bin")) {
      Files.writeString(data.resolve(name), "x");
    }
    Files.writeString(data.resolve("sitemap.xml"), "<?xml version=\"1.0\"?>\n<!-- made by the CMS -->\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>");
    assertThat(reader.readAll(List.of(data))).extracting(SourceText::id).containsExactly("NOTES");
    assertThat(problems).extracting(IngestProblem::message).containsExactly(
        "has no text column (\"text\", \"raw_content\", \"content\" or \"body\") in its header row; its columns are \"x\" (separated by ',')",
        "has no text column (\"text\", \"raw_content\", \"content\" or \"body\") in its header row; its columns are \"x\"",
        "not a supported file type (.txt, .md, .jsonl, .json, .html, .warc, .wet, an .rss, .atom or .xml feed, a .csv or .tsv table, optionally .gz, .bz2, .xz or .zst, or a .tar,"
            + " .tar.gz, .tar.zst or .zip of them)",
        "XML with no root element in its first 8 KB, not an RSS or Atom feed (<rss>, <feed> in the Atom namespace, <rdf:RDF> with RSS"
            + " 1.0's), which Doppel does not read: write its items as JSON Lines (one object a line, with an \"id\" and the text as"
            + " \"text\", \"body\" or \"content\"; \"title\", \"url\" and \"date\" are read too), which Doppel reads, or save the"
            + " items' pages as .html",
        "XML whose root element is <urlset>, not an RSS or Atom feed (<rss>, <feed> in the Atom namespace, <rdf:RDF> with RSS"
            + " 1.0's), which Doppel does not read: write its items as JSON Lines (one object a line, with an \"id\" and the text as"
            + " \"text\", \"body\" or \"content\"; \"title\", \"url\" and \"date\" are read too), which Doppel reads, or save the"
            + " items' pages as .html",
        "a Word document, which Doppel does not read: save or convert its text as .txt (pandoc -t plain, or the word processor's"
            + " \"save as\")",
        "a mail, which Doppel does not read: save or convert its text as .txt (its body, not its headers) or .html");
  }

  @Test
  void extensionlessFilesAreReadByTheirFirstBytesAsStandardInputIs() throws IOException {
    // main: "not a supported file type (…)" for each, then no document at all
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Files.writeString(corpus.resolve("d00001"), "Heavy rain fell all night.\n\nThe river burst its banks at dawn.");
    Files.writeString(corpus.resolve("d00002"), "The council met on Tuesday.\n\nIt approved the budget for the schools.");
    Files.writeString(corpus.resolve("page"), "<!DOCTYPE html><html><head><title>Flood</title></head><body><p>Residents moved to the hall.</p></body></html>");
    Files.writeString(corpus.resolve("records"), "{\"id\": \"rec-9\", \"text\": \"A record of a dump.\"}\n{\"text\": \"One without an id.\"}\n");
    Files.write(corpus.resolve("packed"), gzip("A compressed article about the harbour and its new ferry."));
    byte[] noise = new byte[5_000];
    new java.util.Random(7).nextBytes(noise);
    noise[3] = 0;
    Files.write(corpus.resolve("blob"), noise);
    Files.writeString(corpus.resolve("script.py"), "print('an unknown extension is still skipped')");

    Map<String, SourceText> read = reader.readAll(List.of(corpus)).stream().collect(Collectors.toMap(SourceText::id, Function.identity()));

    assertThat(read.keySet()).containsExactlyInAnyOrder("d00001", "d00002", "page", "rec-9", "records#2", "packed");
    assertThat(read.get("d00001").origin()).isEqualTo(corpus.resolve("d00001").toString());
    assertThat(read.get("rec-9").origin()).startsWith(corpus.resolve("records").toString());
    assertThat(read.get("packed").text()).isEqualTo("A compressed article about the harbour and its new ferry.");
    for (String name : List.of("d00001", "page", "packed")) {
      assertThat(read.get(name).text()).as(name).isEqualTo(readAsStandardInput(corpus.resolve(name)).text());
    }
    // a page opening with <!DOCTYPE html> or <html> is read as one: its article, not its markup
    assertThat(read.get("page").text()).contains("Residents moved to the hall.").doesNotContain("<", "DOCTYPE");
    assertThat(problemsNotNotes()).filteredOn(IngestProblem::skipped).extracting(IngestProblem::location)
        .containsExactlyInAnyOrder(corpus.resolve("blob").toString(), corpus.resolve("script.py").toString());
    assertThat(problemAbout("blob").message()).startsWith("no extension, and its first bytes look binary (NUL or many control bytes), not text: not a supported file type");
    assertThat(problemAbout("blob").skipped()).isTrue();
  }

  private static SourceText readAsStandardInput(Path file) throws IOException {
    List<IngestProblem> ignored = new ArrayList<>();
    List<SourceText> read = new CorpusReader(ignored::add).withStandardInput(new java.io.ByteArrayInputStream(Files.readAllBytes(file)))
        .readAll(List.of(Path.of("-")));
    assertThat(read).hasSize(1);
    return read.getFirst();
  }

  @Test
  void htmlBodyTextIsExtractedWithoutScriptsNavigationOrFooter() {
    SourceText page = readAll().get("page");
    // the page's one h1 is its headline (PageTitle), preferred to the <title> that sites pad
    assertThat(page.metadata().title()).isEqualTo("River bursts its banks");
    assertThat(page.text()).startsWith("River bursts its banks\n\n")
        .contains("River bursts its banks", "Heavy rain fell all night.", "Residents moved to the school hall.")
        .doesNotContain("SCRIPT_CONTENT", "MORE_SCRIPT", "NAVIGATION_LINK", "FOOTER_TEXT", "tracking");
  }

  @Test
  void hiddenFilesAreNotRead() {
    assertThat(readAll().keySet()).doesNotContain(".hidden");
    assertThat(problems).noneMatch(p -> p.location().contains(".hidden"));
  }

  @Test
  void everyProblemNamesItsFile() {
    readAll();
    assertThat(problemsNotNotes()).hasSize(7);
    assertThat(problems).allSatisfy(p -> assertThat(p.location()).startsWith(root.toString()));
    assertThat(problems).extracting(IngestProblem::toString).anySatisfy(s -> assertThat(s).contains("empty.txt").endsWith("(skipped)"));
  }

  @Test
  void aMissingRootIsAProblemNotAnException() {
    List<SourceText> read = reader.readAll(List.of(root.resolve("missing"), root.resolve("good.txt")));
    assertThat(read).extracting(SourceText::id).containsExactly("good");
    assertThat(problemAbout("missing").message()).contains("no such file");
  }

  @Test
  void aDocumentOverTheSizeLimitIsSkipped() {
    List<IngestProblem> seen = new ArrayList<>();
    List<SourceText> read = new CorpusReader(seen::add, 10).readAll(List.of(root.resolve("good.txt")));
    assertThat(read).isEmpty();
    assertThat(seen).singleElement().satisfies(p -> assertThat(p.message()).contains("limit"));
  }

  @Test
  void aFileOfAFolderIsReadWholeAtEveryLengthAroundTheReadBuffers() throws IOException {
    Path folder = root.resolve("lengths");
    Files.createDirectories(folder);
    int[] lengths = {1, 2, 8191, 8192, 8193, 65536, 65537, 300_001};
    for (int length : lengths) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < length; i++) {
        text.append((char) ('a' + i % 26)).append(i % 7 == 0 ? " " : "");
      }
      Files.writeString(folder.resolve("doc-" + length + ".txt"), text.substring(0, length));
    }
    Map<String, String> read = reader.readAll(List.of(folder)).stream().collect(Collectors.toMap(SourceText::id, SourceText::text));
    for (int length : lengths) {
      assertThat(read.get("doc-" + length)).hasSize(length).isEqualTo(Files.readString(folder.resolve("doc-" + length + ".txt")));
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedWhetherWalkedOrNamedToReadFile() {
    List<IngestProblem> walked = new ArrayList<>();
    assertThat(new CorpusReader(walked::add, GOOD_TEXT.length() - 1).readAll(List.of(root.resolve("good.txt")))).isEmpty();
    List<IngestProblem> named = new ArrayList<>();
    List<SourceText> read = new ArrayList<>();
    new CorpusReader(named::add, GOOD_TEXT.length() - 1).readFile(root.resolve("good.txt"), "good.txt", read::add);
    assertThat(read).isEmpty();
    assertThat(walked).extracting(IngestProblem::message).containsExactlyElementsOf(named.stream().map(IngestProblem::message).toList())
        .singleElement().asString().contains("over the limit of " + (GOOD_TEXT.length() - 1));
    assertThat(new CorpusReader(walked::add, GOOD_TEXT.length()).readAll(List.of(root.resolve("good.txt"))))
        .extracting(SourceText::text).containsExactly(GOOD_TEXT);
  }

  @Test
  void aValidGzipFileIsRead() throws IOException {
    Path gz = root.resolve("ok.txt.gz");
    Files.write(gz, gzip("compressed words"));
    assertThat(reader.readAll(List.of(gz))).extracting(SourceText::id, SourceText::text).containsExactly(org.assertj.core.api.Assertions.tuple("ok", "compressed words"));
  }

  @Test
  void aNonPositiveSizeLimitIsRefused() {
    assertThatThrownBy(() -> new CorpusReader(p -> {}, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readingFilesInParallelGivesTheSameDocumentsAndProblemsInTheSameOrder() {
    List<SourceText> alone = reader.readAll(List.of(root, root.resolve("no-such-folder"), root.resolve("good.txt")));
    List<IngestProblem> aloneProblems = List.copyOf(problems);
    List<IngestProblem> parallelProblems = new ArrayList<>();
    List<SourceText> parallel = new CorpusReader(parallelProblems::add).withThreads(3)
        .readAll(List.of(root, root.resolve("no-such-folder"), root.resolve("good.txt")));
    assertThat(parallel).extracting(SourceText::id, SourceText::text, SourceText::origin)
        .containsExactlyElementsOf(alone.stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.id(), d.text(), d.origin())).toList());
    assertThat(parallelProblems).isEqualTo(aloneProblems);
  }

  /** Ids, texts and origins as read on {@code threads}, with the problems reported, in order. */
  private static List<String> readOn(int threads, List<Path> roots) {
    List<String> out = new ArrayList<>();
    new CorpusReader(problem -> out.add("problem " + problem)).withThreads(threads)
        .read(roots, d -> out.add(d.id() + " | " + d.text() + " | " + d.origin()));
    return out;
  }

  @Test
  void filesReadWhileTheFolderIsListedArriveInNameOrderOnAnyNumberOfThreads(@TempDir Path many) throws IOException {
    // names whose order as paths differs from their order as folders walked ("a-1" < "a.txt" < "a/1"), bad files among
    // them, and more files than are read ahead while listing, so that both ways of reading a file are taken
    for (String folder : new String[] {"a", "a-1", "b/c", "b"}) {
      Files.createDirectories(many.resolve(folder));
    }
    Files.writeString(many.resolve("a.txt"), "beside the folder a");
    Files.writeString(many.resolve("a-1.txt"), "beside the folder a-1");
    for (int i = 0; i < ReadAhead.FILES_READ_WHILE_LISTING + 400; i++) {
      String folder = new String[] {"a", "a-1", "b/c", "b", "."}[i % 5];
      Path file = many.resolve(folder).resolve((i % 7 == 0 ? ".hidden-" : "") + Integer.toString(i * 7919 % 10_007, 36) + (i % 97 == 0 ? ".pdf" : ".txt"));
      if (i % 113 == 0) {
        Files.write(file, new byte[0]);
      } else {
        Files.writeString(file, "document " + i);
      }
    }
    List<Path> roots = List.of(many, many.resolve("a-1.txt"), many.resolve("missing"));
    List<String> alone = readOn(1, roots);
    assertThat(alone).hasSizeGreaterThan(ReadAhead.FILES_READ_WHILE_LISTING * 4 / 5).anyMatch(line -> line.startsWith("problem ")).anyMatch(line -> line.startsWith("a-1/"));
    assertThat(readOn(2, roots)).isEqualTo(alone);
  }

  @Test
  void aReaderNeedsAtLeastOneThread() {
    assertThatThrownBy(() -> reader.withThreads(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be >= 1, got 0");
  }

  @Test
  void aRecordIdThatIsNoStringOrNumberIsNamedByItsLineWithOneWarning() throws IOException {
    Path data = Files.createDirectories(root.resolve("ids"));
    Files.writeString(data.resolve("f.jsonl"), "{\"id\": 7, \"text\": \"The ferry left at noon.\"}\n"
        + "{\"id\": {\"value\": 8}, \"text\": \"The bridge opened in May.\"}\n"
        + "{\"id\": true, \"text\": \"The market moved to the square.\"}\n"
        + "{\"id\": false, \"text\": \"The school closed for a week.\"}\n"
        + "{\"id\": [\"x\"], \"text\": \"The mayor resigned on Friday.\"}\n");

    List<SourceText> read = reader.readAll(List.of(data));

    // a boolean id made the third record's "true" and, in a file of many, every later "true" a duplicate to skip;
    // an object id was named "record has no id", once, though the record had one
    assertThat(read).extracting(SourceText::id).containsExactlyInAnyOrder("7", "f#2", "f#3", "f#4", "f#5");
    assertThat(problemsNotNotes()).extracting(IngestProblem::toString).containsExactly(data.resolve("f.jsonl") + ":2: record's \"id\" is an object, "
        + "not a string or number; using f#2 (every record of this file whose id is not a string or number is named by its line so; "
        + "this warning is given once)");
  }

  @Test
  void aNumberIdIsTheRecordsOwnTextOfIt() throws IOException {
    Path data = Files.createDirectories(root.resolve("numberids"));
    Files.writeString(data.resolve("g.jsonl"), "{\"id\": 7.0, \"text\": \"The ferry left at noon.\"}\n"
        + "{\"id\": 1e20, \"text\": \"The bridge opened in May.\"}\n"
        + "{\"id\": 7, \"text\": \"The market moved to the square.\"}\n"
        + "{\"id\": -0, \"text\": \"The school closed for a week.\"}\n"
        + "{\"text\": \"The mayor resigned on Friday.\", \"id\": 2.50E-3}\n"
        + "{\"id\": 0.1, \"nested\": {\"id\": 9.0}, \"text\": \"The harbour froze in January.\", \"id\": 12345678901234567890.000}\n"
        + "{\"id\": 0, \"text\": \"The tram line reopened.\"}\n");

    List<SourceText> read = reader.readAll(List.of(data));

    // Jackson's tree gave 7.0 as "7.0" but 1e20 as "1.0E20", -0 as "0" and 2.50E-3 as "0.0025": a record named otherwise
    // than its file writes it, which the index, trace and the API then asked for under the wrong name. The last
    // top-level "id" is the tree's, a nested one is not the record's.
    assertThat(read).extracting(SourceText::id).containsExactlyInAnyOrder("7.0", "1e20", "7", "-0", "2.50E-3", "12345678901234567890.000", "0");
    assertThat(problemsNotNotes()).isEmpty();
  }

  @Test
  void datasetsJsonLinesAreReadAsTheyShip() throws IOException {
    Path data = Files.createDirectories(root.resolve("datasets"));
    // C4-like: .json.gz, "text" with "url" and "timestamp", no id
    Files.write(data.resolve("c4-train.00000.json.gz"), gzip("{\"text\": \"The lighthouse keeper retired after forty years.\", \"url\": \"https://a.example/l\", \"timestamp\": \"2019-04-25T12:57:54Z\"}\n"
        + "{\"text\": \"A second record without an id.\", \"url\": \"https://a.example/m\"}\n"));
    // RedPajama-like raw_content, and records naming their text content or body
    Files.write(data.resolve("rp.jsonl.gz"), gzip("{\"raw_content\": \"Snow closed the mountain pass on Monday.\"}\n"));
    Files.writeString(data.resolve("news.jsonl"), "{\"id\": \"n1\", \"content\": \"The bakery reopened.\"}\n{\"id\": \"n2\", \"body\": \"The mill closed.\"}\n"
        + "{\"id\": \"n3\", \"text\": \"Text wins.\", \"body\": \"not this\"}\n");
    // one JSON document, pretty-printed or an array, named once rather than once a line
    Files.writeString(data.resolve("array.json"), "[\n  {\"id\": \"a1\", \"text\": \"one\"},\n  {\"id\": \"a2\", \"text\": \"two\"}\n]\n");
    Files.writeString(data.resolve("pretty.json"), "{\n  \"id\": \"p\",\n  \"text\": \"pretty\"\n}\n");

    Map<String, SourceText> read = reader.readAll(List.of(data)).stream().collect(Collectors.toMap(SourceText::id, Function.identity()));

    assertThat(read.keySet()).containsExactlyInAnyOrder("c4-train.00000#1", "c4-train.00000#2", "rp#1", "n1", "n2", "n3");
    assertThat(read.get("c4-train.00000#1").metadata().url()).isEqualTo("https://a.example/l");
    assertThat(read.get("rp#1").text()).isEqualTo("Snow closed the mountain pass on Monday.");
    assertThat(read.get("n2").text()).isEqualTo("The mill closed.");
    assertThat(read.get("n3").text()).isEqualTo("Text wins.");
    // one note per file for the records without an id, not one a record
    assertThat(problems).filteredOn(p -> p.message().startsWith("record has no \"id\"")).extracting(IngestProblem::location)
        .containsExactlyInAnyOrder(data.resolve("c4-train.00000.json.gz") + ":1", data.resolve("rp.jsonl.gz") + ":1");
    assertThat(problems).filteredOn(p -> p.location().endsWith(".json")).extracting(IngestProblem::toString).containsExactlyInAnyOrder(
        data.resolve("array.json") + ": is one JSON document (an array, or an object over many lines), not JSON Lines (one object a line): "
            + "convert it (jq -c '.[]') (skipped)",
        data.resolve("pretty.json") + ": is one JSON document (an array, or an object over many lines), not JSON Lines (one object a line): "
            + "convert it (jq -c '.[]') (skipped)");
  }

  @Test
  void aRecordWithAnEmptyTextIsNamedAndAnEmptyFieldGivesWayToAFullOne() throws IOException {
    Path data = Files.createDirectories(root.resolve("blank"));
    // written for the test: a crawl's records whose page had no text, and one whose "text" is empty but whose "content" is not
    Files.writeString(data.resolve("crawl.jsonl"), "{\"id\": \"e1\", \"text\": \"\"}\n{\"id\": \"e2\", \"text\": \" \\n\\t \"}\n"
        + "{\"id\": \"e3\", \"text\": \"\", \"content\": \"The ferry resumed its winter timetable.\"}\n"
        + "{\"id\": \"e4\", \"text\": \"The mill closed.\"}\n");

    Map<String, SourceText> read = reader.readAll(List.of(data)).stream().collect(Collectors.toMap(SourceText::id, Function.identity()));

    assertThat(read.keySet()).containsExactlyInAnyOrder("e3", "e4");
    assertThat(read.get("e3").text()).isEqualTo("The ferry resumed its winter timetable.");
    assertThat(problemsNotNotes()).extracting(IngestProblem::toString).containsExactly(
        data.resolve("crawl.jsonl") + ":1: record's text is empty (skipped)",
        data.resolve("crawl.jsonl") + ":2: record's text is empty (white space only) (skipped)");
  }

  @Test
  void aFileCompressedWithWhatDoppelDoesNotReadIsNamedWithTheCommandThatUndoesIt() throws IOException {
    Path data = Files.createDirectories(root.resolve("packed"));
    Files.write(data.resolve("part-0.jsonl.lz4"), new byte[] {0x04, 0x22, 0x4d, 0x18, 0});
    Files.write(data.resolve("part-1.jsonl.7z"), "7z".getBytes(StandardCharsets.US_ASCII));
    Files.write(data.resolve("notes.odt"), new byte[] {1, 2, 3});

    assertThat(reader.readAll(List.of(data))).isEmpty();

    assertThat(problems).extracting(IngestProblem::toString).containsExactly(
        data.resolve("notes.odt") + ": an OpenDocument text, which Doppel does not read: save or convert its text as .txt (pandoc -t plain,"
            + " or the word processor's \"save as\") (skipped)",
        data.resolve("part-0.jsonl.lz4") + ": compressed with LZ4, which Doppel does not read (it reads gzip, bzip2, xz, Zstandard, tar and "
            + "zip): decompress it (lz4 -d) or compress it with one of those (skipped)",
        data.resolve("part-1.jsonl.7z") + ": compressed with 7-Zip, which Doppel does not read (it reads gzip, bzip2, xz, Zstandard, tar and "
            + "zip): decompress it (7z x) or compress it with one of those (skipped)");
  }

  @Test
  void aCrawlsExtractedTextsAreDocumentsWithTheirAddressAndCrawlDate() throws IOException {
    Path crawl = Files.createDirectories(root.resolve("wet"));
    String text = "Harbour cranes arrive\nFour new cranes arrived at the harbour after a six-week voyage.\n";
    String record = "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:0c5e3f7e-1111-4222-8333-444455556666>\r\n"
        + "WARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: https://port.example/cranes\r\nContent-Type: text/plain\r\n"
        + "Content-Length: " + text.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + text + "\r\n\r\n";
    Files.write(crawl.resolve("CC-MAIN-1.warc.wet.gz"), gzip(record));

    List<SourceText> read = reader.readAll(List.of(crawl));

    assertThat(read).singleElement().satisfies(document -> {
      assertThat(document.id()).isEqualTo("CC-MAIN-1.warc/https://port.example/cranes");
      assertThat(document.text()).isEqualTo(text);
      assertThat(document.metadata().title()).isEqualTo("Harbour cranes arrive");
      assertThat(document.metadata().url()).isEqualTo("https://port.example/cranes");
      assertThat(document.metadata().date()).isEqualTo(java.time.LocalDate.of(2024, 3, 14));
      assertThat(document.metadata().evidence()).containsEntry("date", "warc-date");
    });
    assertThat(problems).extracting(IngestProblem::message).containsExactly("1 text (conversion record) read");
  }

  @Test
  void standardInputIsReadAsJsonLinesCompressedOrNotAndAsOnePlainTextOtherwise() throws IOException {
    String lines = "{\"id\": \"quay-1\", \"text\": \"The quay at Lorrin Bay reopened on Friday after repairs.\"}\n"
        + "{\"text\": \"A record without an id is named by its line.\"}\n"
        + "not json\n";
    java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] input : List.of(lines.getBytes(StandardCharsets.UTF_8), gzip.toByteArray())) {
      problems.clear();
      List<SourceText> read = reader.withStandardInput(new java.io.ByteArrayInputStream(input)).readAll(List.of(Path.of("-"), root.resolve("good.txt")));

      // "-" was refused: "standard input is not read: save what the pipe gives to a file and name that"
      assertThat(read).extracting(SourceText::id).containsExactly("quay-1", "stdin#2", "good");
      assertThat(problems).filteredOn(p -> !p.note() && !p.location().equals("stdin:2")).extracting(IngestProblem::location).containsExactly("stdin:3");
    }
    problems.clear();
    String claim = "The mayor of Lorrin Bay said the quay would cost 4 million to rebuild.\n";
    List<SourceText> read = reader.withStandardInput(new java.io.ByteArrayInputStream(claim.getBytes(StandardCharsets.UTF_8))).readAll(List.of(Path.of("-")));
    assertThat(read).singleElement().satisfies(text -> {
      assertThat(text.id()).isEqualTo("stdin");
      assertThat(text.text()).isEqualTo(claim);
    });
  }
  @Test
  void extractReadsStandardInputAsOneHtmlPageOrAsAWarcCrawlCompressedOrNot() throws IOException {
    // extract refused "-" ("standard input is not read"), as scan did before it read JSON Lines there
    String page = "<html><head><title>Quay reopened</title></head><body><article><h1>Quay reopened</h1>"
        + "<p>The quay at Lorrin Bay reopened on Friday after eight months of repairs to its sea wall and cranes.</p>"
        + "<p>Harbour staff said the first cargo ship would berth there on Monday morning.</p></article></body></html>";
    byte[] html = page.getBytes(StandardCharsets.UTF_8);
    byte[] warc = warcResponse("https://lorrin.example/quay", page);
    java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
      out.write(warc);
    }
    for (byte[] input : List.of(html, warc, gzip.toByteArray())) {
      List<ExtractedPage> pages = pagesOf(input);
      assertThat(problems).filteredOn(p -> !p.note()).isEmpty();
      assertThat(pages).singleElement().satisfies(read -> {
        assertThat(read.article().metadata().title()).isEqualTo("Quay reopened");
        assertThat(read.article().documentText()).contains("first cargo ship would berth");
        assertThat(read.location()).startsWith("stdin");
      });
    }
    assertThat(pagesOf(new byte[0])).isEmpty();
    assertThat(problems).extracting(IngestProblem::message).containsExactly("standard input is empty");
  }

  @Test
  void extractReadsFilesOfNoExtensionByTheirFirstBytesAndNamesTheOnesThatAreNoPages() throws IOException {
    // main: "not a web page (…)" for each of them
    String page = "<!DOCTYPE html><html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>"
        + "<p>The ferry operator raised its fares by nine percent on Monday, citing fuel costs and the new harbour dues.</p>"
        + "<p>Commuters said the rise would hit families hardest this winter.</p></article></body></html>";
    Path mirror = Files.createDirectories(root.resolve("mirror"));
    Files.writeString(mirror.resolve("fares"), page);
    Files.write(mirror.resolve("crawl"), warcResponse("https://harbour.example/fares", page));
    Files.writeString(mirror.resolve("notes"), "Call the harbour office about the fares on Monday.");
    problems.clear();
    List<ExtractedPage> pages = new ArrayList<>();
    reader.readPages(List.of(mirror), pages::add);

    assertThat(pages).hasSize(2).allSatisfy(read -> {
      assertThat(read.article().metadata().title()).isEqualTo("Ferry fares rise");
      assertThat(read.article().documentText()).contains("hit families hardest").doesNotContain("<");
    });
    assertThat(problems).filteredOn(p -> !p.note()).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(mirror.resolve("notes").toString());
      assertThat(problem.message()).startsWith("no extension, and its first bytes are no web page");
    });
  }

  /** One WARC response record holding {@code page} as an HTTP response from {@code uri}. */
  private static byte[] warcResponse(String uri, String page) {
    byte[] html = page.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length + "\r\n\r\n" + page;
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2031-05-02T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n";
    return (head + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private List<ExtractedPage> pagesOf(byte[] input) {
    problems.clear();
    List<ExtractedPage> pages = new ArrayList<>();
    reader.withStandardInput(new java.io.ByteArrayInputStream(input)).readPages(List.of(Path.of("-")), pages::add);
    return pages;
  }
}
