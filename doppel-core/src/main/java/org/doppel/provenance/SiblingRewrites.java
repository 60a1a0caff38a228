package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.relate.RelatedPair;

/**
 * Two rewrites of one original are reported as a pair too, and the direction judge, reading the pair alone, often
 * names the fuller rewrite the original of the other: right about their content, wrong about provenance. A third
 * document can tell: when the pair's named original <i>o</i> was itself copied from <i>z</i> (the judge names
 * <i>z</i> the original of <i>o</i>) and <i>z</i> is more similar (pair score) to the named copy <i>c</i> than
 * <i>o</i> is, <i>c</i> was as likely copied from <i>z</i>, and the pair's direction becomes unknown. The pair keeps
 * its relation and score, the direction its clues. Runs after every pair of a scan is judged, on the judge's
 * answers (a pair turned unknown here still counts as directed for the others): a query against a standing index
 * sees only the query's pairs and does not run it. The Spark job finds the same third documents by joins and turns
 * the pairs unknown with {@link #unknown}.
 */
public final class SiblingRewrites {
  private SiblingRewrites() {}

  /** A third document that makes a pair's direction unknown, and its score with the pair's named copy. */
  public record Third(String id, double scoreWithCopy) implements Serializable {
    /** The better of two: the one closer to the copy, then the smaller id. */
    public static Third better(Third x, Third y) {
      int byScore = Double.compare(x.scoreWithCopy, y.scoreWithCopy);
      return byScore > 0 || byScore == 0 && x.id.compareTo(y.id) <= 0 ? x : y;
    }
  }

  /** {@code directed} in the same order, the directions of sibling rewrites made unknown. */
  public static List<DirectedPair> apply(List<DirectedPair> directed) {
    Map<String, List<String>> originalsOf = new HashMap<>(); // a named copy -> the documents named its original
    Map<UnorderedIds, Double> scores = new HashMap<>();
    for (DirectedPair p : directed) {
      scores.put(new UnorderedIds(p.pair().a(), p.pair().b()), p.pair().score());
      String copy = p.copy();
      if (copy != null) {
        originalsOf.computeIfAbsent(copy, k -> new ArrayList<>()).add(p.direction().source());
      }
    }
    if (originalsOf.isEmpty()) {
      return directed;
    }
    List<DirectedPair> out = new ArrayList<>(directed.size());
    for (DirectedPair p : directed) {
      String original = p.direction().source();
      Third best = null;
      if (original != null) {
        String copy = p.other(original);
        for (String z : originalsOf.getOrDefault(original, List.of())) {
          Double withCopy = z.equals(copy) ? null : scores.get(new UnorderedIds(z, copy));
          if (withCopy != null && closer(withCopy, p.pair().score())) {
            Third third = new Third(z, withCopy);
            best = best == null ? third : Third.better(best, third);
          }
        }
      }
      out.add(best == null ? p : unknown(p, best.id()));
    }
    return out;
  }

  /**
   * {@code pair} with its direction unknown because {@code third} is named the original of its named original and is
   * closer to its named copy: the relation, score, passages and clues kept.
   */
  public static DirectedPair unknown(DirectedPair pair, String third) {
    Direction judged = pair.direction();
    String original = judged.source();
    if (original == null) {
      throw new IllegalArgumentException("pair " + pair.pair().a() + ", " + pair.pair().b() + " has no direction to withdraw");
    }
    String copy = pair.other(original);
    String why = "both may come from " + third + ": " + third + " is named the original of " + original + " and is closer to "
        + copy + " than " + original + " is (the pair alone named " + original + " the original, on "
        + String.join(", ", judged.evidence()) + ")";
    RelatedPair related = pair.pair().withSource(null);
    return new DirectedPair(related, Direction.unknown(judged.clues(), why));
  }

  /** The same key for a pair in either order, as a string (the Spark job joins on it). */
  public static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }

  /**
   * Whether a third document whose pair score with a pair's named copy is {@code thirdWithCopy} is closer to it than
   * the pair's named original is: the scores compared as reported, to three decimals (two near-copies of one text
   * score 0.9995 and 0.9996, and which of them is the closer says nothing).
   */
  public static boolean closer(double thirdWithCopy, double pairScore) {
    return Math.round(thirdWithCopy * 1000) > Math.round(pairScore * 1000);
  }
}
