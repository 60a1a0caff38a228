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
 * a reported pair to both. When the scan names x the original of at least {@link #MIN_THIRDS} thirds, y the original
 * of none, and no third the original of x, x is named the original of y: a text that two or more of the group's
 * texts were copied from, and that copied from none of them, is the group's original (docs/quality.md, "Direction,
 * an eighteenth round"). One third is not enough: the judge's one sibling answer (a copy named the original of
 * another copy) would be carried to that copy's pair with the true original, backwards.
 *
 * <p>Runs after {@link SiblingRewrites}, on its answers, and only on the pairs the judge itself left unknown: a pair
 * whose answer {@link SiblingRewrites} withdrew stays unknown (carrying an answer back to it would give back what the
 * third document took away), and a withdrawn answer is no evidence for the others. Carried answers are not carried
 * further (one pass, on the answers before it). A query against a standing index sees only the query's pairs and
 * does not run it; the Spark job finds the same thirds by joins and decides with {@link #carried}.
 */
public final class GroupAnswerCarrier {
  /** Thirds the carried original must be named the original of. */
  public static final int MIN_THIRDS = 2;

  /**
   * The share of the carried answers right on the development sets' fit parts, a sibling pair's answer counted
   * wrong (61 of 91 with g20k-s7; docs/quality.md).
   */
  static final double CONFIDENCE = 0.65;

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
   * pair's ends' named copies and originals.
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
    List<DirectedPair> out = new ArrayList<>(settled.size());
    for (int i = 0; i < settled.size(); i++) {
      DirectedPair p = settled.get(i);
      if (judged.get(i).direction().isKnown()) {
        out.add(p);
        continue;
      }
      List<Tie> ties = ties(p.pair().a(), p.pair().b(), related, copiesOf, originalsOf);
      String original = carried(p.pair().a(), p.pair().b(), ties);
      out.add(original == null ? p : carry(p, original, ties));
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
   * The original carried to the unknown pair (a, b) from its ends' ties with its thirds, or null: the end named the
   * original of {@link #MIN_THIRDS} thirds or more, when the other end is named the original of none and no third is
   * named the original of it.
   */
  public static @Nullable String carried(String a, String b, Collection<Tie> ties) {
    for (String end : List.of(a, b)) {
      String other = end.equals(a) ? b : a;
      int led = 0;
      boolean refuted = false;
      for (Tie t : ties) {
        if (t.end().equals(end) && t.endIsOriginal()) {
          led++;
        } else if (t.end().equals(other) == t.endIsOriginal()) { // the other end leads a third, or a third leads this end
          refuted = true;
        }
      }
      if (led >= MIN_THIRDS && !refuted) {
        return end;
      }
    }
    return null;
  }

  /** {@code unknown} with {@code original} named its original, the thirds it was named the original of in the detail. */
  public static DirectedPair carry(DirectedPair unknown, String original, Collection<Tie> ties) {
    if (unknown.direction().isKnown()) {
      throw new IllegalArgumentException("pair " + unknown.pair().a() + ", " + unknown.pair().b() + " has a direction already");
    }
    String copy = unknown.other(original);
    Set<String> thirds = new TreeSet<>();
    ties.stream().filter(t -> t.end().equals(original) && t.endIsOriginal()).forEach(t -> thirds.add(t.third()));
    String detail = SIGNAL + ": " + original + " is named the original of " + String.join(", ", thirds) + ", related to " + copy
        + " too; " + copy + " is named the original of none of them and none of them the original of " + original
        + " (the pair alone: " + unknown.direction().detail() + ")";
    List<DirectionClue> clues = new ArrayList<>(unknown.direction().clues());
    clues.add(new DirectionClue(SIGNAL, original, false, detail));
    Direction direction = new Direction(original, CONFIDENCE, List.of(SIGNAL), clues, detail);
    return new DirectedPair(unknown.pair().withSource(original), direction);
  }
}
