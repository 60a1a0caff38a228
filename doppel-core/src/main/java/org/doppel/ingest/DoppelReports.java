package org.doppel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a report Doppel wrote, met among the input files. Kept beside a corpus under any name (an older
 * {@code --out}, or {@code scan --format html > corpus/report.html}), it would otherwise be read back by the next
 * scan: an HTML report as a page quoting every pair (and so matching everything it quotes), a JSON Lines report as
 * one "no text" problem per line, a text report as a document sharing every passage it quotes. The marks are ones
 * Doppel writes anyway, looked for in what the reader holds: the HTML report's generator tag in the page's head,
 * the shape of a report's first record (JSON Lines), of its header (CSV) or of its first two lines (text).
 */
final class DoppelReports {
  /** The tag in the head of the HTML report (report-template.html). */
  static final String HTML_GENERATOR = "<meta name=\"generator\" content=\"Doppel\">";

  /** Bytes of a file's head searched: the HTML template puts its tag in its first lines. */
  private static final int HTML_HEAD_BYTES = 4096;

  private DoppelReports() {}

  /** Why the page {@code bytes} is not read as a document, or null when it is not a report of Doppel's. */
  static @Nullable String htmlReport(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HTML_HEAD_BYTES), StandardCharsets.ISO_8859_1);
    return head.contains(HTML_GENERATOR) ? "an HTML report Doppel wrote (generator tag), not a document" : null;
  }

  /**
   * The text report's second line: a pair ({@code "  partial         0.61  other-id"}) or an attribution that names
   * no related document ({@code "  says \"..."}), under a first line {@code "== id"}.
   */
  private static final Pattern TEXT_REPORT_ENTRY = Pattern.compile("  (?:[a-z_]+ +[01]\\.\\d\\d  \\S.*|says \".*)");

  /** Why the text file {@code bytes} is not read as a document, or null when it is not a text report of Doppel's. */
  static @Nullable String textReport(byte[] bytes) {
    if (bytes.length < 3 || bytes[0] != '=' || bytes[1] != '=' || bytes[2] != ' ') {
      return null; // nearly every document: one look at three bytes
    }
    String[] lines = new String(bytes, 0, Math.min(bytes.length, HTML_HEAD_BYTES), StandardCharsets.UTF_8).split("\n", 3);
    return lines.length >= 2 && TEXT_REPORT_ENTRY.matcher(lines[1]).matches()
        ? "a text report Doppel wrote (\"== id\", then its pairs), not a document" : null;
  }

  /**
   * Why a JSON Lines file whose first record is {@code first} is not read, or null when it is input. A document
   * record has a "text"; the pair report's records ({"a", "b", "relation", ...}) and the families report's
   * ({"family", "members", ...}) never do.
   */
  static @Nullable String jsonLinesReport(JsonNode first) {
    if (!first.isObject() || first.has("text")) {
      return null;
    }
    return pairsOrFamilies(first.has("a") && first.has("b") && first.has("relation"), first.has("family") && first.has("members"), "records");
  }

  /**
   * Why a table whose header names {@code columns} (and no text column) is not read, or null when it is not a report
   * of Doppel's: the CSV pair report ({@code scan --format csv}) opens with "a", "b", "relation".
   */
  static @Nullable String csvReport(List<String> columns) {
    return pairsOrFamilies(columns.contains("a") && columns.contains("b") && columns.contains("relation"), false, "columns");
  }

  private static @Nullable String pairsOrFamilies(boolean pairs, boolean families, String parts) {
    if (pairs) {
      return "a pair report Doppel wrote (" + parts + " of \"a\", \"b\", \"relation\"), not documents";
    }
    if (families) {
      return "a families report Doppel wrote (" + parts + " of \"family\", \"members\"), not documents";
    }
    return null;
  }
}
