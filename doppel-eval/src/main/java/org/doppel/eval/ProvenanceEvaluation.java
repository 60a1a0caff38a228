package org.doppel.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the provenance part of a prediction: the {@code source} of each pair, and the story families.
 *
 * <p>Direction is judged on the truth pairs whose source is one of the two documents. Pairs with
 * {@code direction_evidence} must be answered: a missing pair or a null source counts as wrong. On pairs
 * without evidence the prediction may abstain; we count how often it answers and how often those answers
 * are right.
 *
 * <p>Truth families are the connected components of the truth pairs whose relation is not {@code unrelated};
 * every other document is a family of its own. Predicted families come from a families file when given, and
 * otherwise are the connected components of the predicted pairs. The documents clustered are every id that
 * occurs in the truth, the prediction or the families file; a document none of them lists is alone in both
 * clusterings and is left out (a families file from {@code scan --families} lists the whole corpus).
 */
public final class ProvenanceEvaluation {
  private ProvenanceEvaluation() {}

  /**
   * @param families each document's predicted family, or null to derive families from the predicted pairs
   */
  public static ProvenanceResult evaluate(List<LabelledPair> truth, List<LabelledPair> predicted, Map<String, String> families) {
    Map<String, String> truthLabels = components(truth);
    Map<String, String> predictedLabels = families != null ? families : components(predicted);
    Set<String> documents = documents(truth, predicted, families);
    return new ProvenanceResult(direction(truth, predicted), AdjustedRandIndex.of(documents, truthLabels, predictedLabels),
        families != null ? "families file" : "predicted pairs", documents.size(), multiMemberFamilies(truthLabels),
        multiMemberFamilies(predictedLabels));
  }

  static DirectionScores direction(List<LabelledPair> truth, List<LabelledPair> predicted) {
    Map<PairKey, LabelledPair> claims = new HashMap<>();
    for (LabelledPair p : predicted) {
      if (p.isReuse()) {
        claims.put(p.key(), p);
      }
    }
    int with = 0;
    int withRight = 0;
    int withUnknown = 0;
    int withMissing = 0;
    int without = 0;
    int withoutAnswered = 0;
    int withoutRight = 0;
    for (LabelledPair actual : truth) {
      if (!actual.sourceInPair()) {
        continue;
      }
      LabelledPair claim = claims.get(actual.key());
      String answer = claim == null ? null : claim.source();
      boolean right = actual.source().equals(answer);
      if (!actual.directionEvidence().isEmpty()) {
        with++;
        if (claim == null) {
          withMissing++;
        } else if (answer == null) {
          withUnknown++;
        } else if (right) {
          withRight++;
        }
      } else {
        without++;
        if (answer != null) {
          withoutAnswered++;
          if (right) {
            withoutRight++;
          }
        }
      }
    }
    return new DirectionScores(with, withRight, withUnknown, withMissing, without, withoutAnswered, withoutRight);
  }

  /** Connected components of the given pairs, as a document → family label map. */
  static Map<String, String> components(List<LabelledPair> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (LabelledPair p : pairs) {
      if (p.isReuse()) {
        String ra = root(parent, p.key().a());
        String rb = root(parent, p.key().b());
        if (!ra.equals(rb)) {
          parent.put(ra, rb);
        }
      }
    }
    Map<String, String> label = new HashMap<>();
    for (String doc : new ArrayList<>(parent.keySet())) {
      label.put(doc, root(parent, doc));
    }
    return label;
  }

  private static String root(Map<String, String> parent, String doc) {
    String here = doc;
    parent.putIfAbsent(here, here);
    while (!parent.get(here).equals(here)) {
      here = parent.get(here);
    }
    return here;
  }

  static int multiMemberFamilies(Map<String, String> labels) {
    Map<String, Integer> sizes = new HashMap<>();
    labels.values().forEach(l -> sizes.merge(l, 1, Integer::sum));
    return (int) sizes.values().stream().filter(n -> n > 1).count();
  }

  static Set<String> documents(List<LabelledPair> truth, List<LabelledPair> predicted, Map<String, String> families) {
    Set<String> ids = new LinkedHashSet<>();
    for (List<LabelledPair> list : List.of(truth, predicted)) {
      for (LabelledPair p : list) {
        ids.add(p.key().a());
        ids.add(p.key().b());
      }
    }
    if (families != null) {
      ids.addAll(families.keySet());
    }
    return ids;
  }
}
