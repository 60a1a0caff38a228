package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleMetadataDateTextTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

  private static ArticleMetadata dated(LocalDate date, LocalTime time, Map<String, String> evidence) {
    return new ArticleMetadata(null, null, date, time, null, null, null, List.of(), List.of(), evidence);
  }

  @Test
  void aTimeWhoseZoneIsUnknownIsJoinedBySpaceForReadersAndByTForIso() {
    ArticleMetadata meta = dated(DAY, LocalTime.of(9, 30), Map.of());
    assertThat(meta.dateText()).isEqualTo("2026-03-12 09:30");
    assertThat(meta.isoDateText()).isEqualTo("2026-03-12T09:30");
  }

  @Test
  void aTimeInAKnownOffsetIsWrittenAlikeByBoth() {
    ArticleMetadata meta = dated(DAY, LocalTime.of(9, 30), Map.of(ArticleMetadata.ZONE, "+01:00"));
    assertThat(meta.dateText()).isEqualTo("2026-03-12T09:30+01:00").isEqualTo(meta.isoDateText());
    assertThat(dated(DAY, LocalTime.of(8, 30), Map.of(ArticleMetadata.ZONE, "Z")).isoDateText()).isEqualTo("2026-03-12T08:30Z");
  }

  @Test
  void bothWriteTheTimeToTheMinuteAndADayAlone() {
    assertThat(dated(DAY, LocalTime.of(9, 30, 15), Map.of()).isoDateText()).isEqualTo("2026-03-12T09:30");
    assertThat(dated(DAY, null, Map.of()).isoDateText()).isEqualTo("2026-03-12").isEqualTo(dated(DAY, null, Map.of()).dateText());
    assertThat(ArticleMetadata.EMPTY.isoDateText()).isNull();
  }
}
