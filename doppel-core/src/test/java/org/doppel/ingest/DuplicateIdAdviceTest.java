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
}
