package org.doppel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.doppel.relate.Relation;

/**
 * The report's summary header as static HTML, so that it reads the same with or without script.
 */
final class SummaryHtml {
  private SummaryHtml() {
  }

  static void write(ReportSummary summary, Writer out) throws IOException {
    out.write("<dl class=\"stats\">");
    if (summary.documents().isPresent()) {
      stat(out, "documents", "Documents", summary.documents().getAsInt());
    }
    stat(out, "in-pairs", "Documents in pairs", summary.documentsInPairs());
    stat(out, "pairs", "Related pairs", summary.pairs());
    for (Map.Entry<Relation, Integer> entry : summary.pairsByRelation().entrySet()) {
      String name = entry.getKey().jsonName();
      stat(out, "rel rel-" + name, label(name), entry.getValue());
    }
    if (summary.inputProblems().isPresent()) {
      int problems = summary.inputProblems().getAsInt();
      stat(out, problems == 0 ? "problems" : "problems has-problems", "Input problems", problems);
    }
    out.write("</dl>");
  }

  /** {@code near_duplicate} → {@code Near duplicate}. */
  static String label(String jsonName) {
    String words = jsonName.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static void stat(Writer out, String cssClass, String label, int value) throws IOException {
    out.write("<div class=\"stat " + HtmlEscaper.escape(cssClass) + "\"><dt>" + HtmlEscaper.escape(label) + "</dt><dd>"
        + String.format(Locale.ROOT, "%,d", value) + "</dd></div>");
  }
}
