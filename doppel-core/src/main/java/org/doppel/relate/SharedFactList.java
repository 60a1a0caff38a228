package org.doppel.relate;

import java.util.List;
import org.doppel.fingerprint.Fact;
import org.doppel.match.FactOverlap;

/** The facts two texts both state, as a verdict's reason lists them: the most telling first, at most six. */
final class SharedFactList {
  private static final int FACTS_SHOWN = 6;

  private SharedFactList() {}

  static String factList(FactOverlap facts) {
    if (facts.shared().isEmpty()) {
      return "";
    }
    // the first FACTS_SHOWN of a stable sort by rank, longer first within a rank, picked one by one: this runs for
    // every pair whose sentences are aligned, most of them unrelated, and a sorted stream cost more than the rest
    List<Fact> shared = facts.shared();
    int n = shared.size();
    int[] rank = new int[n];
    int[] length = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = tellingRank(shared.get(i));
      length[i] = shared.get(i).text().length();
    }
    boolean[] shownAlready = new boolean[n];
    StringBuilder shown = new StringBuilder();
    for (int k = 0; k < Math.min(FACTS_SHOWN, n); k++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!shownAlready[i] && (best < 0 || rank[i] < rank[best] || rank[i] == rank[best] && length[i] > length[best])) {
          best = i;
        }
      }
      shownAlready[best] = true;
      shown.append(k == 0 ? "" : ", ").append(shared.get(best).text());
    }
    return ": " + shown + (n > FACTS_SHOWN ? ", …" : "");
  }

  /**
   * The most telling facts first: quotations, measured numbers ("482 km") and full names ("Pedro
   * Pardo"), then bare numbers and single names, which same-topic articles share more often.
   */
  private static int tellingRank(Fact fact) {
    boolean severalWords = fact.text().indexOf(' ') > 0;
    return switch (fact.kind()) {
      case QUOTE -> 0;
      case NUMBER -> severalWords ? 1 : 3;
      case NAME -> severalWords ? 2 : 4;
    };
  }
}
