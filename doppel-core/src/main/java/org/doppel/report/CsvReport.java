package org.doppel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * The pairs as one CSV table (RFC 4180: comma-separated, fields with a comma, quote or line break quoted, quotes
 * doubled, CRLF line ends, UTF-8 with a byte-order mark so that spreadsheets read it as UTF-8), one row per shared
 * passage, for a spreadsheet or another tool: each pair's relation, score, likely original and why, each document's
 * title, site, date and URL, and the passage as each document has it, side by side, with its code point offsets.
 * {@code a_date}/{@code b_date} are values to compare; {@code a_date_shown}/{@code b_date_shown} (last, so that a script
 * that reads the columns by position still finds its own) say them as the text report does, "crawled 2026-08-15" for a
 * crawl's day standing in for a page that gives no date of its own ({@link ArticleMetadata#shownDate}).
 * A pair with no passage (a shared photo) has one row with the passage columns empty. A text field that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written after an apostrophe, so that a
 * spreadsheet shows it rather than running it as a formula (a page's text is anyone's to write).
 */
public final class CsvReport {
  static final List<String> HEADER = List.of("a", "b", "relation", "score", "original", "direction", "a_title", "a_site", "a_date", "a_url",
      "b_title", "b_site", "b_date", "b_url", "passage", "a_start", "a_end", "b_start", "b_end", "a_text", "b_text",
      "a_date_shown", "b_date_shown");

  private final Function<String, String> texts;
  private final Function<String, ArticleMetadata> metadata;
  private final Function<RelatedPair, PairDirection> directions;

  /**
   * @param texts a document's original text by id
   * @param metadata what a document says about itself, by id
   * @param directions a pair's likely original and the reasons
   */
  public CsvReport(Function<String, String> texts, Function<String, ArticleMetadata> metadata, Function<RelatedPair, PairDirection> directions) {
    this.texts = texts;
    this.metadata = metadata;
    this.directions = directions;
  }

  public void write(List<RelatedPair> pairs, Writer out) throws IOException {
    out.write('\uFEFF');
    row(out, HEADER);
    for (RelatedPair pair : pairs) {
      PairDirection direction = directions.apply(pair);
      ArticleMetadata a = metadata.apply(pair.a());
      ArticleMetadata b = metadata.apply(pair.b());
      String textA = texts.apply(pair.a());
      String textB = texts.apply(pair.b());
      List<String> head = List.of(pair.a(), pair.b(), pair.relation().jsonName(),
          String.format(Locale.ROOT, "%.3f", pair.score()), direction.source() == null ? "" : direction.source(),
          String.join("; ", direction.evidence()), orEmpty(a.title()), orEmpty(a.site()), orEmpty(a.dateText()), orEmpty(a.url()),
          orEmpty(b.title()), orEmpty(b.site()), orEmpty(b.dateText()), orEmpty(b.url()));
      String shownA = orEmpty(a.shownDate());
      String shownB = orEmpty(b.shownDate());
      List<Passage> passages = pair.passages();
      if (passages.isEmpty()) {
        row(out, concat(head, List.of("", "", "", "", "", "", "", shownA, shownB)));
      }
      for (int i = 0; i < passages.size(); i++) {
        Passage p = passages.get(i);
        row(out, concat(head, List.of(String.valueOf(i + 1), codePoints(textA, p.a().start()), codePoints(textA, p.a().end()),
            codePoints(textB, p.b().start()), codePoints(textB, p.b().end()), p.a().of(textA), p.b().of(textB), shownA, shownB)));
      }
    }
    out.flush();
  }

  private static String codePoints(String text, int chars) {
    return String.valueOf(text.codePointCount(0, Math.min(chars, text.length())));
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** One field, quoted when it must be, and kept from being read as a formula. */
  static String field(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  private static boolean isNumber(String value) {
    return value.matches("[-+]?\\d+(\\.\\d+)?");
  }
}
