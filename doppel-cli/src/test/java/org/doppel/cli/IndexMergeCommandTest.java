package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexMergeCommandTest {
  @TempDir
  Path folder;

  @Test
  void mergeLeavesOneSegmentWithEveryDocumentAndMergeStatsAndRemoveRefuseAFolderWithoutAnIndex() throws Exception {
    Path corpus = Files.createDirectory(folder.resolve("corpus"));
    // three texts written for the test, one commit each, so the index starts with several segments
    Files.writeString(corpus.resolve("a.txt"), "The harbour ferry resumed its evening crossings after the storm had passed over the bay.");
    Files.writeString(corpus.resolve("b.txt"), "A chess club in the old library meets on Thursdays and welcomes players of every level.");
    Files.writeString(corpus.resolve("c.txt"), "Volunteers planted two hundred oak saplings along the river path on Sunday morning.");
    Path index = folder.resolve("idx");
    assertThat(DoppelCli.run("index", "add", "--quiet", "--commit-every", "1", index.toString(), corpus.toString())).isZero();
    try (DoppelIndex opened = Doppel.builder().openIndexReadOnly(index)) {
      assertThat(opened.stats().segments()).isGreaterThan(1);
    }

    assertThat(DoppelCli.run("index", "merge", "--segments", "1", index.toString())).isZero();
    try (DoppelIndex opened = Doppel.builder().openIndexReadOnly(index)) {
      assertThat(opened.stats().segments()).isEqualTo(1);
      assertThat(opened.ids()).containsExactlyInAnyOrder("a", "b", "c");
    }

    Path empty = Files.createDirectory(folder.resolve("empty"));
    assertThat(DoppelCli.run("index", "merge", empty.toString())).isEqualTo(1);
    assertThat(DoppelCli.run("index", "stats", empty.toString())).isEqualTo(1);
    assertThat(DoppelCli.run("index", "remove", empty.toString(), "a")).isEqualTo(1);
    try (var files = Files.list(empty)) {
      assertThat(files).isEmpty(); // no index was created there
    }
  }

  @Test
  void aQueryOfAMissingFolderSaysSoAndCreatesNothing() throws Exception {
    Path document = Files.writeString(folder.resolve("q.txt"), "A ferry crossing resumed after the storm passed over the bay.");
    Path missing = folder.resolve("no-such-index");
    assertThat(DoppelCli.run("query", missing.toString(), document.toString())).isEqualTo(1);
    assertThat(missing).doesNotExist();
    assertThat(DoppelCli.run("index", "stats", missing.toString())).isEqualTo(1);
    assertThat(missing).doesNotExist();
  }
}
