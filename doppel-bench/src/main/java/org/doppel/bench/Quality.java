package org.doppel.bench;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;

/**
 * Recall and precision of a scan against a synthetic corpus's planted pairs.
 *
 * @param truthCount planted pairs per relation
 * @param found planted pairs per relation that the scan reported, whatever relation it gave
 * @param labelled planted pairs per relation that the scan reported with that same relation
 * @param reported pairs the scan reported per relation it gave
 * @param reportedTrue pairs the scan reported per relation it gave that are planted pairs of that relation
 * @param reportedPlanted pairs the scan reported per relation it gave that are planted pairs of any relation
 */
public record Quality(Map<Relation, Integer> truthCount, Map<Relation, Integer> found, Map<Relation, Integer> labelled,
    Map<Relation, Integer> reported, Map<Relation, Integer> reportedTrue, Map<Relation, Integer> reportedPlanted) {

  public static Quality of(List<SyntheticCorpus.TruePair> truth, List<RelatedPair> pairs) {
    return ofLabels(truth, pairs.stream().map(p -> new SyntheticCorpus.TruePair(p.a(), p.b(), p.relation())).toList());
  }

  /** As {@link #of}, for pairs read back from a report: ids in order, each with the relation it was given. */
  public static Quality ofLabels(List<SyntheticCorpus.TruePair> truth, List<SyntheticCorpus.TruePair> pairs) {
    Map<String, Relation> planted = new HashMap<>(truth.size() * 2);
    Map<Relation, Integer> truthCount = new EnumMap<>(Relation.class);
    for (SyntheticCorpus.TruePair t : truth) {
      planted.put(t.a() + "\u0000" + t.b(), t.relation());
      truthCount.merge(t.relation(), 1, Integer::sum);
    }
    Map<Relation, Integer> found = new EnumMap<>(Relation.class);
    Map<Relation, Integer> labelled = new EnumMap<>(Relation.class);
    Map<Relation, Integer> reported = new EnumMap<>(Relation.class);
    Map<Relation, Integer> reportedTrue = new EnumMap<>(Relation.class);
    Map<Relation, Integer> reportedPlanted = new EnumMap<>(Relation.class);
    for (SyntheticCorpus.TruePair pair : pairs) {
      Relation given = pair.relation();
      reported.merge(given, 1, Integer::sum);
      Relation expected = planted.get(pair.a() + "\u0000" + pair.b());
      if (expected != null) {
        found.merge(expected, 1, Integer::sum);
        reportedPlanted.merge(given, 1, Integer::sum);
        if (expected == given) {
          labelled.merge(expected, 1, Integer::sum);
          reportedTrue.merge(given, 1, Integer::sum);
        }
      }
    }
    return new Quality(truthCount, found, labelled, reported, reportedTrue, reportedPlanted);
  }

  private static int get(Map<Relation, Integer> m, Relation r) {
    return m.getOrDefault(r, 0);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  /** Share of planted pairs of {@code r} reported at all. */
  public double recall(Relation r) {
    return ratio(get(found, r), get(truthCount, r));
  }

  /** Share of planted pairs of {@code r} reported with relation {@code r}. */
  public double labelRecall(Relation r) {
    return ratio(get(labelled, r), get(truthCount, r));
  }

  /** Share of pairs reported as {@code r} that are planted pairs of {@code r}. */
  public double labelPrecision(Relation r) {
    return ratio(get(reportedTrue, r), get(reported, r));
  }

  /** Share of pairs reported as {@code r} that are planted pairs of any relation. */
  public double pairPrecision(Relation r) {
    return ratio(get(reportedPlanted, r), get(reported, r));
  }

  public int truth(Relation r) {
    return get(truthCount, r);
  }

  public int reported(Relation r) {
    return get(reported, r);
  }

  /** Share of the planted pairs of the given relations that were reported at all. */
  public double recall(List<Relation> relations) {
    int f = 0;
    int t = 0;
    for (Relation r : relations) {
      f += get(found, r);
      t += get(truthCount, r);
    }
    return ratio(f, t);
  }

  /** Share of all reported pairs that are planted pairs. */
  public double precision() {
    int p = 0;
    int all = 0;
    for (Relation r : Relation.values()) {
      p += get(reportedPlanted, r);
      all += get(reported, r);
    }
    return ratio(p, all);
  }
}
