package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doppel.document.Span;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

class CsvReportTest {
  // invented: a publisher's story and a site's copy of its second paragraph, a title with a comma, quotes and a formula
  private static final String ORIGINAL = "Tolls rise, the board says.\n\nThe \"quay\" vote, held on Tuesday, passed 7 to 2 \uD83D\uDEA2.\n\nMore later.";
  private static final String COPY = "=HYPERLINK(\"x\") Our take.\n\nThe \"quay\" vote, held on Tuesday, passed 7 to 2 \uD83D\uDEA2.";

  /** Fields of RFC 4180 rows, quotes and line breaks inside quoted fields kept. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  @Test
  void eachSharedPassageIsARowWithBothDocumentsTitlesDatesUrlsAndTheOriginalAndWhy() throws Exception {
    // a lawyer's export for a spreadsheet: the JSON Lines report names passages by offsets only, without the documents'
    // titles, dates or URLs
    Span inOriginal = new Span(ORIGINAL.indexOf("The \"quay"), ORIGINAL.indexOf("\uD83D\uDEA2.") + 3);
    Span inCopy = new Span(COPY.indexOf("The \"quay"), COPY.length());
    RelatedPair pair = new RelatedPair("copier/7", "gazette/7", new Verdict(Relation.PARTIAL, 0.5, "a paragraph"), "gazette/7",
        List.of(new Passage(inCopy, inOriginal, 12, 12, 12, 12)));
    Map<String, ArticleMetadata> metadata = Map.of(
        "gazette/7", new ArticleMetadata("Tolls rise, the \"quay\" vote", null, LocalDate.of(2026, 2, 8), LocalTime.of(13, 49), "Harbour Gazette",
            "https://gazette.example/news/7", "en", List.of(), List.of(), Map.of("date", "meta", ArticleMetadata.ZONE, "+01:00")),
        "copier/7", new ArticleMetadata("=SUM(A1:A9)", null, LocalDate.of(2026, 2, 10), null, "Copier Daily",
            "https://copier.example/a/1007", "en", List.of(), List.of(), Map.of()));
    Map<String, String> texts = Map.of("gazette/7", ORIGINAL, "copier/7", COPY);
    StringWriter out = new StringWriter();
    new CsvReport(texts::get, metadata::get, p -> new PairDirection("gazette/7", 0.9,
        List.of("date: gazette/7 published 2026-02-08T13:49+01:00, copier/7 2026-02-10"))).write(List.of(pair), out);

    String csv = out.toString();
    assertThat(csv).startsWith("\uFEFF");
    List<List<String>> rows = parse(csv.substring(1));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(CsvReport.HEADER);
    List<String> row = rows.get(1);
    assertThat(row).hasSize(CsvReport.HEADER.size());
    java.util.function.Function<String, String> column = name -> row.get(CsvReport.HEADER.indexOf(name));
    assertThat(column.apply("relation")).isEqualTo("partial");
    assertThat(column.apply("original")).isEqualTo("gazette/7");
    assertThat(column.apply("direction")).isEqualTo("date: gazette/7 published 2026-02-08T13:49+01:00, copier/7 2026-02-10");
    assertThat(column.apply("a_title")).isEqualTo("'=SUM(A1:A9)"); // shown, not run
    assertThat(column.apply("b_title")).isEqualTo("Tolls rise, the \"quay\" vote");
    assertThat(column.apply("b_date")).isEqualTo("2026-02-08T13:49+01:00");
    assertThat(column.apply("a_date")).isEqualTo("2026-02-10");
    assertThat(column.apply("b_url")).isEqualTo("https://gazette.example/news/7");
    assertThat(column.apply("a_text")).isEqualTo(column.apply("b_text")).isEqualTo("The \"quay\" vote, held on Tuesday, passed 7 to 2 \uD83D\uDEA2.");
    // code point offsets, as the JSON Lines report gives them: the ship emoji is one
    int start = ORIGINAL.codePointCount(0, inOriginal.start());
    assertThat(column.apply("b_start")).isEqualTo(String.valueOf(start));
    assertThat(column.apply("b_end")).isEqualTo(String.valueOf(start + column.apply("b_text").codePointCount(0, column.apply("b_text").length())));
  }

  @Test
  void aCrawlsDayIsSaidToBeOneInColumnsOfItsOwnWhileTheOldColumnsKeepTheirNamesPlacesAndValues() throws Exception {
    // the twenty-first tour: the text reports said "crawled 2026-08-15" for a crawled page that gives no date, where the
    // CSV gave "2026-08-15" alone, as if published that day
    ArticleMetadata crawled = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 15), null, null, null, null,
        List.of(), List.of(), Map.of("date", "warc-date"));
    ArticleMetadata dated = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 13), LocalTime.of(8, 45), null, null, null,
        List.of(), List.of(), Map.of("date", "jsonl"));
    RelatedPair pair = new RelatedPair("crawled", "dated", new Verdict(Relation.PARTIAL, 0.5, "a paragraph"), null, List.of());
    StringWriter out = new StringWriter();
    new CsvReport(id -> COPY, Map.of("crawled", crawled, "dated", dated)::get, p -> new PairDirection(null, 0, List.of())).write(List.of(pair), out);

    List<List<String>> rows = parse(out.toString().substring(1));
    assertThat(rows.get(0).subList(0, 21)).containsExactly("a", "b", "relation", "score", "original", "direction", "a_title", "a_site",
        "a_date", "a_url", "b_title", "b_site", "b_date", "b_url", "passage", "a_start", "a_end", "b_start", "b_end", "a_text", "b_text");
    java.util.function.Function<String, String> column = name -> rows.get(1).get(rows.get(0).indexOf(name));
    assertThat(column.apply("a_date")).isEqualTo("2026-08-15"); // a value a script compares, as before
    assertThat(column.apply("a_date_shown")).isEqualTo("crawled 2026-08-15");
    assertThat(column.apply("b_date")).isEqualTo(column.apply("b_date_shown")).isEqualTo("2026-08-13 08:45");
  }

  @Test
  void aFieldIsQuotedOnlyWhenItMustBeAndNumbersKeepTheirSign() {
    assertThat(CsvReport.field("plain")).isEqualTo("plain");
    assertThat(CsvReport.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvReport.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(CsvReport.field("-12.5")).isEqualTo("-12.5");
    assertThat(CsvReport.field("+cmd")).isEqualTo("'+cmd");
    assertThat(CsvReport.field("@x, y")).isEqualTo("\"'@x, y\"");
  }
}
