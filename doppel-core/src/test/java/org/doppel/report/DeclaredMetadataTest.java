package org.doppel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.doppel.ingest.ArticleMetadata;
import org.junit.jupiter.api.Test;

class DeclaredMetadataTest {
  private static ArticleMetadata meta(String title, LocalTime time, String site, String url) {
    return new ArticleMetadata(title, null, LocalDate.of(2026, 3, 12), time, site, url, null, List.of(), List.of(), Map.of());
  }

  @Test
  void givesTitleSiteAndDateInThatOrder() {
    ArticleMetadata meta = meta("Ferry quay reopens", LocalTime.of(9, 30), "Lorrin Post", "https://lorrin.example/quay");
    assertEquals(List.of("\"Ferry quay reopens\"", "Lorrin Post", "2026-03-12 09:30"), DeclaredMetadata.parts(meta));
  }

  @Test
  void thePairReportAddsTheUrlAndNamesWhatIsMissing() {
    ArticleMetadata meta = meta("Ferry quay reopens", null, null, "https://lorrin.example/quay");
    assertEquals("\"Ferry quay reopens\", 2026-03-12, https://lorrin.example/quay", TextReport.about(meta));
    assertEquals("no title, site, date or URL", TextReport.about(ArticleMetadata.EMPTY));
    assertEquals(List.of(), DeclaredMetadata.parts(ArticleMetadata.EMPTY));
  }

  @Test
  void aCrawlsDayIsSaidToBeOneForAPageThatGivesNoDateOfItsOwn() {
    // written for the tour: query's match line read "fenmarsh-echo.example, 2026-08-15" for a page that gives no date,
    // a fact-checker's earliest copy as far as the line said, where the crawl only says it was published by then
    ArticleMetadata crawled = new ArticleMetadata("Reservoir at its lowest", null, LocalDate.of(2026, 8, 15), null, "fenmarsh-echo.example",
        "https://fenmarsh-echo.example/reservoir", null, List.of(), List.of(), Map.of("date", "warc-date"));
    assertEquals(List.of("\"Reservoir at its lowest\"", "fenmarsh-echo.example", "crawled 2026-08-15"), DeclaredMetadata.parts(crawled));
    assertEquals("\"Reservoir at its lowest\", fenmarsh-echo.example, crawled 2026-08-15, https://fenmarsh-echo.example/reservoir",
        TextReport.about(crawled));
    ArticleMetadata dataset = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 15), null, null, null, null, List.of(), List.of(),
        Map.of("date", "jsonl-crawl"));
    assertEquals(List.of("crawled 2026-08-15"), DeclaredMetadata.parts(dataset));
  }

  @Test
  void aTimeGivenWithSecondsIsPrintedToTheMinute() {
    ArticleMetadata meta = meta("Ferry quay reopens", LocalTime.of(9, 30, 45, 120), null, null);
    assertEquals(List.of("\"Ferry quay reopens\"", "2026-03-12 09:30"), DeclaredMetadata.parts(meta));
  }

  @Test
  void aLongTitleIsCutInTheMiddleAndALineBreakInItIsFlattened() {
    String title = "Ferry quay reopens\nafter the winter " + "and more ".repeat(30) + "the end";
    String printed = DeclaredMetadata.parts(meta(title, null, null, null)).get(0);
    assertTrue(printed.startsWith("\"Ferry quay reopens after the winter"), printed);
    assertTrue(printed.endsWith("the end\""), printed);
    assertTrue(printed.contains(" […] "), printed);
    assertTrue(printed.length() <= DeclaredMetadata.MAX_TITLE + 2, printed);
  }
}
