package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doppel.index.IndexWriteException;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standing index whose folder stops taking files mid-run (a full disk, a folder made read-only): the failed change
 * is said as an {@link IndexWriteException} naming the index, the last commit stays whole and readable, and the index
 * opened again takes changes. The failure is made by planting folders where the next segments' files go, so that
 * creating them fails as on a disk that refuses them (root ignores permissions, and a full disk needs a mount).
 */
class IndexWriteFailureTest {
  private static final String KEPT = "The harbour council voted on Tuesday to approve a new ferry timetable that adds "
      + "three evening crossings to the island during the summer months, answering years of complaints from workers.";
  private static final String LOST = "Pupils from a small village school took first place in the national science fair "
      + "with a project that measured the air around the motorway junction with sensors they built themselves.";

  @TempDir
  Path folder;

  private DoppelIndex open() throws IOException {
    return Doppel.builder().threads(2).openIndex(folder.resolve("index"));
  }

  /** Folders in the place of the files Lucene writes for the next segments: creating any of them fails. */
  private void blockNextSegments() throws IOException {
    for (int segment = 0; segment < 40; segment++) {
      for (String extension : List.of("fdm", "fdt", "fdx", "fnm", "si")) {
        Path blocker = folder.resolve("index").resolve("_" + Integer.toString(segment, Character.MAX_RADIX) + "." + extension);
        if (!Files.exists(blocker)) {
          Files.createDirectories(blocker.resolve("blocker")); // not empty: Lucene's clean-up cannot delete it
        }
      }
    }
  }

  private void unblock() throws IOException {
    try (var entries = Files.list(folder.resolve("index"))) {
      for (Path entry : entries.filter(Files::isDirectory).toList()) {
        Files.delete(entry.resolve("blocker"));
        Files.delete(entry);
      }
    }
  }

  @Test
  void aFailedWriteKeepsTheLastCommitReadableAndSaysWhichIndexAndWhy() throws IOException {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("kept", KEPT)));
      index.commit();
      blockNextSegments();

      assertThatThrownBy(() -> {
        index.add(List.of(SourceText.of("lost", LOST)));
        index.commit();
      }).isInstanceOfSatisfying(IndexWriteException.class, failed -> {
        assertThat(failed.index()).isEqualTo(folder.resolve("index"));
        assertThat(failed.getMessage()).startsWith("cannot write the index " + folder.resolve("index") + ": ")
            .contains("keeps its last commit");
      });
      // once Lucene closed its writer, every change says the same, and reads come from the last commit
      assertThatThrownBy(() -> index.remove("kept")).isInstanceOfSatisfying(IndexWriteException.class,
          failed -> assertThat(failed.closedToChanges()).isTrue());
      assertThat(index.get("kept")).isPresent();
      assertThat(index.get("lost")).isEmpty();
      assertThat(index.stats().documents()).isEqualTo(1);
      assertThat(index.query(SourceText.of("incoming", KEPT), 10).pairs()).hasSize(1);
    }
    unblock();
    try (DoppelIndex index = open()) {
      assertThat(index.ids()).containsExactly("kept");
      index.add(List.of(SourceText.of("lost", LOST)));
      index.commit();
      assertThat(index.ids()).containsExactlyInAnyOrder("kept", "lost");
    }
  }
}
