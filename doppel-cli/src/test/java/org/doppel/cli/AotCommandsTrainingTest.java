package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AotCommandsTrainingTest {
  /** A web page for the extract: the sample corpus has one, and extract fails on a corpus without any. */
  private static final String PAGE = "<html><head><title>Harbour wall</title></head><body><article><p>The council voted on Tuesday"
      + " to rebuild the harbour wall that the winter storms broke, at a cost the mayor put at two million.</p></article></body></html>";
  private static final List<String> SEEDS = List.of("000_33b918fbab2694f1.txt", "001_ef4f5d2af97c3053.txt", "002_a735680510e8c7fa.txt");

  @TempDir Path dir;
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @Test
  void theScanTrainingTracesTheFirstDocumentTheScanRelated() throws Exception {
    Path corpus = seeds();
    Path out = Files.createDirectory(dir.resolve("out"));
    assertThat(AotCommandsTraining.trainScan(corpus, out)).isZero();
    String traced = AotCommandsTraining.firstRelatedDocument(out.resolve(AotCommandsTraining.SCAN_REPORT));
    assertThat(traced).isNotNull();
    // the trace reached provenance: the report names the document and its family
    assertThat(Files.readString(out.resolve("aot-training-trace.txt"))).startsWith(traced).contains("family");
    // the extract read the page (its report goes to standard output)
    assertThat(console.stdout()).contains("Harbour wall");
  }

  @Test
  void theIndexTrainingQueriesTheCorpusAndLeavesNoIndexBehind() throws Exception {
    Path corpus = seeds();
    Path out = Files.createDirectory(dir.resolve("out"));
    assertThat(AotCommandsTraining.trainIndex(corpus, out)).isZero();
    // each document finds itself in the index: the query went through the index's candidates and verification
    assertThat(Files.readString(out.resolve("aot-training-query.txt"))).contains("exact");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly("aot-training-query.txt");
    }
  }

  @Test
  void theFirstRelatedDocumentIsReadAsJsonWroteIt() throws Exception {
    Path report = dir.resolve("report.jsonl");
    Files.writeString(report, "{\"a\":\"x/say \\\"hi\\\"\",\"b\":\"y\",\"relation\":\"exact\"}\n{\"a\":\"z\",\"b\":\"w\"}\n");
    assertThat(AotCommandsTraining.firstRelatedDocument(report)).isEqualTo("x/say \"hi\"");
    Files.writeString(report, "");
    assertThat(AotCommandsTraining.firstRelatedDocument(report)).isNull();
  }

  private Path seeds() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    for (String seed : SEEDS) {
      try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
        Files.copy(in, corpus.resolve(seed));
      }
    }
    Files.writeString(corpus.resolve("harbour.html"), PAGE);
    return corpus;
  }
}
