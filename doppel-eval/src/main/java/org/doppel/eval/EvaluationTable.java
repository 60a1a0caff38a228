package org.doppel.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.doppel.relate.Relation;

/** Prints an {@link EvaluationResult} as readable tables; measures that do not exist (NaN) print as "-". */
public final class EvaluationTable {
  private EvaluationTable() {}

  public static void write(EvaluationResult result, PrintWriter out) {
    PairCounts counts = result.counts();
    out.printf(Locale.ROOT, "Truth: %d pairs (%d reuse, %d unrelated). Predicted: %d pairs; %d not in truth, "
            + "%d that truth calls unrelated, %d with another relation than truth's.%n",
        counts.truthPairs(), counts.truthReusePairs(), counts.truthPairs() - counts.truthReusePairs(),
        counts.predictedPairs(), counts.predictedNotInTruth(), counts.predictedTruthUnrelated(),
        counts.predictedOtherRelation());
    List<Relation> selected = ReuseEvaluation.REUSE_RELATIONS.stream().filter(result.overallRelations()::contains).toList();
    if (selected.size() < ReuseEvaluation.REUSE_RELATIONS.size()) {
      out.printf(Locale.ROOT, "\"%s\" counts only %s (left out: %d predicted, %d truth pairs).%n",
          ReuseEvaluation.ANY_REUSE, selected.stream().map(Relation::jsonName).collect(Collectors.joining(", ")),
          counts.predictedOutsideOverall(), counts.truthOutsideOverall());
    }
    List<EvaluationRow> rows = new ArrayList<>();
    rows.add(result.overall());
    rows.addAll(result.byRelation());

    out.println();
    out.println("Pairs             TP    FP    FN  precision  recall     F1");
    for (EvaluationRow row : rows) {
      PairScores pairs = row.pairs();
      out.printf(Locale.ROOT, "%-15s %5d %5d %5d  %9s  %6s  %5s%n", row.label(), pairs.truePositives(),
          pairs.falsePositives(), pairs.falseNegatives(), number(pairs.precision()), number(pairs.recall()),
          number(pairs.f1()));
    }

    out.println();
    if (!result.passagesScored()) {
      out.println("Passages (PAN): not scored, the truth gives no passages (\"passages\": [[a_start, a_end, b_start, b_end], ...]).");
      out.flush();
      return;
    }
    out.println("Passages (PAN)            pairs  cases  detections  precision  recall  granularity  plagdet");
    for (EvaluationRow row : rows) {
      passages(out, row.label(), "matched", row.passagesOnMatchedPairs());
      passages(out, "", "all", row.passagesOverAllPairs());
    }
    out.println();
    out.println("Passage rows group pairs by truth relation. matched: truth pairs the prediction lists (any relation);");
    out.println("all: adds missed truth pairs (recall 0) and predicted pairs the truth has no reuse for (precision 0).");
    out.flush();
  }

  private static void passages(PrintWriter out, String label, String variant, PassageScores scores) {
    out.printf(Locale.ROOT, "%-15s %-8s %6d %6d %11d  %9s  %6s  %11s  %7s%n", label, variant, scores.pairs(),
        scores.cases(), scores.detections(), number(scores.precision()), number(scores.recall()),
        number(scores.granularity()), number(scores.plagdet()));
  }

  /** A measure to three places, or "-" where it is undefined (NaN). */
  static String number(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
