package org.doppel.eval;

import java.util.List;

/**
 * How a scan did on one part of a rewrite corpus.
 *
 * @param part the part scored
 * @param categories one row per truth category, sorted by name
 * @param reported predicted pairs with a document in the part
 * @param reportedRight those whose two documents are in one group
 * @param direction on the found non-sibling pairs whose source is one of the two
 * @param documents documents in the part
 * @param familyAri adjusted Rand index of the predicted families against the groups, over the part's documents
 * @param independent documents alone in their group (texts written independently, same-topic negatives)
 * @param independentFlagged of them reported in some pair
 */
public record RewriteScores(GroupSplit.Part part, List<Category> categories, int reported, int reportedRight,
    DirectionCounts direction, int documents, double familyAri, int independent, int independentFlagged) {
  public RewriteScores {
    categories = List.copyOf(categories);
  }

  /** Share of the independent texts reported with another; 0 when there are none. */
  public double independentFlaggedShare() {
    return independent == 0 ? 0 : (double) independentFlagged / independent;
  }

  /** Share of reported pairs that are right; 1 when nothing was reported. */
  public double precision() {
    return reported == 0 ? 1 : (double) reportedRight / reported;
  }

  /**
   * @param name the truth category
   * @param pairs truth pairs of the category in the part
   * @param found of them reported (as any relation)
   */
  public record Category(String name, int pairs, int found) {
    public double detected() {
      return pairs == 0 ? 0 : (double) found / pairs;
    }
  }

  /** Named originals on found pairs: the truth's source, the other document, or none. */
  public record DirectionCounts(int right, int backwards, int unknown) {
    public int total() {
      return right + backwards + unknown;
    }

    public double share(int count) {
      return total() == 0 ? 0 : (double) count / total();
    }
  }
}
