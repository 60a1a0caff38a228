package org.doppel.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.doppel.ingest.Counted;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * The provenance tree of one family. Directed links give parents; where they leave several roots (a copy
 * whose source cannot be told), the undirected links that join the roots' subtrees are kept as edges without
 * a direction and the origin is unknown, rather than turning a guess into a parent. Each member's edge from its
 * parent says what it took ({@link FamilyMember}: the shares of the source and of its own text).
 */
final class FamilyTree {
  private FamilyTree() {}

  /** A family's tree, under an id that {@link FamilyBuilder#build} replaces once every component's families are numbered together. */
  static StoryFamily of(List<String> members, List<DirectedPair> links, ToIntFunction<String> wordCount,
      Predicate<String> creditsOutside) {
    if (members.size() == 1) {
      String only = members.get(0);
      boolean copied = creditsOutside.test(only);
      return new StoryFamily(UNNUMBERED, copied ? null : only,
          List.of(new FamilyMember(only, null, null, !copied, 0, 0, copied ? CREDITS_OUTSIDE : "root")), List.of());
    }
    Map<String, Integer> index = new HashMap<>();
    for (String m : members) {
      index.put(m, index.size());
    }
    UnionFind connected = new UnionFind(members.size());
    Map<String, DirectedPair> parentLink = parentLinks(members, links, index, connected);
    List<DirectedPair> joining = new ArrayList<>();
    for (DirectedPair p : links) { // links are strongest first
      int a = FamilyBuilder.numberOf(index, p.pair().a());
      int b = FamilyBuilder.numberOf(index, p.pair().b());
      if (!connected.same(a, b)) {
        joining.add(p);
        connected.union(a, b);
      }
    }
    Map<String, List<String>> children = new HashMap<>();
    for (Map.Entry<String, DirectedPair> e : parentLink.entrySet()) {
      children.computeIfAbsent(e.getValue().direction().source(), k -> new ArrayList<>()).add(e.getKey());
    }
    children.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    // Roots: members no directed link makes a copy. The one with the largest subtree comes first.
    Map<String, Integer> subtree = new HashMap<>();
    List<String> roots = members.stream().filter(m -> !parentLink.containsKey(m))
        .sorted(Comparator.comparingInt((String r) -> subtreeSize(r, children, subtree)).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
    String origin = roots.size() == 1 && !creditsOutside.test(roots.get(0)) ? roots.get(0) : null;
    List<FamilyMember> ordered = new ArrayList<>();
    List<FamilyEdge> edges = new ArrayList<>();
    for (String root : roots) {
      ordered.add(new FamilyMember(root, null, null, origin != null, 0, 0, origin != null ? "root"
          : creditsOutside.test(root) ? CREDITS_OUTSIDE : "root of a branch whose source is unknown"));
      addDescendants(root, children, parentLink, wordCount, ordered, edges);
    }
    for (DirectedPair p : joining) {
      edges.add(new FamilyEdge(p.pair().a(), p.pair().b(), p.pair().relation(), false));
    }
    return new StoryFamily(UNNUMBERED, origin, ordered, edges);
  }

  /**
   * Each member's link to its parent, the strongest first, skipping any that would close a cycle (weak
   * clues could point round one; the closer links win). Joins the members it links in {@code connected}.
   */
  private static Map<String, DirectedPair> parentLinks(List<String> members, List<DirectedPair> links, Map<String, Integer> index,
                                                       UnionFind connected) {
    Map<String, Long> copiesOf = new HashMap<>();
    links.stream().filter(p -> p.direction().isKnown()).forEach(p -> copiesOf.merge(p.direction().source(), 1L, Long::sum));
    Map<String, List<DirectedPair>> linksOf = new HashMap<>();
    for (DirectedPair p : links) {
      linksOf.computeIfAbsent(p.pair().a(), k -> new ArrayList<>()).add(p);
      linksOf.computeIfAbsent(p.pair().b(), k -> new ArrayList<>()).add(p);
    }
    List<DirectedPair> chosen = new ArrayList<>();
    for (String m : members) {
      DirectedPair parent = parentLink(m, linksOf.getOrDefault(m, List.of()), copiesOf);
      if (parent != null) {
        chosen.add(parent);
      }
    }
    chosen.sort(LinkOrder.STRONGEST_FIRST);
    Map<String, DirectedPair> parentLink = new HashMap<>();
    for (DirectedPair p : chosen) {
      int a = FamilyBuilder.numberOf(index, p.pair().a());
      int b = FamilyBuilder.numberOf(index, p.pair().b());
      if (!connected.same(a, b)) {
        parentLink.put(p.copy(), p);
        connected.union(a, b);
      }
    }
    return parentLink;
  }

  /** Adds the members below {@code root}, depth first in name order, each with the edge from its parent. */
  private static void addDescendants(String root, Map<String, List<String>> children, Map<String, DirectedPair> parentLink,
                                     ToIntFunction<String> wordCount, List<FamilyMember> ordered, List<FamilyEdge> edges) {
    Deque<String> stack = new ArrayDeque<>(List.of(root));
    while (!stack.isEmpty()) {
      String here = stack.pop();
      List<String> kids = children.getOrDefault(here, List.of());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k));
      }
      if (!here.equals(root)) {
        DirectedPair link = Objects.requireNonNull(parentLink.get(here), here); // every member but the root has its parent link
        String parent = Objects.requireNonNull(link.direction().source(), "a parent link has a known direction");
        edges.add(new FamilyEdge(parent, here, link.pair().relation(), true));
        ordered.add(member(here, parent, link, wordCount));
      }
    }
  }

  /**
   * The link to {@code member}'s parent among {@code links} (the member's own), or null. An attribution names the direct source, so a directed link
   * with attribution evidence wins. Otherwise the parent is the closest relative (relation, then score) that is
   * not one of its own copies, if the direction of that link is known: in a chain O → C1 → C2, C2 keeps C1's
   * edits and is closer to C1 than to O, while two copies of O are each closer to O than to each other. When
   * the closest relative's direction is unknown the member gets no parent rather than a farther one. Among
   * equally close relatives (an original and its exact copies) the one more documents took from wins.
   */
  private static @Nullable DirectedPair parentLink(String member, List<DirectedPair> links, Map<String, Long> copiesOf) {
    List<DirectedPair> own = links.stream().filter(p -> !member.equals(p.direction().source())).toList();
    Comparator<DirectedPair> likelier = Comparator
        .comparingLong((DirectedPair p) -> copiesOf.getOrDefault(p.direction().source(), 0L)).reversed()
        .thenComparing(Comparator.comparingDouble((DirectedPair p) -> p.direction().confidence()).reversed())
        .thenComparing(LinkOrder.BY_IDS);
    DirectedPair attributed = own.stream().filter(p -> p.direction().evidence().contains("attribution"))
        .min(LinkOrder.CLOSEST_FIRST.thenComparing(likelier)).orElse(null);
    if (attributed != null) {
      return attributed;
    }
    DirectedPair closest = own.stream().min(LinkOrder.CLOSEST_FIRST).orElse(null);
    if (closest == null) {
      return null;
    }
    return own.stream()
        .filter(p -> p.direction().isKnown() && LinkOrder.rank(p.pair().relation()) == LinkOrder.rank(closest.pair().relation())
            && closest.pair().score() - p.pair().score() <= TIE)
        .min(likelier).orElse(null);
  }

  static final String CREDITS_OUTSIDE = "root; credits a source outside the corpus";
  /** The id of a family not numbered yet: {@link FamilyBuilder#build} numbers all of them in one order at the end. */
  private static final String UNNUMBERED = "";

  /** Scores closer than this are equally close: an original and its exact copy align alike with a third text. */
  private static final double TIE = 0.005;

  private static int subtreeSize(String root, Map<String, List<String>> children, Map<String, Integer> memo) {
    Integer known = memo.get(root);
    if (known != null) {
      return known;
    }
    int size = 1;
    for (String child : children.getOrDefault(root, List.of())) {
      size += subtreeSize(child, children, memo);
    }
    memo.put(root, size);
    return size;
  }

  private static FamilyMember member(String id, String parent, DirectedPair link, ToIntFunction<String> wordCount) {
    RelatedPair pair = link.pair();
    boolean idIsA = pair.a().equals(id);
    int own = 0;
    int theirs = 0;
    for (Passage passage : pair.passages()) {
      own += idIsA ? passage.wordsA() : passage.wordsB();
      theirs += idIsA ? passage.wordsB() : passage.wordsA();
    }
    double took = share(theirs, wordCount.applyAsInt(parent));
    double ownShare = share(own, wordCount.applyAsInt(id));
    String change = switch (pair.relation()) {
      case EXACT -> "verbatim copy";
      case NEAR_DUPLICATE -> String.format(Locale.ROOT, "lightly edited copy (%.0f%% of the source, score %.2f)", 100 * took, pair.score());
      case PARAPHRASE -> String.format(Locale.ROOT, "reworded (%.0f%% of the source)", 100 * took);
      case PARTIAL -> String.format(Locale.ROOT, "took %s, %.0f%% of the source, %.0f%% of its own text",
          Counted.of(pair.passages().size(), "passage"), 100 * took, 100 * ownShare);
      case SHARED_PHOTO -> "shares a photo";
      case UNRELATED -> "unrelated";
    };
    return new FamilyMember(id, parent, pair.relation(), true, round(took), round(ownShare), change);
  }

  private static double share(int part, int whole) {
    return whole <= 0 ? 0 : Math.min(1, (double) part / whole);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
