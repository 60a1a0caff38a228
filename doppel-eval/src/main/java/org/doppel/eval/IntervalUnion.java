package org.doppel.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Size of a union of intervals in one document: characters covered by at least one of them. */
final class IntervalUnion {
  private IntervalUnion() {}

  /** {@code |∪ intervals|}, counting each character once however many intervals cover it. */
  static int size(List<Interval> intervals) {
    List<Interval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparingInt(Interval::start));
    int total = 0;
    int coveredTo = Integer.MIN_VALUE;
    for (Interval interval : sorted) {
      int from = Math.max(interval.start(), coveredTo);
      if (interval.end() > from) {
        total += interval.end() - from;
        coveredTo = interval.end();
      }
    }
    return total;
  }
}
