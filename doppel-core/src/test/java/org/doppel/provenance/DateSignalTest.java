package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.context;
import static org.doppel.provenance.Docs.doc;
import static org.doppel.provenance.Docs.pair;

import java.util.List;
import java.util.Map;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class DateSignalTest {
  private final DateSignal signal = new DateSignal();

  private List<DirectionClue> clues(SourceText x, SourceText y) {
    return signal.clues(context(pair(x.id(), y.id(), Relation.EXACT, 1, 50), x, y));
  }

  @Test
  void theEarlierDayIsTheOriginal() {
    List<DirectionClue> clues = clues(doc("late", "A", "2020-03-05"), doc("early", "B", "2020-03-03"));
    assertThat(clues).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("date");
      assertThat(c.original()).isEqualTo("early");
      assertThat(c.strong()).isTrue();
      assertThat(c.detail()).contains("2020-03-03").contains("2020-03-05");
    });
  }

  @Test
  void timesAreComparedToTheMinuteWhenBothShowOne() {
    List<DirectionClue> clues = clues(doc("x", "A", "2020-03-05", "10:42"), doc("y", "B", "2020-03-05", "09:15"));
    assertThat(clues).singleElement().extracting(DirectionClue::original).isEqualTo("y");
    assertThat(clues(doc("x", "A", "2020-03-05", "10:42:10"), doc("y", "B", "2020-03-05", "10:42:50"))).isEmpty();
  }

  private static SourceText zoned(String id, String day, String time, String zone) {
    ArticleMetadata metadata = new ArticleMetadata(null, null, java.time.LocalDate.parse(day), java.time.LocalTime.parse(time), "Site " + id,
        null, null, List.of(), List.of(), zone == null ? Map.of("date", "jsonl") : Map.of("date", "jsonl", ArticleMetadata.ZONE, zone));
    return new SourceText(id, "text of " + id, id, metadata);
  }

  @Test
  void aTimeInAKnownZoneIsShownWithItInIso8601AndComparedAsAnInstant() {
    // the details printed "origin published 2026-03-13 01:00": a UTC time, not said to be one
    List<DirectionClue> clues = clues(zoned("feed-copy", "2031-03-13", "04:30", "Z"), zoned("feed-origin", "2031-03-13", "01:00", "Z"));
    assertThat(clues).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("feed-origin");
      assertThat(c.detail()).isEqualTo("feed-origin published 2031-03-13T01:00Z, feed-copy 2031-03-13T04:30Z");
    });
    // a page at 10:15 in Berlin (+01:00) was published at 09:15 UTC: before a feed's 09:40 UTC, though 10:15 > 09:40
    List<DirectionClue> mixed = clues(zoned("feed", "2031-03-13", "09:40", "Z"), zoned("page", "2031-03-13", "10:15", "+01:00"));
    assertThat(mixed).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("page");
      assertThat(c.detail()).isEqualTo("page published 2031-03-13T10:15+01:00, feed 2031-03-13T09:40Z");
    });
    // two times whose zones are both unknown are compared as written
    List<DirectionClue> asWritten = clues(zoned("plain-a", "2031-03-13", "09:40", null), zoned("plain-b", "2031-03-13", "10:15", null));
    assertThat(asWritten).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("plain-a");
      assertThat(c.detail()).isEqualTo("plain-a published 2031-03-13 09:40, plain-b 2031-03-13 10:15");
    });
  }

  @Test
  void aTimeWithoutAZoneAgainstOneWithAZoneIsComparedToTheDayOnly() {
    // written for the tour: a feed's "08:45" with no zone against a page's 09:00+02:00 (07:00 UTC); main named the feed
    // the original, strong, though in the page's zone 08:45 could be 06:45 UTC or 10:45 UTC as the feed's zone may be
    SourceText feed = zoned("feed", "2031-08-13", "08:45", null);
    SourceText page = zoned("page", "2031-08-13", "09:00", "+02:00");
    assertThat(clues(feed, page)).isEmpty();
    assertThat(clues(page, feed)).isEmpty();
    assertThat(DateSignal.sameDate(context(pair("feed", "page", Relation.EXACT, 1, 50), feed, page)))
        .hasValue("both dated 2031-08-13, the same day (feed at 08:45, its time zone unknown, against page at 2031-08-13T09:00+02:00)");
    // a day apart, the days still tell, as they do for a date without a time
    assertThat(clues(zoned("feed", "2031-08-14", "08:45", null), page)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("page");
      assertThat(c.detail()).isEqualTo("page published 2031-08-13T09:00+02:00, feed 2031-08-14 08:45");
    });
  }

  @Test
  void theSameDayIsNoEvidenceWhenOneSideShowsNoTime() {
    assertThat(clues(doc("x", "A", "2020-03-05", "10:42"), doc("y", "B", "2020-03-05"))).isEmpty();
  }

  @Test
  void aDayReadFromAParagraphOfProseIsNoPublicationDate() {
    SourceText reported = doc("report", "A", "2024-03-01");
    SourceText prose = new SourceText(reported.id(), reported.text(), reported.id(), new ArticleMetadata(null, null,
        reported.metadata().date(), null, "A", null, null, List.of(), List.of(), Map.of("date", ArticleMetadata.PROSE_DATE)));
    assertThat(clues(prose, doc("wire", "B", "2025-04-02"))).isEmpty();
    assertThat(clues(reported, doc("wire", "B", "2025-04-02"))).singleElement().extracting(DirectionClue::original).isEqualTo("report");
  }

  @Test
  void anUndatedDocumentGivesNoClue() {
    assertThat(clues(doc("x", "A", null), doc("y", "B", "2020-03-05"))).isEmpty();
  }

  @Test
  void aCrawlDateIsCalledOneInTheDetail() {
    // written for the test: two pages that give no date, dated by when a crawl fetched them
    SourceText first = doc("first", "A", "2024-06-01");
    SourceText crawled = new SourceText("third", first.text(), "third", new ArticleMetadata(null, null,
        java.time.LocalDate.parse("2024-06-03"), null, "B", null, null, List.of(), List.of(), Map.of("date", "warc-date")));
    assertThat(clues(first, crawled)).singleElement().extracting(DirectionClue::detail)
        .isEqualTo("first published 2024-06-01, third crawled 2024-06-03");
  }

  @Test
  void twoDocumentsOfOneDayAreSaidToBeDatedTheSameDay() {
    // written for the test: two copies of one day, one with a time of day and one without
    PairContext sameDay = context(pair("x", "y", Relation.EXACT, 1, 50), doc("x", "A", "2024-03-12", "07:00"), doc("y", "B", "2024-03-12"));
    assertThat(DateSignal.sameDate(sameDay)).hasValue("both dated 2024-03-12, the same day");
    PairContext sameMinute = context(pair("x", "y", Relation.EXACT, 1, 50), doc("x", "A", "2024-03-12", "14:30:05"),
        doc("y", "B", "2024-03-12", "14:30:50"));
    assertThat(DateSignal.sameDate(sameMinute)).hasValue("both dated 2024-03-12 14:30, the same minute");
  }

  @Test
  void differentOrMissingDatesAreNoSameDate() {
    assertThat(DateSignal.sameDate(context(pair("x", "y", Relation.EXACT, 1, 50), doc("x", "A", "2024-03-12"), doc("y", "B", "2024-03-13")))).isEmpty();
    assertThat(DateSignal.sameDate(context(pair("x", "y", Relation.EXACT, 1, 50), doc("x", "A", "2024-03-12", "07:00"),
        doc("y", "B", "2024-03-12", "14:30")))).isEmpty();
    assertThat(DateSignal.sameDate(context(pair("x", "y", Relation.EXACT, 1, 50), doc("x", "A", null), doc("y", "B", "2024-03-12")))).isEmpty();
  }

  @Test
  void twoPagesCrawledTheSameDayAreSaidToBeCrawledThen() {
    SourceText first = new SourceText("first", "text", "first", new ArticleMetadata(null, null,
        java.time.LocalDate.parse("2024-06-01"), null, "A", null, null, List.of(), List.of(), Map.of("date", "warc-date")));
    SourceText second = new SourceText("second", "text", "second", new ArticleMetadata(null, null,
        java.time.LocalDate.parse("2024-06-01"), null, "B", null, null, List.of(), List.of(), Map.of("date", "warc-date")));
    assertThat(DateSignal.sameDate(context(pair("first", "second", Relation.EXACT, 1, 50), first, second)))
        .hasValue("both crawled 2024-06-01, the same day");
  }

  @Test
  void aPageDatedByItsCrawlTheDayAnotherWasPublishedIsNamed() {
    // written for the test: a wire story and a copy that gives no date, fetched by a crawl the same day
    SourceText wire = doc("wire", "A", "2024-06-01", "07:30");
    SourceText copy = new SourceText("copy", "text", "copy", new ArticleMetadata(null, null,
        java.time.LocalDate.parse("2024-06-01"), null, "B", null, null, List.of(), List.of(), Map.of("date", "warc-date")));
    assertThat(DateSignal.sameDate(context(pair("copy", "wire", Relation.EXACT, 1, 50), copy, wire)))
        .hasValue("both dated 2024-06-01, the same day (copy by its crawl)");
  }
}
