package org.doppel.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.bench.SyntheticCorpus.Kind;
import org.doppel.bench.SyntheticCorpus.Planted;
import org.doppel.bench.SyntheticCorpus.TruePair;
import org.doppel.relate.Relation;

/**
 * The related pairs of a synthetic corpus. Families: an original and its copies; every two members of a family are
 * related, by what both keep of it: a paraphrase on either side makes a paraphrase, a partial copy a partial one when
 * the two keep a paragraph in common (else nothing), a near-duplicate a near-duplicate, two exact copies an exact one.
 */
final class FamilyTruth {
  private FamilyTruth() {}

  /** Every related pair, ordered by ids; the first {@code originals} of {@code made} are the originals. */
  static List<TruePair> pairs(String[] ids, Planted[] made, int[][] keptParagraphs, int originals) {
    List<List<Integer>> families = new ArrayList<>(originals);
    for (int i = 0; i < originals; i++) {
      families.add(new ArrayList<>(List.of(i)));
    }
    Map<String, Integer> originalIndex = new HashMap<>();
    for (int i = 0; i < originals; i++) {
      originalIndex.put(ids[i], i);
    }
    for (int i = originals; i < made.length; i++) {
      families.get(originalIndex.get(made[i].originalId())).add(i);
    }
    List<TruePair> truth = new ArrayList<>();
    for (List<Integer> family : families) {
      for (int x = 0; x < family.size(); x++) {
        for (int y = x + 1; y < family.size(); y++) {
          int p = family.get(x);
          int q = family.get(y);
          Relation relation = relation(made[p].kind(), keptParagraphs[p], made[q].kind(), keptParagraphs[q]);
          if (relation != null) {
            String a = ids[p].compareTo(ids[q]) < 0 ? ids[p] : ids[q];
            String b = a.equals(ids[p]) ? ids[q] : ids[p];
            truth.add(new TruePair(a, b, relation));
          }
        }
      }
    }
    truth.sort(Comparator.comparing(TruePair::a).thenComparing(TruePair::b));
    return truth;
  }

  /** How two members of one family relate, or null when they share nothing. */
  static Relation relation(Kind x, int[] keptX, Kind y, int[] keptY) {
    if (x == Kind.PARAPHRASE || y == Kind.PARAPHRASE) {
      return Relation.PARAPHRASE;
    }
    if (x == Kind.PARTIAL || y == Kind.PARTIAL) {
      BitSet a = bits(keptX);
      a.and(bits(keptY));
      return a.isEmpty() ? null : Relation.PARTIAL;
    }
    if (x == Kind.NEAR_DUPLICATE || y == Kind.NEAR_DUPLICATE) {
      return Relation.NEAR_DUPLICATE;
    }
    return Relation.EXACT;
  }

  private static BitSet bits(int[] values) {
    BitSet bits = new BitSet();
    for (int v : values) {
      bits.set(v);
    }
    return bits;
  }
}
