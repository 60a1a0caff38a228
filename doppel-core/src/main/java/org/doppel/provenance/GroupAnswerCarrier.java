package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Carries a group's own answers to a pair the judge left unknown. A <i>third</i> of a pair (x, y) is a document with
 * a reported pair to both. When the scan names x the original of every third, and of at least {@link #MIN_THIRDS},
 * y the original of none, and no third the original of x, x is named the original of y: a text that all the group's
 * other texts were copied from, and that copied from none of them, is the group's original (docs/quality.md,
 * "Direction, an eighteenth round"). One third is not enough: the judge's one sibling answer (a copy named the
 * original of another copy) would be carried to that copy's pair with the true original, backwards. Every third, not
 * most: where some thirds are unnamed, the pair is as often two rewrites of one source (a sibling pair, where any
 * answer is wrong) as a copy and its original (on the development sets' validation parts, without this guard, 40
 * right answers against 26 sibling answers and 2 backwards; with it, 19 against 1 and none).
 *
 * <p>Runs after {@link SiblingRewrites}, on its answers, and only on the pairs the judge itself left unknown: a pair
 * whose answer {@link SiblingRewrites} withdrew stays unknown (carrying an answer back to it would give back what the
 * third document took away), and a withdrawn answer is no evidence for the others. Carried answers are not carried
 * further (one pass, on the answers before it; with every third led, a carried answer could not carry another:
 * the pair it would carry to is a third of its own pair, unnamed). A query against a standing index sees only the query's pairs and
 * does not run it; the Spark job finds the same thirds by joins and decides with {@link #candidate} and {@link
 * #leadsEveryThird}.
 */
public final class GroupAnswerCarrier {
  /** Thirds the carried original must be named the original of. */
  public static final int MIN_THIRDS = 2;

  /**
   * The share of the carried answers right on the development sets' fit parts, a sibling pair's answer counted
   * wrong (30 of 33 with g20k-s7; docs/quality.md).
   */
  static final double CONFIDENCE = 0.9;

  static final String SIGNAL = "group";

  private GroupAnswerCarrier() {}

  /**
   * How the scan named one end of an unknown pair and a third: {@code endIsOriginal}, the end named the original of
   * the third; otherwise the third named the original of the end.
   */
  public record Tie(String end, String third, boolean endIsOriginal) implements Serializable {}

  /**
   * {@code settled} (the directions after {@link SiblingRewrites}) with the answers carried to the pairs {@code judged}
   * (the same pairs in the same order, as the judge left them) has unknown: linear in the pairs and in each unknown
   * pair's ends' named copies and originals, and, for a pair those carry, in its candidate original's pairs.
   */
  public static List<DirectedPair> apply(List<DirectedPair> judged, List<DirectedPair> settled) {
    if (judged.size() != settled.size()) {
      throw new IllegalArgumentException("judged and settled pairs differ in number: " + judged.size() + ", " + settled.size());
    }
    Set<String> related = new HashSet<>();
    Map<String, List<String>> copiesOf = new HashMap<>(); // a named original -> its named copies
    Map<String, List<String>> originalsOf = new HashMap<>(); // a named copy -> its named originals
    for (DirectedPair p : settled) {
      related.add(SiblingRewrites.key(p.pair().a(), p.pair().b()));
      String original = p.direction().source();
      if (original != null) {
        copiesOf.computeIfAbsent(original, k -> new ArrayList<>()).add(p.copy());
        originalsOf.computeIfAbsent(p.copy(), k -> new ArrayList<>()).add(original);
      }
    }
    if (copiesOf.isEmpty()) {
      return settled;
    }
    Map<String, List<String>> neighbours = RelatedDocuments.ofDirected(settled);
    List<DirectedPair> out = new ArrayList<>(settled.size());
    for (int i = 0; i < settled.size(); i++) {
      DirectedPair p = settled.get(i);
      if (judged.get(i).direction().isKnown()) {
        out.add(p);
        continue;
      }
      List<Tie> ties = ties(p.pair().a(), p.pair().b(), related, copiesOf, originalsOf);
      String original = candidate(p.pair().a(), p.pair().b(), ties);
      if (original != null && leadsEveryThird(original, ties, thirds(original, p.other(original), related, neighbours))) {
        out.add(carry(p, original, ties));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** The named ties of both ends of the pair (a, b) with documents related to the other end. */
  private static List<Tie> ties(String a, String b, Set<String> related, Map<String, List<String>> copiesOf,
      Map<String, List<String>> originalsOf) {
    List<Tie> ties = new ArrayList<>();
    for (String end : List.of(a, b)) {
      String other = end.equals(a) ? b : a;
      for (String third : copiesOf.getOrDefault(end, List.of())) {
        if (!third.equals(other) && related.contains(SiblingRewrites.key(third, other))) {
          ties.add(new Tie(end, third, true));
        }
      }
      for (String third : originalsOf.getOrDefault(end, List.of())) {
        if (!third.equals(other) && related.contains(SiblingRewrites.key(third, other))) {
          ties.add(new Tie(end, third, false));
        }
      }
    }
    return ties;
  }

  /**
   * The end of the unknown pair (a, b) its named ties carry an answer to, or null: the end named the original of
   * {@link #MIN_THIRDS} thirds or more, when the other end is named the original of none and no third is named the
   * original of it. It is carried when it also {@link #leadsEveryThird}.
   */
  public static @Nullable String candidate(String a, String b, Collection<Tie> ties) {
    for (String end : List.of(a, b)) {
      String other = end.equals(a) ? b : a;
      boolean refuted = false;
      for (Tie t : ties) {
        if (t.end().equals(other) == t.endIsOriginal()) { // the other end leads a third, or a third leads this end
          refuted = true;
        }
      }
      if (led(end, ties) >= MIN_THIRDS && !refuted) {
        return end;
      }
    }
    return null;
  }

  /** Whether {@code original} is named the original of every one of the pair's {@code thirds}. */
  public static boolean leadsEveryThird(String original, Collection<Tie> ties, int thirds) {
    return led(original, ties) == thirds;
  }

  private static int led(String end, Collection<Tie> ties) {
    return (int) ties.stream().filter(t -> t.end().equals(end) && t.endIsOriginal()).count();
  }

  /**
   * The documents with a pair to both {@code original} and {@code copy}, counted over the candidate original's pairs
   * only: it is named the original of two of them at least, so the count costs what its answers already did.
   */
  private static int thirds(String original, String copy, Set<String> related, Map<String, List<String>> neighbours) {
    int thirds = 0;
    for (String z : neighbours.getOrDefault(original, List.of())) {
      if (!z.equals(copy) && related.contains(SiblingRewrites.key(z, copy))) {
        thirds++;
      }
    }
    return thirds;
  }

  /** {@code unknown} with {@code original} named its original, the thirds it was named the original of in the detail. */
  public static DirectedPair carry(DirectedPair unknown, String original, Collection<Tie> ties) {
    String copy = unknown.other(original);
    Set<String> thirds = new TreeSet<>();
    ties.stream().filter(t -> t.end().equals(original) && t.endIsOriginal()).forEach(t -> thirds.add(t.third()));
    String detail = SIGNAL + ": " + original + " is named the original of " + String.join(", ", thirds) + ", every document related to "
        + copy + " too; " + copy + " is named the original of none of them and none of them the original of " + original
        + " (the pair alone: " + unknown.direction().detail() + ")";
    return unknown.namedBy(SIGNAL, CONFIDENCE, original, detail);
  }
}
