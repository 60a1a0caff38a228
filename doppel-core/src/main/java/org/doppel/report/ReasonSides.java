package org.doppel.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pair's reason as read from its other side. The relation classifier writes the two documents' figures in
 * the pair's id order ("passages cover 33% and 100% of the documents"); a query's report puts the query
 * document first whatever its id, so where it swaps the pair it must swap these figures too, or the reason
 * says the query is 33% covered when it is the other document that is.
 */
final class ReasonSides {
  /** The two-sided figures the classifier writes: copies' passages and rewrites' sentence pairs. */
  private static final Pattern BOTH_SIDES = Pattern.compile("(covers?) (\\d+)% and (\\d+)% of the documents");

  private ReasonSides() {}

  /** {@code reason} with each "cover(s) X% and Y% of the documents" read as "cover(s) Y% and X%". */
  static String swapped(String reason) {
    Matcher m = BOTH_SIDES.matcher(reason);
    return m.replaceAll(r -> r.group(1) + " " + r.group(3) + "% and " + r.group(2) + "% of the documents");
  }
}
