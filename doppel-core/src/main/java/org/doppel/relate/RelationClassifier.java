package org.doppel.relate;

import java.util.Locale;
import org.doppel.match.Alignment;

/**
 * Decides the relation of a pair from its evidence. The rules and their thresholds are measured on
 * the development corpus (docs/parameters.md):
 * <ul>
 *   <li>exact: identical normalised content;
 *   <li>near-duplicate: passages cover at least {@code nearCoverage} of both documents and at least
 *       {@code nearDensity} of the covered words are in exact shared seeds (a reworded article covers
 *       as much but with far fewer exact seeds);
 *   <li>partial: at least one passage, without the coverage of a near-duplicate on both sides; a
 *       reworded article whose passages cover most of both documents is left to the rewrite stage.
 * </ul>
 */
public final class RelationClassifier {
  private final double nearCoverage;
  private final double nearDensity;
  private final double rewriteCoverage;

  public RelationClassifier(double nearCoverage, double nearDensity, double rewriteCoverage) {
    this.nearCoverage = nearCoverage;
    this.nearDensity = nearDensity;
    this.rewriteCoverage = rewriteCoverage;
  }

  public static RelationClassifier defaults() {
    return new RelationClassifier(0.75, 0.88, 0.3);
  }

  public Verdict classify(PairEvidence evidence) {
    Alignment alignment = evidence.alignment();
    if (evidence.sameContent()) {
      return new Verdict(Relation.EXACT, 1.0, "identical text once metadata lines are set aside");
    }
    if (alignment.isEmpty()) {
      return new Verdict(Relation.UNRELATED, 0, "no shared passage");
    }
    double coverA = alignment.coverageA();
    double coverB = alignment.coverageB();
    double density = alignment.density();
    double minCover = Math.min(coverA, coverB);
    String numbers = String.format(Locale.ROOT, "passages cover %.0f%% and %.0f%% of the documents, %.0f%% of their words in exact shared runs, shingle Jaccard %.2f",
        100 * coverA, 100 * coverB, 100 * density, evidence.overlap().jaccard());
    if (minCover >= nearCoverage && density >= nearDensity) {
      return new Verdict(Relation.NEAR_DUPLICATE, clamp(minCover * density), numbers);
    }
    if (minCover >= rewriteCoverage && density < nearDensity) {
      return new Verdict(Relation.UNRELATED, 0, "reworded throughout (" + numbers + "): left to the rewrite stage");
    }
    return new Verdict(Relation.PARTIAL, clamp(Math.max(coverA, coverB) * density), numbers);
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
