package org.doppel.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * The provenance of a corpus: every related pair with its direction, the story families, and the attribution
 * statements the documents make. Immutable (the families may be made on first use, once).
 */
public final class Provenance {
  /** The story families and the attribution notes, made together: a family's origin depends on the notes. */
  public record Families(List<StoryFamily> families, List<AttributionNote> attributions) {
    public Families {
      families = List.copyOf(families);
      attributions = List.copyOf(attributions);
    }
  }

  private final List<DirectedPair> pairs;
  /** Made on first use when {@link #pending} is set, then kept. */
  private @Nullable Families families;
  private @Nullable Supplier<Families> pending;
  private final Map<UnorderedIds, DirectedPair> byKey = new HashMap<>();
  /** Made on first use: a scan writing JSON Lines never asks, and 100,000 documents took a tenth of a second. */
  private volatile @Nullable Map<String, StoryFamily> familyOf;

  public Provenance(List<DirectedPair> pairs, List<StoryFamily> families, List<AttributionNote> attributions) {
    this(pairs, new Families(families, attributions), null);
  }

  /**
   * A provenance whose families and attribution notes are made by {@code families} when first asked for: a scan
   * writing JSON Lines without {@code --families} never asks (the pairs' directions are all its report reads),
   * and building them was the last step of such a scan, with more of it on one thread than any step before.
   */
  public static Provenance withFamiliesOnUse(List<DirectedPair> pairs, Supplier<Families> families) {
    return new Provenance(pairs, null, families);
  }

  private Provenance(List<DirectedPair> pairs, @Nullable Families families, @Nullable Supplier<Families> pending) {
    this.pairs = List.copyOf(pairs);
    this.families = families;
    this.pending = pending;
    for (DirectedPair p : this.pairs) {
      byKey.put(new UnorderedIds(p.pair().a(), p.pair().b()), p);
    }
  }

  /** The pairs with their direction, in the order given; each pair's {@code source} is set. */
  public List<DirectedPair> pairs() {
    return pairs;
  }

  /** The related pairs with their {@code source} set, in the order given. */
  public List<RelatedPair> relatedPairs() {
    return pairs.stream().map(DirectedPair::pair).toList();
  }

  /** Every family, families of one document included, largest first. */
  public List<StoryFamily> families() {
    return made().families();
  }

  public List<AttributionNote> attributions() {
    return made().attributions();
  }

  private synchronized Families made() {
    Families known = families;
    if (known == null) {
      known = Objects.requireNonNull(pending, "families or their maker").get();
      families = known;
      pending = null; // what it held (the corpus's ids, the pairs) is no longer needed here
    }
    return known;
  }

  /** The direction of the pair of {@code a} and {@code b} (either order), or null when they are not related. */
  public @Nullable Direction direction(String a, String b) {
    DirectedPair p = byKey.get(new UnorderedIds(a, b));
    return p == null ? null : p.direction();
  }

  /** The family of a document; null for an id the provenance does not know. */
  public @Nullable StoryFamily familyOf(String id) {
    Map<String, StoryFamily> known = familyOf;
    if (known == null) {
      Map<String, StoryFamily> made = new HashMap<>();
      for (StoryFamily family : families()) {
        for (FamilyMember member : family.members()) {
          made.put(member.id(), family);
        }
      }
      familyOf = known = made; // made whole before it is published; two threads may each make it, alike
    }
    return known.get(id);
  }

