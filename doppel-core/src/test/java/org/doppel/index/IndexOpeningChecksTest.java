package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexOpeningChecksTest {
  @TempDir
  Path folder;

  /** A Lucene index holding one stored text, with {@code userData} in its commit. */
  private Path luceneIndex(String name, Map<String, String> userData) throws IOException {
    Path path = folder.resolve(name);
    try (Directory directory = FSDirectory.open(path); IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document document = new Document();
      document.add(new StoredField("text", "A ferry ran late on Sunday."));
      writer.addDocument(document);
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
    return path;
  }

  @Test
  void aReaderRefusesAMissingFolderAndAFileWithoutMakingEither() throws IOException {
    Path missing = folder.resolve("missing");
    assertThatThrownBy(() -> IndexOpeningChecks.checkFolderForReading(missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no Doppel index in " + missing + ": no such folder");
    assertThat(missing).doesNotExist();
    Path file = Files.writeString(folder.resolve("notes.txt"), "A short note.");
    assertThatThrownBy(() -> IndexOpeningChecks.checkFolderForReading(file))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no Doppel index in " + file + ": not a folder");
  }

  @Test
  void aFolderWithoutAnIndexHasNothingToRead() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    try (Directory directory = FSDirectory.open(empty)) {
      assertThatThrownBy(() -> IndexOpeningChecks.checkIndexExists(directory, empty))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("no Doppel index in " + empty);
      assertThatCode(() -> IndexOpeningChecks.checkLayout(directory, empty, "layout one")).doesNotThrowAnyException();
    }
  }

  @Test
  void theLayoutMustBeDoppelsAndTheOneAskedFor() throws IOException {
    Path foreign = luceneIndex("foreign", Map.of());
    try (Directory directory = FSDirectory.open(foreign)) {
      assertThatThrownBy(() -> IndexOpeningChecks.checkLayout(directory, foreign, "layout one"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(foreign + " is a Lucene index but not a Doppel index");
    }
    Path other = luceneIndex("other", Map.of(LuceneIndex.LAYOUT, "layout two"));
    try (Directory directory = FSDirectory.open(other)) {
      assertThatThrownBy(() -> IndexOpeningChecks.checkLayout(directory, other, "layout one"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("(the index has \"layout two\"; this version needs \"layout one\"): build a new index");
      assertThatCode(() -> IndexOpeningChecks.checkLayout(directory, other, "layout two")).doesNotThrowAnyException();
    }
  }

  @Test
  void anIndexThatOnlyLacksAPartOfTheLayoutIsSaidToBeOfAnEarlierVersionAndHowToRebuildIt() throws IOException {
    Path earlier = luceneIndex("earlier", Map.of(LuceneIndex.LAYOUT, "layout one, words folded"));
    try (Directory directory = FSDirectory.open(earlier)) {
      assertThatThrownBy(() -> IndexOpeningChecks.checkLayout(directory, earlier, "layout one, words folded, edge blocks"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(earlier + " was built by an earlier version of Doppel (this version needs \"edge blocks\"): build a new"
              + " index, in a new folder or after removing this one, with doppel index add FOLDER FILES... (the files this one"
              + " was built from)");
      assertThatThrownBy(() -> IndexOpeningChecks.checkLayout(directory, earlier, "layout two, words folded, edge blocks"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("built with other fingerprint settings or by another version");
    }
  }

  @Test
  void anIndexFolderMayHoldWhatACutFirstCommitLeavesButNoOtherFiles() throws IOException {
    Path cut = Files.createDirectories(folder.resolve("cut"));
    Files.writeString(cut.resolve("write.lock"), "");
    Files.writeString(cut.resolve("_0.fdt"), "");
    assertThatCode(() -> IndexOpeningChecks.checkFolderForWriting(cut)).doesNotThrowAnyException();
    Files.writeString(cut.resolve("story.txt"), "A ferry ran late on Sunday.");
    assertThatThrownBy(() -> IndexOpeningChecks.checkFolderForWriting(cut))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the folder holds other files and no index");
  }

  @Test
  void aNewIndexInAFolderThatTakesNoNewFolderIsOneLineNamingIt() {
    // /sys refuses new folders even to root, whom permissions do not stop; Lucene's FSDirectory.open made the folder
    // and its FileSystemException ended index add and serve as a stack trace
    Path refused = Path.of("/sys/doppel-index-test");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys")) && !Files.exists(refused), "needs /sys");
    assertThatThrownBy(() -> IndexOpeningChecks.checkFolderForWriting(refused))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cannot make an index in " + refused + ": ")
        .hasMessageNotContaining("Exception");
    assertThat(refused).doesNotExist();
  }

  @Test
  void aNewIndexFolderIsMadeWithItsParents() throws IOException {
    Path deep = folder.resolve("archive/2026/news.idx");
    IndexOpeningChecks.checkFolderForWriting(deep);
    assertThat(deep).isDirectory();
  }

  @Test
  void aLayoutRefusalNamesOnlyTheClausesThatDiffer() {
    // an index of the build before a clause was added: the refusal printed both 400-character layouts whole
    String older = "Fingerprint[shingles=4] Banding[16x4] stock lines photos(pdq, mirrored), vectors up to 500 words";
    String newer = older + ", fact keys with caseless names";
    assertThat(IndexOpeningChecks.layoutDifference(older, newer)).isEqualTo("this version needs \"fact keys with caseless names\"");
    assertThat(IndexOpeningChecks.layoutDifference(newer, older)).isEqualTo("the index has \"fact keys with caseless names\"");
    assertThat(IndexOpeningChecks.layoutDifference(older.replace("16x4", "20x3"), older))
        .isEqualTo("the index has \"Fingerprint[shingles=4] Banding[20x3] stock lines photos(pdq\"; "
            + "this version needs \"Fingerprint[shingles=4] Banding[16x4] stock lines photos(pdq\"");
  }
}
