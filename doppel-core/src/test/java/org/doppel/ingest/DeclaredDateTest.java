package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredDateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 14);

  private static LocalDate read(String json) throws Exception {
    return DeclaredDate.read(JSON.readTree(json));
  }

  @Test
  void theFormsFeedsWriteAreRead() throws Exception {
    assertThat(read("\"2024-03-14\"")).isEqualTo(DAY);
    assertThat(read("\"2024-03-14T23:30:00+01:00\"")).isEqualTo(DAY); // 22:30 in UTC, the same day
    assertThat(read("\"Thu, 14 Mar 2024 09:00:00 GMT\"")).isEqualTo(DAY);
    assertThat(read("\"14 March 2024\"")).isEqualTo(DAY);
    assertThat(read("\"March 14, 2024\"")).isEqualTo(DAY);
    assertThat(read("1710406800")).isEqualTo(DAY); // 2024-03-14T09:00:00Z in seconds
    assertThat(read("1710406800000")).isEqualTo(DAY); // and in milliseconds
  }

  @Test
  void theTimeOfDayIsKeptToTheMinuteWhenTheFieldGivesOne() throws Exception {
    // a stated offset: in UTC, so that records of two zones compare right
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-14T23:30:59+01:00\"")))
        .isEqualTo(new org.doppel.ingest.meta.DateText.DateTime(DAY, java.time.LocalTime.of(22, 30), java.time.ZoneOffset.UTC));
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-15T08:30:00+09:00\"")))
        .isEqualTo(new org.doppel.ingest.meta.DateText.DateTime(DAY, java.time.LocalTime.of(23, 30), java.time.ZoneOffset.UTC));
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-14T09:30Z\"")).time()).isEqualTo(java.time.LocalTime.of(9, 30));
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-14 09:05:00\"")).time()).isEqualTo(java.time.LocalTime.of(9, 5));
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"Thu, 14 Mar 2024 09:00:00 GMT\"")).time()).isEqualTo(java.time.LocalTime.of(9, 0));
    assertThat(DeclaredDate.readWithTime(JSON.readTree("1710406800")).time()).isEqualTo(java.time.LocalTime.of(9, 0)); // UTC
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-14\"")).time()).isNull();
    // the offset is kept where the value gave one (the reports mark such a time as UTC), none where it did not
    assertThat(DeclaredDate.readWithTime(JSON.readTree("1710406800")).offset()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"Thu, 14 Mar 2024 09:00:00 GMT\"")).offset()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-14 09:05:00\"")).offset()).isNull();
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"2024-03-14T\"")).time()).isNull();
    assertThat(DeclaredDate.readWithTime(JSON.readTree("\"14 March 2024\"")).time()).isNull();
  }

  @Test
  void twoRecordsOfOneDayAreToldApartByTheirHoursAsPagesAre() throws Exception {
    // written for the test
    String text = "The council approved the new bridge on Thursday after a long debate about its cost and its design.";
    String lines = "{\"id\":\"morning\",\"text\":\"" + text + "\",\"published\":\"2024-03-14T08:00:00Z\"}\n"
        + "{\"id\":\"afternoon\",\"text\":\"" + text + " Work starts in May.\",\"published\":\"2024-03-14T15:45:00Z\"}\n";
    List<IngestProblem> problems = new ArrayList<>();
    List<SourceText> read = new ArrayList<>();
    new JsonLinesReader(problemsInto(problems), 1 << 20).read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "feed", "feed.jsonl", read::add);
    assertThat(read).extracting(d -> d.metadata().time()).containsExactly(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(15, 45));
    assertThat(problems).isEmpty();
  }

  @Test
  void whatIsNoDateIsNullAndOnlyADeclaredOneIsCalledUnreadable() throws Exception {
    for (String json : new String[] {"\"yesterday\"", "\"\"", "true", "{}", "-5", "1.5e9"}) {
      assertThat(read(json)).as(json).isNull();
    }
    assertThat(DeclaredDate.unreadable(JSON.readTree("\"yesterday\""))).isTrue();
    assertThat(DeclaredDate.unreadable(JSON.readTree("\"\""))).isFalse();
    assertThat(DeclaredDate.unreadable(JSON.readTree("null"))).isFalse();
    assertThat(DeclaredDate.unreadable(null)).isFalse();
  }

  @Test
  void aJsonLinesRecordCarriesItsDeclaredDateAndAnUnreadableOneIsNamed() throws Exception {
    String text = "The council approved the new bridge on Thursday after a long debate about its cost.";
    String lines = "{\"id\":\"rss\",\"text\":\"" + text + "\",\"date\":\"Thu, 14 Mar 2024 09:00:00 GMT\"}\n"
        + "{\"id\":\"unix\",\"text\":\"" + text + "\",\"date\":1710406800}\n"
        + "{\"id\":\"odd\",\"text\":\"" + text + "\",\"date\":\"the day before\"}\n";
    List<IngestProblem> problems = new ArrayList<>();
    List<SourceText> read = new ArrayList<>();
    new JsonLinesReader(problemsInto(problems), 1 << 20).read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "feed", "feed.jsonl", read::add);
    assertThat(read).extracting(doc -> doc.metadata().date()).containsExactly(DAY, DAY, null);
    assertThat(read.get(0).metadata().evidence()).containsEntry("date", "jsonl");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("feed.jsonl:3");
      assertThat(p.skipped()).isFalse();
      assertThat(p.message()).startsWith("\"date\" \"the day before\" is not a date Doppel reads");
    });
  }

  @Test
  void aDatasetsPublicationFieldIsItsDateAndACrawlTimeStandsInOnlyWhenNothingElseDates() throws Exception {
    String undated = "The council approved the new bridge after a long debate about its cost.";
    String dated = "Bridge approved\\nPublished: 2 May 2023\\nThe council approved the new bridge after a long debate about its cost.";
    String lines = "{\"id\":\"news-please\",\"text\":\"" + undated + "\",\"date_publish\":\"2024-03-14 09:00:00\",\"date_download\":\"2024-06-01 10:00:00\"}\n"
        + "{\"id\":\"c4\",\"text\":\"" + undated + "\",\"timestamp\":\"2024-03-14T09:00:00Z\"}\n"
        + "{\"id\":\"c4-dated\",\"text\":\"" + dated + "\",\"timestamp\":\"2024-03-14T09:00:00Z\"}\n"
        + "{\"id\":\"odd\",\"text\":\"" + undated + "\",\"published\":\"soon\"}\n";
    List<IngestProblem> problems = new ArrayList<>();
    List<SourceText> read = new ArrayList<>();
    new JsonLinesReader(problemsInto(problems), 1 << 20).read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "feed", "feed.jsonl", read::add);
    assertThat(read).extracting(doc -> doc.metadata().date())
        .containsExactly(DAY, DAY, LocalDate.of(2023, 5, 2), null);
    assertThat(read).extracting(doc -> doc.metadata().evidence().get("date"))
        .containsExactly("jsonl", "jsonl-crawl", read.get(2).metadata().evidence().get("date"), null);
    assertThat(read.get(2).metadata().evidence().get("date")).isNotEqualTo("jsonl-crawl");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("\"published\" \"soon\" is not a date Doppel reads"));
  }

  /** Adds each problem to {@code problems}, not the file's closing note of the records it gave (no problem). */
  private static java.util.function.Consumer<IngestProblem> problemsInto(List<IngestProblem> problems) {
    return p -> {
      if (!p.note()) {
        problems.add(p);
      }
    };
  }
}
