package org.doppel.provenance;

import java.util.Comparator;
import org.doppel.relate.Relation;

/**
 * The order in which a family's links are taken, by {@link FamilyBuilder} to join families and by
 * {@link FamilyTree} to choose parents: the closest relation first (exact, near-duplicate, paraphrase, partial),
 * then the higher score, then the ids, so that the same pairs give the same families in any input order.
 */
final class LinkOrder {
  private LinkOrder() {}

  /** How close a relation is: higher is closer. */
  static int rank(Relation relation) {
    return switch (relation) {
      case EXACT -> 4;
      case NEAR_DUPLICATE -> 3;
      case PARAPHRASE -> 2;
      case PARTIAL -> 1;
      case SHARED_PHOTO, UNRELATED -> 0;
    };
  }

  /** The closer relation first, then the higher score: how near two documents are. */
  static final Comparator<DirectedPair> CLOSEST_FIRST = Comparator
      .comparingInt((DirectedPair p) -> rank(p.pair().relation())).reversed()
      .thenComparing(Comparator.comparingDouble((DirectedPair p) -> p.pair().score()).reversed());

  /** By the pair's ids: what breaks every other tie. */
  static final Comparator<DirectedPair> BY_IDS = Comparator.comparing((DirectedPair p) -> p.pair().a())
      .thenComparing(p -> p.pair().b());

  /** {@link #CLOSEST_FIRST}, ties by ids: the order links are taken in. */
  static final Comparator<DirectedPair> STRONGEST_FIRST = CLOSEST_FIRST.thenComparing(BY_IDS);
}