  /**
   * Why {@code family} has no origin, in words for a reader, or null when it has one (or is one document): a story
   * reposted by many sites, each copy dated the same day and none crediting another, has no first publication in the
   * corpus to name, and "origin unknown" alone read like a failure. Names the roots (up to three), what the links
   * between them lack (the first such link's detail: "no date evidence: both dated 2026-11-03, the same day"), and that
   * the story's first publication may be outside the corpus; or the root that credits a source outside it.
   */
  public @Nullable String originUnknown(StoryFamily family) {
    if (family.origin() != null || family.size() < 2) {
      return null;
    }
    // a member joined by a story link has no parent either, but it is no root of the copy tree
    List<String> roots = family.members().stream().filter(m -> m.parent() == null && !m.change().equals(StoryLinks.CHANGE))
        .map(FamilyMember::id).toList();
    List<String> creditOutside = family.members().stream().filter(m -> m.parent() == null && m.change().equals(FamilyTree.CREDITS_OUTSIDE))
        .map(FamilyMember::id).toList();
    String credits = String.join(", ", creditOutside) + (creditOutside.size() == 1 ? " credits" : " credit") + " a source outside the corpus";
    if (roots.size() == 1) {
      return credits + ", so the story's first publication is not in it";
    }
    String detail = null;
    for (FamilyEdge edge : family.edges()) {
      Direction direction = edge.directionKnown() ? null : direction(edge.from(), edge.to());
      if (direction != null && roots.contains(edge.from()) && roots.contains(edge.to())) {
        detail = direction.detail();
        break;
      }
    }
    String named = String.join(", ", roots.subList(0, Math.min(3, roots.size()))) + (roots.size() > 3 ? " …" : "");
    return roots.size() + " of its members (" + named + ") have no known source and are linked without a direction"
        + (detail == null ? "" : " (" + detail + ")") + ": nothing tells which of them came first, and the story's first "
        + "publication may be outside the corpus, as an agency's story reposted by many sites is"
        + (creditOutside.isEmpty() ? "" : " (" + credits + ")");
  }

  /** Everything the provenance says about one document. */
  public DocumentTrace trace(SourceText document) {
    String id = document.id();
    StoryFamily family = familyOf(id);
    if (family == null) {
      throw new IllegalArgumentException("document '" + id + "' is not part of this provenance");
    }
    List<DirectedPair> takenFrom = new ArrayList<>();
    List<DirectedPair> undirected = new ArrayList<>();
    Map<String, DirectedPair> withCopy = new HashMap<>();
    for (DirectedPair p : pairs) {
      if (!p.involves(id)) {
        continue;
      }
      if (!p.direction().isKnown()) {
        undirected.add(p);
      } else if (id.equals(p.direction().source())) {
        withCopy.put(p.copy(), p);
      } else {
        takenFrom.add(p);
      }
    }
    takenFrom.sort(Comparator.comparingDouble((DirectedPair p) -> p.direction().confidence()).reversed()
        .thenComparing(Comparator.comparingDouble((DirectedPair p) -> p.pair().score()).reversed()));
    undirected.sort(Comparator.comparingDouble((DirectedPair p) -> p.pair().score()).reversed());
    List<RankedCopy> copiedBy = copiedBy(id, family, withCopy);
    List<AttributionNote> notes = attributions().stream().filter(n -> n.document().equals(id)).toList();
    return new DocumentTrace(document, family, family.origin(), takenFrom, copiedBy, undirected, notes, originUnknown(family));
  }

  /** Direct copies (by directed pair) and the traced document's descendants in its family tree. */
  private static List<RankedCopy> copiedBy(String id, StoryFamily family, Map<String, DirectedPair> withCopy) {
    Map<String, Integer> generation = new HashMap<>();
    for (String copy : withCopy.keySet()) {
      generation.put(copy, 1);
    }
    Map<String, List<String>> children = new HashMap<>();
    for (FamilyEdge edge : family.edges()) {
      if (!edge.directionKnown()) {
        continue;
      }
      children.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
    }
    Deque<String> queue = new ArrayDeque<>();
    Map<String, Integer> depth = new HashMap<>();
    queue.add(id);
    depth.put(id, 0);
    Set<String> seen = new HashSet<>(Set.of(id));
    while (!queue.isEmpty()) {
      String here = queue.poll();
      for (String child : children.getOrDefault(here, List.of())) {
        if (seen.add(child)) {
          depth.put(child, Objects.requireNonNull(depth.get(here)) + 1);
          generation.merge(child, depth.get(child), Math::min);
          queue.add(child);
        }
      }
    }
    List<RankedCopy> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : generation.entrySet()) {
      out.add(new RankedCopy(e.getKey(), e.getValue(), withCopy.get(e.getKey())));
    }
    out.sort(Comparator.comparingInt(RankedCopy::generation)
        .thenComparing(Comparator.comparingDouble((RankedCopy c) -> c.pair() == null ? 0 : c.pair().pair().score()).reversed())
        .thenComparing(RankedCopy::copy));
    return out;
  }
}
