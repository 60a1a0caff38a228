package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.IngestProblem;
import org.junit.jupiter.api.Test;

/** What the benchmark's log says of its reader's lines: a file's note is no input problem. */
class BenchmarkReaderLineTest {
  @Test
  void aJsonLinesFilesNoteIsLoggedAsANoteNotAnInputProblem() {
    // main logged "  input problem: corpus.jsonl: 20000 records read" for every clean generated corpus since feat-audit26
    assertThat(Benchmark.readerLine(IngestProblem.note("corpus.jsonl", "20000 records read")))
        .isEqualTo("  note: corpus.jsonl: 20000 records read");
    assertThat(Benchmark.readerLine(new IngestProblem("corpus.jsonl:7", "not valid JSON", true)))
        .isEqualTo("  input problem: corpus.jsonl:7: not valid JSON (skipped)");
  }
}
