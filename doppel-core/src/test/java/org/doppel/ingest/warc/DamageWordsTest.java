package org.doppel.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The words of a walk's messages about a broken record, each case written for the test. */
class DamageWordsTest {
  @Test
  void aBreakIsPlacedAfterTheLastGoodRecordOrAtTheStartOfWhatWasRead() {
    assertThat(DamageWords.where(-1, false, false)).isEqualTo("at the start of the file");
    assertThat(DamageWords.where(-1, false, true)).isEqualTo("at the start of the stream");
    assertThat(DamageWords.where(-1, true, true)).isEqualTo("at the start of the decompressed crawl");
    assertThat(DamageWords.where(812, false, true)).isEqualTo("after the record at byte 812");
    assertThat(DamageWords.where(812, true, false)).isEqualTo("after the record at byte 812 of the decompressed crawl");
  }

  @Test
  void theOutcomeSaysWhereReadingResumedOrWhyNothingMoreWasRead() {
    assertThat(DamageWords.outcome(4096, false, -1, null, 3)).isEqualTo("skipped to the next record, at byte 4096");
    assertThat(DamageWords.outcome(4096, true, 2048, null, 3))
        .isEqualTo("skipped to the next record, at byte 4096 of the decompressed crawl (the bytes before byte 2048 could not be searched again)");
    assertThat(DamageWords.outcome(-1, false, -1, new IOException("Corrupt GZIP trailer"), 1))
        .isEqualTo("the stream itself cannot be read past there (Corrupt GZIP trailer), so every record after it is lost (1 record before it read)");
    assertThat(DamageWords.outcome(-1, false, -1, new EOFException(), 2))
        .isEqualTo("the stream itself cannot be read past there (unexpected end of file), so every record after it is lost (2 records before it read)");
    assertThat(DamageWords.outcome(-1, false, -1, null, 0)).isEqualTo("no record starts after it, so nothing more is lost (0 records before it read)");
  }

  @Test
  void aLostRecordsPageIsNamedOnlyWhereItsHeaderNamesOne() {
    assertThat(DamageWords.lostPage(300, "https://news.example/one")).isEqualTo("; the record lost, at byte 300, was for https://news.example/one");
    assertThat(DamageWords.lostPage(300, null)).isEmpty();
  }

  @Test
  void aFailuresMessageIsCutShort() {
    assertThat(ReadFailures.message(new IOException("x".repeat(250)))).hasSize(201).endsWith("x…");
    assertThat(ReadFailures.message(new IOException((String) null))).isEqualTo("unexpected end of file");
  }
}
