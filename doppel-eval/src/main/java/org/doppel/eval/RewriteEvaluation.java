package org.doppel.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a scan of a rewrite corpus ({@link RewriteDevSet}) on one part of its {@link GroupSplit}: per
 * truth category the share of pairs the scan reports (as any relation), the precision of the reported
 * pairs by group (right when both documents are in one group, so two rewrites of one original count as
 * right), the named original on the found rewrite pairs (right, backwards or unknown) and the family
 * adjusted Rand index against the groups; documents alone in their group are texts written
 * independently, and the share of them reported in any pair is a false-alarm rate.
 */
public final class RewriteEvaluation {
  private RewriteEvaluation() {}

  /**
   * @param set the truth
   * @param split the split of the set's groups
   * @param part the part to score ({@link GroupSplit.Part#ALL} for the whole set)
   * @param predicted the scan's pairs
   * @param families story families as {@code scan --families} writes them, or null for the connected
   *     components of the predicted pairs
   */
  public static RewriteScores evaluate(RewriteDevSet set, GroupSplit split, GroupSplit.Part part, List<LabelledPair> predicted,
      Map<String, String> families) {
    Map<String, int[]> perCategory = new TreeMap<>();
    RewriteScores.DirectionCounts direction = truthFound(set, split, part, predicted, perCategory);
    Reported reported = reported(set, split, part, predicted);
    List<String> documents = new ArrayList<>();
    for (String doc : set.groupOf().keySet()) {
      if (inPart(set, split, part, doc)) {
        documents.add(doc);
      }
    }
    documents.sort(null);
    Independents independents = independents(set, documents, predicted);
    Map<String, String> predictedFamilies = families != null ? families : ProvenanceEvaluation.components(predicted);
    double ari = AdjustedRandIndex.of(documents, set.groupOf(), predictedFamilies);
    List<RewriteScores.Category> rows = new ArrayList<>();
    perCategory.forEach((name, counts) -> rows.add(new RewriteScores.Category(name, counts[0], counts[1])));
    return new RewriteScores(part, rows, reported.pairs(), reported.right(), direction, documents.size(), ari,
        independents.texts(), independents.flagged());
  }

  /**
   * Counts the part's truth pairs and those found, per category, into {@code perCategory} ({truth, found}), and
   * returns the direction named for the found pairs whose truth has a source.
   */
  private static RewriteScores.DirectionCounts truthFound(RewriteDevSet set, GroupSplit split, GroupSplit.Part part,
      List<LabelledPair> predicted, Map<String, int[]> perCategory) {
    Map<PairKey, LabelledPair> byKey = new HashMap<>();
    for (LabelledPair pair : predicted) {
      byKey.put(pair.key(), pair);
    }
    int right = 0;
    int backwards = 0;
    int unknown = 0;
    for (RewriteDevSet.TruthPair truth : set.pairs()) {
      if (!inPart(set, split, part, truth.key().a())) {
        continue;
      }
      int[] counts = perCategory.computeIfAbsent(truth.category(), c -> new int[2]);
      counts[0]++;
      LabelledPair found = byKey.get(truth.key());
      if (found == null) {
        continue;
      }
      counts[1]++;
      if (truth.source() != null && !RewriteDevSet.SIBLING.equals(truth.category())) {
        if (found.source() == null || !found.sourceInPair()) {
          unknown++;
        } else if (found.source().equals(truth.source())) {
          right++;
        } else {
          backwards++;
        }
      }
    }
    return new RewriteScores.DirectionCounts(right, backwards, unknown);
  }

  /** Reported pairs with a document in the part, and of them those inside one truth group. */
  private record Reported(int pairs, int right) {}

  private static Reported reported(RewriteDevSet set, GroupSplit split, GroupSplit.Part part, List<LabelledPair> predicted) {
    int reported = 0;
    int reportedRight = 0;
    for (LabelledPair pair : predicted) {
      if (inPart(set, split, part, pair.key().a()) || inPart(set, split, part, pair.key().b())) {
        reported++;
        String groupA = set.groupOf().get(pair.key().a());
        if (groupA != null && groupA.equals(set.groupOf().get(pair.key().b()))) {
          reportedRight++;
        }
      }
    }
    return new Reported(reported, reportedRight);
  }

  /** The part's independent texts (groups of one) and how many of them are in a reported pair. */
  private record Independents(int texts, int flagged) {}

  private static Independents independents(RewriteDevSet set, List<String> documents, List<LabelledPair> predicted) {
    Map<String, Integer> groupSizes = new HashMap<>();
    set.groupOf().values().forEach(group -> groupSizes.merge(group, 1, Integer::sum));
    Set<String> reportedDocs = new HashSet<>();
    predicted.forEach(pair -> {
      reportedDocs.add(pair.key().a());
      reportedDocs.add(pair.key().b());
    });
    int independent = 0;
    int flagged = 0;
    for (String doc : documents) {
      if (groupSizes.get(set.groupOf().get(doc)) == 1) {
        independent++;
        flagged += reportedDocs.contains(doc) ? 1 : 0;
      }
    }
    return new Independents(independent, flagged);
  }

  private static boolean inPart(RewriteDevSet set, GroupSplit split, GroupSplit.Part part, String doc) {
    String group = set.groupOf().get(doc);
    if (group == null) {
      return part == GroupSplit.Part.ALL;
    }
    return part.holds(Objects.requireNonNullElse(split.partOfGroup(group), GroupSplit.Part.ALL));
  }
}
