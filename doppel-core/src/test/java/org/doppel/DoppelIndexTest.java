package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doppel.index.VectorSearch;
import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;

class DoppelIndexTest {
  // texts written for the tests: tram-copy is an exact copy of tram-original under another header; chess-unrelated shares nothing
  private static final String ORIGINAL = text("/synthetic/tram-original.txt");
  private static final String EXACT_COPY = text("/synthetic/tram-copy.txt");
  private static final String UNRELATED = text("/synthetic/chess-unrelated.txt");

  @TempDir
  Path folder;

  private static String text(String resource) {
    try (InputStream in = DoppelIndexTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DoppelIndex open() throws IOException {
    return Doppel.builder().threads(2).openIndex(folder.resolve("index"));
  }

  private static List<String> others(DoppelIndex.QueryResult result) {
    return result.pairs().stream().map(pair -> result.other(pair).id()).toList();
  }

  @Test
  void addingAnExistingIdReplacesItAndARemovedDocumentIsNeverAnsweredAgain() throws IOException {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("original", ORIGINAL), SourceText.of("unrelated", UNRELATED)));
      assertThat(others(index.query(SourceText.of("incoming", EXACT_COPY), 10))).containsExactly("original");

      index.add(List.of(SourceText.of("original", UNRELATED + "\n\nA different closing line for the replaced document.")));
      assertThat(index.ids()).containsExactlyInAnyOrder("original", "unrelated");
      assertThat(others(index.query(SourceText.of("incoming", EXACT_COPY), 10))).isEmpty();

      assertThat(index.remove("unrelated")).isTrue();
      assertThat(index.remove("unrelated")).isFalse();
      assertThat(index.get("unrelated")).isEmpty();
      assertThat(others(index.query(SourceText.of("incoming", UNRELATED), 10))).containsExactly("original");
    }
  }

  @Test
  void committedDocumentsMetadataAndWordCountsSurviveAReopenAndUncommittedOnesDoNot() throws IOException {
    ArticleMetadata meta = new ArticleMetadata("Title", "Ann Author", LocalDate.of(2024, 5, 1), LocalTime.of(9, 30),
        "The Site", "https://example.org/a", "en", List.of(new ArticleMetadata.Image("https://example.org/p.jpg", "cap", "Photo: X")),
        List.of(new ArticleMetadata.Attribution("Copied from Y", "Y")), java.util.Map.of("date", "jsonl"));
    try (DoppelIndex index = open()) {
      index.add(List.of(new SourceText("original", ORIGINAL, "file.txt", meta), SourceText.of("unrelated", UNRELATED)));
      index.commit();
      index.add(List.of(SourceText.of("late", EXACT_COPY)));
    }
    try (DoppelIndex index = open()) {
      assertThat(index.ids()).containsExactlyInAnyOrder("original", "unrelated");
      SourceText stored = index.get("original").orElseThrow();
      assertThat(stored.metadata()).isEqualTo(meta);
      assertThat(stored.text()).isEqualTo(ORIGINAL);
      assertThat(stored.origin()).isEqualTo("file.txt");
      assertThat(index.stats().documents()).isEqualTo(2);
      assertThat(index.stats().lastCommit()).isNotBlank();
      DoppelIndex.QueryResult copies = index.copies("original", 10).orElseThrow();
      assertThat(copies.pairs()).isEmpty();
      assertThat(index.query(SourceText.of("incoming", EXACT_COPY), 10).pairs()).singleElement()
          .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.EXACT));
    }
  }

  @Test
  void anIdGivenTwiceInOneListKeepsItsLastDocumentAsAddingOneByOneWould() throws IOException {
    try (DoppelIndex index = open()) {
      for (int round = 0; round < 5; round++) { // the list is added in parallel: which one stayed was left to chance
        List<SourceText> batch = new ArrayList<>();
        for (int version = 0; version < 6; version++) {
          batch.add(SourceText.of("story", "Version " + version + " of round " + round + ".\n\n" + UNRELATED));
        }
        batch.add(SourceText.of("other", ORIGINAL));
        index.add(batch);

        assertThat(index.ids()).containsExactlyInAnyOrder("story", "other");
        assertThat(index.get("story").orElseThrow().text()).startsWith("Version 5 of round " + round + ".");
      }
    }
  }

  @Test
  void aClosedIndexSaysSoAndANegativeTopIsRefusedByName() throws IOException {
    DoppelIndex index = open();
    index.add(List.of(SourceText.of("original", ORIGINAL)));
    assertThatThrownBy(() -> index.query(SourceText.of("incoming", EXACT_COPY), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top", "-1");
    assertThatThrownBy(() -> index.copies("original", -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top");
    assertThat(index.query(SourceText.of("incoming", EXACT_COPY), 0).pairs()).isEmpty();
    index.commit();
    index.close();
    index.close(); // closing twice does nothing

    // Lucene said "this IndexWriter is closed" or "this ReferenceManager is closed", naming neither the index nor what to do
    assertThatThrownBy(() -> index.add(List.of(SourceText.of("late", EXACT_COPY))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("index", "is closed", "open it again");
    assertThatThrownBy(() -> index.query(SourceText.of("incoming", EXACT_COPY), 10)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> index.get("original")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(index::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void addingToAnIndexOpenedForReadingSaysHowToOpenItForWriting() throws IOException {
    try (DoppelIndex writer = open()) {
      writer.add(List.of(SourceText.of("original", ORIGINAL)));
      writer.commit();
    }
    try (DoppelIndex reader = Doppel.builder().threads(2).openIndexReadOnly(folder.resolve("index"))) {
      // thrown on a pool thread: the message was the pool's copy, "java.lang.IllegalStateException: the index …"
      assertThatThrownBy(() -> reader.add(List.of(SourceText.of("late", EXACT_COPY))))
          .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the index").hasMessageContaining("read-only", "openIndex");
    }
  }

  @Test
  void theCopiesOfAnIndexedDocumentComeFromItsFingerprintRecomputedFromTheStoredText() throws IOException {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("original", ORIGINAL), SourceText.of("copy", EXACT_COPY), SourceText.of("unrelated", UNRELATED)));
      index.commit();
      DoppelIndex.QueryResult copies = index.copies("original", 10).orElseThrow();
      assertThat(others(copies)).containsExactly("copy");
      // exact: the content hash and word count of both sides, neither of them stored, agree
      assertThat(copies.pairs().get(0).relation()).isEqualTo(Relation.EXACT);
      assertThat(copies.pairs().get(0).score())
          .isEqualTo(index.query(SourceText.of("incoming", ORIGINAL), 10).pairs().stream()
              .filter(pair -> pair.a().equals("copy") || pair.b().equals("copy")).findFirst().orElseThrow().score());
      assertThat(index.copies("unrelated", 10).orElseThrow().pairs()).isEmpty();
    }
  }

  @Test
  void mergingLeavesFewerSegmentsAndTheSameDocumentsAndAnswers() throws IOException {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("original", ORIGINAL)));
      index.commit();
      index.add(List.of(SourceText.of("unrelated", UNRELATED)));
      index.commit();
      index.add(List.of(SourceText.of("later", UNRELATED + "\n\nA closing line of its own.")));
      index.commit();
      assertThat(index.stats().segments()).isGreaterThan(1);
      List<RelatedPair> before = index.query(SourceText.of("incoming", EXACT_COPY), 10).pairs();
      index.merge(1);
      assertThat(index.stats().segments()).isEqualTo(1);
      assertThat(index.ids()).containsExactlyInAnyOrder("original", "unrelated", "later");
      assertThat(index.query(SourceText.of("incoming", EXACT_COPY), 10).pairs()).isEqualTo(before);
    }
    try (DoppelIndex index = open()) {
      assertThat(index.stats().segments()).isEqualTo(1); // committed
    }
  }

  @Test
  void statsSplitTheFilesByPartAndTheTextAloneIsMeasuredInAScratchFolderThatIsDeletedAfter() throws IOException {
    // Thirty texts of 320 words (longer than the texts that carry a vector) drawn at random from a small vocabulary: no two alike, so neither
    // their texts nor their keys compress into one another across documents.
    java.util.Random random = new java.util.Random(14);
    String[] vocabulary = ORIGINAL.split("\\s+");
    List<SourceText> documents = new ArrayList<>();
    for (int d = 0; d < 30; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < VectorSearch.SHORT_TEXTS.maxWords() + 20; w++) {
        text.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 12 == 11 ? ".\n" : " ");
      }
      documents.add(SourceText.of("doc-" + d, text.toString()));
    }
    Path scratch = java.nio.file.Files.createDirectory(folder.resolve("scratch"));
    try (DoppelIndex index = open()) {
      index.add(documents);
      index.commit();
      var stats = index.stats();
      long onDisk;
      try (var files = java.nio.file.Files.list(folder.resolve("index"))) {
        onDisk = files.mapToLong(file -> file.toFile().length()).sum();
      }
      assertThat(stats.bytesOnDisk()).isEqualTo(onDisk);
      assertThat(stats.bytes().storedFields()).isPositive();
      assertThat(stats.bytes().terms()).isPositive();
      assertThat(stats.bytes().postings()).isPositive();
      assertThat(stats.bytes().vectors()).isZero(); // no text short enough to have a vector

      long text = index.compressedTextBytes(scratch);
      assertThat(text).isPositive().isLessThan(stats.bytes().storedFields());
      // The stored fields beyond the text are the id, origin and metadata: a few dozen bytes a
      // document. A stored fingerprint (MinHash bins, anchors, lines, facts: random numbers that do
      // not compress) would add about 500 bytes a document here. The documents are added on several
      // threads, so their order in the stored blocks, and how well the blocks compress, varies from run
      // to run (130-160 bytes a document): the bound lies between that and a stored fingerprint.
      assertThat((stats.bytes().storedFields() - text) / documents.size()).isLessThan(300);
      try (var left = java.nio.file.Files.list(scratch)) {
        assertThat(left).isEmpty();
      }
    }
  }

  @Test
  void anIndexMadeWithOtherFingerprintSettingsIsRefused() throws IOException {
    try (DoppelIndex index = open()) {
      index.commit();
    }
    FingerprintSettings other = new FingerprintSettings(5, 64, 6, 4, 0x1234_5678_9ABCL);
    assertThatThrownBy(() -> Doppel.builder().fingerprint(other).openIndex(folder.resolve("index")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other fingerprint settings");
  }

  /**
   * An index built before a text's edge blocks were kept as stock rows holds none, so it would count no site header as
   * stock and answer otherwise than a scan; its rows cannot tell it from one built after, so its layout must.
   */
  @Test
  void anIndexBuiltBeforeEdgeBlocksWereKeptIsRefusedSayingHowToRebuildIt() throws IOException {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("tram", ORIGINAL)));
      index.commit();
    }
    Path path = folder.resolve("index");
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(path);
        org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig().setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> commit = new java.util.HashMap<>(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData());
      String layout = commit.get("doppel.layout");
      assertThat(layout).endsWith(", " + StockLines.LAYOUT);
      commit.put("doppel.layout", layout.substring(0, layout.length() - (", " + StockLines.LAYOUT).length()));
      writer.setLiveCommitData(commit.entrySet(), true);
      writer.commit();
    }
    assertThatThrownBy(this::open).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(path + " was built by an earlier version of Doppel (this version needs \"" + StockLines.LAYOUT + "\"): build a new"
            + " index, in a new folder or after removing this one, with doppel index add FOLDER FILES... (the files this one was built from)");
    assertThatThrownBy(() -> Doppel.builder().openIndexReadOnly(path)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("by an earlier version of Doppel");
  }

  @Test
  void anIdLongerThanTheIndexKeepsIsRefusedBeforeAnyDocumentOfTheListIsAdded() throws IOException {
    String longId = "é".repeat(20_000); // 40,000 bytes of UTF-8, 20,000 characters
    try (DoppelIndex index = open()) {
      assertThatThrownBy(() -> index.add(List.of(SourceText.of("original", ORIGINAL), SourceText.of(longId, UNRELATED))))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("id of 40000 bytes (UTF-8) is longer than the index keeps (32766 bytes)");
      assertThat(index.ids()).isEmpty();
      String longest = "x".repeat(32_766);
      index.add(List.of(SourceText.of(longest, ORIGINAL)));
      assertThat(index.ids()).containsExactly(longest);
    }
  }

  @Test
  void aDamagedIndexIsRefusedOnOpenSayingSoNotWithLucenesStackTrace() throws IOException {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("original", ORIGINAL)));
      index.commit();
    }
    Path commit;
    try (var files = java.nio.file.Files.list(folder.resolve("index"))) {
      commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(commit);
    bytes[bytes.length / 2] ^= (byte) 0xff;
    java.nio.file.Files.write(commit, bytes);
    assertThatThrownBy(this::open).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(folder.resolve("index") + " is damaged (checksum failed", "build a new index");
    assertThatThrownBy(() -> Doppel.builder().openIndexReadOnly(folder.resolve("index"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is damaged");
  }

  @Test
  void anIndexHeldByAnotherWriterIsRefusedSayingWhoMayHoldIt() throws IOException {
    try (DoppelIndex held = open()) {
      assertThatThrownBy(this::open).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is open for writing by another program", "doppel serve");
    }
  }

  @Test
  void anIndexIsNeitherMadeOverAFileNorAmongTheFilesOfAnotherFolder() throws IOException {
    Path file = java.nio.file.Files.writeString(folder.resolve("notes.txt"), "A short note.");
    assertThatThrownBy(() -> Doppel.builder().openIndex(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot make an index in " + file + ": it is a file, not a folder");
    assertThatThrownBy(() -> Doppel.builder().openIndex(folder)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the folder holds other files and no index");
    try (var left = java.nio.file.Files.list(folder)) {
      assertThat(left).containsExactly(file); // no lock or segment file was left among the documents
    }
    Path empty = java.nio.file.Files.createDirectories(folder.resolve("empty"));
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(empty)) {
      index.add(List.of(SourceText.of("original", ORIGINAL)));
      index.commit();
    }
    try (DoppelIndex reopened = Doppel.builder().threads(2).openIndex(empty)) { // an index folder holds only its own files
      assertThat(reopened.ids()).containsExactly("original");
    }
  }

  @Test
  void queriesRunWhileAnotherThreadAddsAndRemoves() throws Exception {
    try (DoppelIndex index = open()) {
      index.add(List.of(SourceText.of("original", ORIGINAL)));
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        Future<?> writer = pool.submit(() -> {
          for (int i = 0; i < 30; i++) {
            index.add(List.of(SourceText.of("extra-" + i, UNRELATED + " " + i)));
            if (i % 3 == 0) {
              index.remove("extra-" + (i / 2));
            }
          }
          index.commit();
          writing.set(false);
          return null;
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          readers.add(pool.submit(() -> {
            int answered = 0;
            while (writing.get() || answered == 0) {
              List<RelatedPair> pairs = index.query(SourceText.of("incoming", EXACT_COPY), 5).pairs();
              assertThat(pairs).anySatisfy(pair -> assertThat(pair.b()).isEqualTo("original"));
              answered++;
            }
            return answered;
          }));
        }
        writer.get();
        for (Future<Integer> reader : readers) {
          assertThat(reader.get()).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(index.stats().documents()).isEqualTo(1 + 30 - 10);
    }
  }

  @Test
  void equalScoresAreAnsweredEarliestPublishedFirstAndUndatedLast() throws IOException {
    // three verbatim copies score alike; their ids sort the other way round from their publication
    try (DoppelIndex index = open()) {
      index.add(List.of(
          new SourceText("a-later", ORIGINAL, null, dated(LocalDate.of(2026, 5, 3), null)),
          SourceText.of("b-undated", ORIGINAL),
          new SourceText("c-earliest", ORIGINAL, null, dated(LocalDate.of(2026, 5, 1), LocalTime.of(9, 0))),
          new SourceText("d-same-day-later", ORIGINAL, null, dated(LocalDate.of(2026, 5, 1), LocalTime.of(17, 30)))));
      index.commit();
      DoppelIndex.QueryResult result = index.query(SourceText.of("incoming", ORIGINAL), 10);
      assertThat(result.pairs()).extracting(RelatedPair::score).containsOnly(result.pairs().get(0).score());
      assertThat(others(result)).containsExactly("c-earliest", "d-same-day-later", "a-later", "b-undated");
      assertThat(others(index.query(SourceText.of("incoming", ORIGINAL), 1))).containsExactly("c-earliest");
    }
  }

  private static ArticleMetadata dated(LocalDate day, @Nullable LocalTime time) {
    return new ArticleMetadata(null, null, day, time, null, null, null, List.of(), List.of(), Map.of());
  }
}
