package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.doppel.index.DiskBytes;
import org.doppel.index.LuceneIndex;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index stats}' bytes by part count the last commit's files; the files no commit holds are counted apart. */
class IndexDiskBytesTest {
  @TempDir
  Path folder;

  @Test
  void filesNoCommitHoldsAreCountedApartFromTheParts() throws Exception {
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(folder.resolve("index"))) {
      index.add(List.of(SourceText.of("ferry", "The harbour council approved a new ferry timetable with three evening crossings."),
          SourceText.of("school", "Pupils of a village school won the national science fair with home-made air sensors.")));
      DiskBytes before = index.stats().bytes(); // the add is flushed for the stats' view, not committed
      assertThat(before.uncommitted()).isPositive();
      assertThat(before.storedFields()).isZero();
      assertThat(before.total()).isEqualTo(before.storedFields() + before.terms() + before.postings() + before.vectors()
          + before.other() + before.uncommitted());

      index.commit();
      DiskBytes after = index.stats().bytes();
      assertThat(after.uncommitted()).isZero();
      assertThat(after.storedFields()).isPositive();
    }
  }

  @Test
  void aFileThatIsNotTheIndexsIsNotCounted() throws Exception {
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(folder.resolve("index"))) {
      index.add(List.of(SourceText.of("ferry", "The harbour council approved a new ferry timetable with three evening crossings.")));
      index.commit();
      DiskBytes before = index.stats().bytes();
      // a note left in the folder was counted as "uncommitted", which the README says the next writer deletes
      java.nio.file.Files.writeString(folder.resolve("index").resolve("notes.txt"), "added the ferry story on Monday\n");
      assertThat(index.stats().bytes()).isEqualTo(before);
      assertThat(before.uncommitted()).isZero();
    }
  }
}
