package org.doppel.eval;

import java.util.List;
import org.doppel.relate.Relation;

/** Small builders for hand-computed fixtures. */
final class Fixtures {
  private Fixtures() {}

  static AlignedPassage passage(int aStart, int aEnd, int bStart, int bEnd) {
    return new AlignedPassage(new Interval(aStart, aEnd), new Interval(bStart, bEnd));
  }

  static LabelledPair pair(String a, String b, Relation relation, AlignedPassage... passages) {
    return LabelledPair.canonical(a, b, relation, List.of(passages));
  }
}
