package org.doppel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a report Doppel wrote, met among the input files. Kept beside a corpus under any name (an older
 * {@code --out}, or {@code scan --format html > corpus/report.html}), it would otherwise be read back by the next
 * scan: an HTML report as a page quoting every pair (and so matching everything it quotes), a JSON Lines report as
 * one "no text" problem per line. The marks are ones Doppel writes anyway, looked for in what the reader holds:
 * the HTML report's generator tag in the page's head, the shape of a report's first record.
 */
final class DoppelReports {
  /** The tag in the head of the HTML report (report-template.html). */
  static final String HTML_GENERATOR = "<meta name=\"generator\" content=\"Doppel\">";

  /** Bytes of a page's head searched for {@link #HTML_GENERATOR}: the template puts it in its first lines. */
  private static final int HTML_HEAD_BYTES = 4096;

  private DoppelReports() {}

  /** Why the page {@code bytes} is not read as a document, or null when it is not a report of Doppel's. */
  static @Nullable String htmlReport(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HTML_HEAD_BYTES), StandardCharsets.ISO_8859_1);
    return head.contains(HTML_GENERATOR) ? "an HTML report Doppel wrote (generator tag), not a document" : null;
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
    if (first.has("a") && first.has("b") && first.has("relation")) {
      return "a pair report Doppel wrote (records of \"a\", \"b\", \"relation\"), not documents";
    }
    if (first.has("family") && first.has("members")) {
      return "a families report Doppel wrote (records of \"family\", \"members\"), not documents";
    }
    return null;
  }
}
