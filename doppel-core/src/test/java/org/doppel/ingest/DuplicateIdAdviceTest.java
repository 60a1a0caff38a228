package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateIdAdviceTest {
  @Test
  void filesInTwoFoldersAreToldToNameAFolderThatHoldsBoth() {
    assertThat(DuplicateIdAdvice.of("site-a/index.html", "site-b/index.html")).startsWith("to keep both, give a folder that holds both");
  }

  @Test
  void aRecordRepeatedInOneFileOrAcrossFilesIsToldWhatHappened() {
    assertThat(DuplicateIdAdvice.of("feed.jsonl:1", "feed.jsonl:3")).isEqualTo("the file holds this id twice; the first is kept");
    assertThat(DuplicateIdAdvice.of("a/feed.jsonl:1", "b/feed.jsonl:1")).startsWith("a record's id is its own \"id\" field");
  }

  @Test
  void anAddressCrawledTwiceKeepsItsFirstCapture() {
    assertThat(DuplicateIdAdvice.of("crawl.warc@120", "crawl.warc@9000")).isEqualTo("the crawl holds this address twice; its first capture is kept");
    assertThat(DuplicateIdAdvice.of("crawl.warc.gz@2380#2", "crawl.warc.gz@2380#5")).isEqualTo("the crawl holds this address twice; its first capture is kept");
  }

  @Test
  void aRecordWhoseIdAFileOfTheFolderAlsoHasIsToldThatItsIdIsItsOwn() {
    // main: "give a folder that holds both", though the folder given held both and no folder changes a record's id
    assertThat(DuplicateIdAdvice.of("c/a.txt", "c/feed.jsonl:1")).startsWith("a record's id is its own \"id\" field");
    assertThat(DuplicateIdAdvice.of("c/feed.jsonl:6", "c/no/ferje.txt")).startsWith("a record's id is its own \"id\" field");
  }

  @Test
  void twoFilesOfOneFolderDifferingOnlyInTheirExtensionAreToldToRenameOne() {
    assertThat(DuplicateIdAdvice.of("c/odd names/same.html", "c/odd names/same.txt"))
        .isEqualTo("both files are in one folder and their names differ only in the extension, which an id leaves out: rename one to keep both");
    assertThat(DuplicateIdAdvice.of("c/export.tar!/2024/pier.txt", "c/export.tar!/2024/pier.txt.gz")).startsWith("both files are in one folder");
  }

  @Test
  void anArchivesMemberAndAFileOfTheFolderBesideItNamedAsTheArchiveAreToldToGiveThemApart() {
    // main: "give a folder that holds both", though every folder holding one holds the other
    assertThat(DuplicateIdAdvice.of("c/export.tar!/2024/pier.txt", "c/export/2024/pier.txt"))
        .startsWith("an archive's members take their ids under its name without the extension");
    assertThat(DuplicateIdAdvice.of("c/export/2024/pier.txt", "c/export.tar.gz!/2024/pier.html"))
        .startsWith("an archive's members take their ids under its name without the extension");
    assertThat(DuplicateIdAdvice.of("site-a.zip!/index.html", "b/site-a/index.html")).startsWith("to keep both, give a folder that holds both");
  }

  @Test
  void anItemInTwoFeedsIsToldItIsReadOnceAndAFeedItemBesideAnotherDocumentHowToKeepBoth() {
    // main: "a record's id is its own "id" field", the advice for JSON Lines, which a feed has none of
    String feeds = "a feed item's id is its guid (Atom: its <id>), else its link, so the same item in two feeds has one id: it is read once, from the first";
    assertThat(DuplicateIdAdvice.of("wire/top.rss:12", "wire/politics.rss.gz:40")).isEqualTo(feeds);
    assertThat(DuplicateIdAdvice.of("export.zip!/2024/causeway.atom:7", "feeds/islands.xml:3")).isEqualTo(feeds);
    assertThat(DuplicateIdAdvice.of("c/a.txt", "c/wire.rss:5")).startsWith("a feed item's id is its guid (Atom: its <id>), else its link, the same in any folder");
    assertThat(DuplicateIdAdvice.of("c/wire.atom:5", "c/export.jsonl:2")).endsWith("give the other document another id (a record's \"id\", a file's name) to keep both");
    assertThat(DuplicateIdAdvice.of("wire/top.rss:12", "wire/top.rss:30")).isEqualTo("the file holds this id twice; the first is kept");
  }
}
