package org.doppel.eval;

import java.util.List;
import java.util.Locale;

/** Formats sentence-pair scores: the closing line of {@code doppel pairs} and the training table. */
public final class SentencePairReport {
  private SentencePairReport() {}

  /** One line: accuracy, precision, recall and F1 over the rows. */
  public static String summaryLine(BinaryScores s, double threshold) {
    return String.format(Locale.ROOT, "accuracy %.3f\tprecision %.3f\trecall %.3f\tF1 %.3f\t(%d labelled rows, threshold %.2f)",
        s.accuracy(), s.precision(), s.recall(), s.f1(), s.rows(), threshold);
  }

  /** A markdown table of cross-validated scores, one row per data set. */
  public static String markdown(List<SentencePairTraining.SetResult> results, double threshold, int folds) {
    StringBuilder md = new StringBuilder();
    md.append("| dataset | rows | accuracy | precision | recall | F1 | threshold | how measured |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (SentencePairTraining.SetResult r : results) {
      BinaryScores s = r.scores();
      md.append(String.format(Locale.ROOT, "| %s | %,d | %.3f | %.3f | %.3f | %.3f | %.2f | %d-fold cross-validation |%n",
          r.name(), s.rows(), s.accuracy(), s.precision(), s.recall(), s.f1(), threshold, folds));
    }
    return md.toString();
  }
}
