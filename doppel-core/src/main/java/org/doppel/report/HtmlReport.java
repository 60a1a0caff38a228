package org.doppel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * Writes a self-contained HTML report: a summary, a filterable list of the related pairs and, for
 * the selected pair, both documents side by side with their shared passages highlighted and linked
 * to each other; for a paraphrase also its aligned sentences, line by line, with the changed words
 * marked. When story families are given, a family view draws each family's provenance tree.
 *
 * <p>The page does not render every document up front. It embeds the data once, as JSON in a
 * {@code <script type="application/json" id="doppel-data">} element (see {@link ReportDataWriter}),
 * and a small script renders the selected pair or page of families, inserting document text only as
 * text nodes. The page loads nothing from the network and works from a {@code file://} URL. A
 * fragment such as {@code #pair=3} selects the third pair on load, {@code #families} opens the
 * family view and {@code #family=2} the second family.
 *
 * <p>Provenance is optional input: without {@link #withFamilies} the family view says that none were
 * computed, and without {@link #withDirections} a pair's likely original is {@link RelatedPair#source()}.
 * Instances are immutable; the {@code with} methods return changed copies.
 */
public final class HtmlReport {
  private final Function<String, String> textOf;
  private final Function<String, ArticleMetadata> metadataOf;
  private final Function<RelatedPair, PairDirection> directionOf;
  private final @Nullable List<ReportFamily> families;
  private final OptionalInt documents;
  private final OptionalInt inputProblems;
  private final ReportPhotos photos;

  /**
   * @param textOf the original text of a document id; it must know every document of the pairs (and of the
   *     families) written, and {@link #write} throws {@link IllegalArgumentException} naming one it gives null for
   */
  public HtmlReport(Function<String, String> textOf) {
    this(textOf, id -> ArticleMetadata.EMPTY, pair -> null, null, OptionalInt.empty(), OptionalInt.empty(), ReportPhotos.NONE);
  }

  private HtmlReport(Function<String, String> textOf, Function<String, ArticleMetadata> metadataOf,
      Function<RelatedPair, PairDirection> directionOf, @Nullable List<ReportFamily> families, OptionalInt documents,
      OptionalInt inputProblems, ReportPhotos photos) {
    this.textOf = textOf;
    this.metadataOf = metadataOf;
    this.directionOf = directionOf;
    this.families = families;
    this.documents = documents;
    this.inputProblems = inputProblems;
    this.photos = photos;
  }

  /** The same report, stating in its summary how many documents were scanned. */
  public HtmlReport withDocumentCount(int count) {
    return new HtmlReport(textOf, metadataOf, directionOf, families, OptionalInt.of(count), inputProblems, photos);
  }

  /** The same report, stating in its summary how many input problems the scan met. */
  public HtmlReport withInputProblemCount(int count) {
    return new HtmlReport(textOf, metadataOf, directionOf, families, documents, OptionalInt.of(count), photos);
  }

  /**
   * The same report, showing each document's title, date, site, byline and attributions.
   *
   * @param metadataOf the metadata of a document id ({@link org.doppel.ingest.SourceText#metadata()}); may return null
   */
  public HtmlReport withMetadata(Function<String, ArticleMetadata> metadataOf) {
    Objects.requireNonNull(metadataOf, "metadataOf");
    return new HtmlReport(textOf, metadataOf, directionOf, families, documents, inputProblems, photos);
  }

  /**
   * The same report, showing for each pair its likely original and the evidence.
   *
   * @param directionOf the direction of a pair, or null where none was judged (then the pair's own
   *     {@link RelatedPair#source()} is shown, without evidence)
   */
  public HtmlReport withDirections(Function<RelatedPair, PairDirection> directionOf) {
    Objects.requireNonNull(directionOf, "directionOf");
    return new HtmlReport(textOf, metadataOf, directionOf, families, documents, inputProblems, photos);
  }

  /**
   * The same report with a family view drawing these story families. An empty list says that
   * families were computed and none was found. Members that are in no pair are added to the
   * report's documents.
   */
  public HtmlReport withFamilies(List<ReportFamily> families) {
    return new HtmlReport(textOf, metadataOf, directionOf, List.copyOf(families), documents, inputProblems, photos);
  }

  /**
   * The same report, showing for each pair the photos both documents show: the two pictures side by
   * side as embedded thumbnails, with each side's caption and credit, and a warning where the credits
   * name different people or agencies.
   */
  public HtmlReport withPhotos(ReportPhotos photos) {
    Objects.requireNonNull(photos, "photos");
    return new HtmlReport(textOf, metadataOf, directionOf, families, documents, inputProblems, photos);
  }

  public void write(List<RelatedPair> pairs, Writer out) throws IOException {
    ReportSummary summary = ReportSummary.of(pairs, documents, inputProblems);
    ReportDataWriter data = new ReportDataWriter(textOf, metadataOf, directionOf, families, photos);
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
