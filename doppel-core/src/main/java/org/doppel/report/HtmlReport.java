package org.doppel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.doppel.relate.RelatedPair;

/**
 * Writes a self-contained HTML report: a summary, a filterable list of the related pairs and, for
 * the selected pair, both documents side by side with their shared passages highlighted and linked
 * to each other.
 *
 * <p>The page does not render every document up front. It embeds the data once, as JSON in a
 * {@code <script type="application/json" id="doppel-data">} element (see {@link ReportDataWriter}),
 * and a small script renders the selected pair, inserting document text only as text nodes. The page
 * loads nothing from the network and works from a {@code file://} URL. A fragment such as
 * {@code #pair=3} selects the third pair on load.
 */
public final class HtmlReport {
  private final Function<String, String> textOf;
  private final OptionalInt documents;
  private final OptionalInt inputProblems;

  /** @param textOf the original text of a document id */
  public HtmlReport(Function<String, String> textOf) {
    this(textOf, OptionalInt.empty(), OptionalInt.empty());
  }

  private HtmlReport(Function<String, String> textOf, OptionalInt documents, OptionalInt inputProblems) {
    this.textOf = textOf;
    this.documents = documents;
    this.inputProblems = inputProblems;
  }

  /** The same report, stating in its summary how many documents were scanned. */
  public HtmlReport withDocumentCount(int count) {
    return new HtmlReport(textOf, OptionalInt.of(count), inputProblems);
  }

  /** The same report, stating in its summary how many input problems the scan met. */
  public HtmlReport withInputProblemCount(int count) {
    return new HtmlReport(textOf, documents, OptionalInt.of(count));
  }

  public void write(List<RelatedPair> pairs, Writer out) throws IOException {
    ReportSummary summary = ReportSummary.of(pairs, documents, inputProblems);
    ReportDataWriter data = new ReportDataWriter(textOf);
    HtmlReportTemplate.get().write(out, (slot, writer) -> {
      switch (slot) {
        case SUMMARY -> SummaryHtml.write(summary, writer);
        case DATA -> data.write(pairs, summary, writer);
        case CSP -> throw new IllegalStateException("the template fills its own policy");
      }
    });
    out.flush();
  }
}
