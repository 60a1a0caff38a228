package org.doppel.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;

/**
 * The numbers at the top of a report.
 *
 * @param documents documents scanned, when the caller knows; otherwise empty
 * @param documentsInPairs distinct documents that appear in at least one pair
 * @param pairs related pairs
 * @param pairsByRelation pairs per relation, in {@link Relation} order, relations without pairs left out
 * @param inputProblems input problems met while reading the corpus, when the caller knows; otherwise empty
 */
public record ReportSummary(OptionalInt documents, int documentsInPairs, int pairs, Map<Relation, Integer> pairsByRelation,
    OptionalInt inputProblems) {
  public ReportSummary {
    Map<Relation, Integer> copy = new EnumMap<>(Relation.class);
    copy.putAll(pairsByRelation);
    pairsByRelation = Collections.unmodifiableMap(copy);
  }

  static ReportSummary of(List<RelatedPair> pairs, OptionalInt documents, OptionalInt inputProblems) {
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    Set<String> ids = new HashSet<>();
    for (RelatedPair pair : pairs) {
      byRelation.merge(pair.relation(), 1, Integer::sum);
      ids.add(pair.a());
      ids.add(pair.b());
    }
    return new ReportSummary(documents, ids.size(), pairs.size(), byRelation, inputProblems);
  }
}
