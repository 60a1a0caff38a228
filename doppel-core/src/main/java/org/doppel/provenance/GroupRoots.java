package org.doppel.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** What the steps that name a group's root share ({@link GroupStyleRoot}, {@link GroupFactsRoot}): the pairs they may name and the loop. */
final class GroupRoots {
  private GroupRoots() {}

  /** The documents {@code settled} names the copy of another. */
  static Set<String> namedCopies(List<DirectedPair> settled) {
    Set<String> namedCopies = new HashSet<>();
    for (DirectedPair p : settled) {
      if (p.direction().isKnown()) {
        namedCopies.add(p.copy());
      }
    }
    return namedCopies;
  }

  /**
   * {@code settled} with each pair that both it and {@code judged} (the same pairs in the same order, as the judge left
   * them) leave unknown named by {@code name} after its end that {@code isRoot} accepts (its first end tried first; each
   * document asked once at most); the other pairs unchanged.
   */
  static List<DirectedPair> named(List<DirectedPair> judged, List<DirectedPair> settled, Predicate<String> isRoot,
      BiFunction<DirectedPair, String, DirectedPair> name) {
    if (judged.size() != settled.size()) {
      throw new IllegalArgumentException("judged and settled pairs differ in number: " + judged.size() + ", " + settled.size());
    }
    Map<String, Boolean> roots = new HashMap<>();
    Predicate<String> root = id -> roots.computeIfAbsent(id, isRoot::test);
    List<DirectedPair> out = new ArrayList<>(settled.size());
    for (int i = 0; i < settled.size(); i++) {
      DirectedPair p = settled.get(i);
      if (judged.get(i).direction().isKnown() || p.direction().isKnown()) {
        out.add(p);
      } else if (root.test(p.pair().a())) {
        out.add(name.apply(p, p.pair().a()));
      } else {
        out.add(root.test(p.pair().b()) ? name.apply(p, p.pair().b()) : p);
      }
    }
    return out;
  }

  /**
   * {@code unknown} with {@code original} named its original by the step {@code signal}, the detail saying what the
   * root does ({@code leads}: "writes asides in parentheses and none of the 3 documents related to it does"), that the
   * pair's other end is among them, and what the pair alone said.
   */
  static DirectedPair name(DirectedPair unknown, String original, String signal, double confidence, String leads) {
    String detail = signal + ": " + original + " " + leads + ", " + unknown.other(original) + " among them, and none is named"
        + " its original (the pair alone: " + unknown.direction().detail() + ")";
    return unknown.namedBy(signal, confidence, original, detail);
  }
}
