package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageZoneTest {
  private static final DateText.DateTime WRITTEN = new DateText.DateTime(LocalDate.of(2026, 2, 8), LocalTime.of(13, 49));

  @Test
  void aStatedOffsetIsKeptWithTheTimeAsWrittenWhenThePublishersZoneIsNotKnown() {
    // a page on a .example host stating "+01:00": its time was kept as written, and its offset dropped, so the reports
    // showed "2026-02-08 13:49" without saying in which zone
    assertThat(PageZone.of("gazette.example", "en").localise(WRITTEN, ":00+01:00\"")).isEqualTo(
        new DateText.DateTime(LocalDate.of(2026, 2, 8), LocalTime.of(13, 49), ZoneOffset.ofHours(1)));
    assertThat(PageZone.of(null, null).localise(WRITTEN, "Z")).extracting(DateText.DateTime::offset).isEqualTo(ZoneOffset.UTC);
    // no offset stated: as written, in no known zone
    assertThat(PageZone.of("gazette.example", "en").localise(WRITTEN, " Uhr")).isEqualTo(WRITTEN);
  }

  @Test
  void aKnownZoneTakesTheTimeToThePublishersClockAndSaysItsOffset() {
    DateText.DateTime utc = new DateText.DateTime(LocalDate.of(2026, 2, 8), LocalTime.of(23, 30));
    assertThat(PageZone.of("zeitung.de", "de").localise(utc, "Z")).isEqualTo(
        new DateText.DateTime(LocalDate.of(2026, 2, 9), LocalTime.of(0, 30), ZoneOffset.ofHours(1)));
  }
}
