package org.doppel.report;

import java.util.ArrayList;
import java.util.List;
import org.doppel.provenance.Direction;
import org.doppel.provenance.DirectionClue;
import org.doppel.provenance.FamilyEdge;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.StoryFamily;
import org.doppel.relate.RelatedPair;

/** Turns a {@link Provenance} into what {@link HtmlReport} draws: pair directions and story families. */
public final class ProvenanceForReport {
  private ProvenanceForReport() {}

  /**
   * The direction of {@code pair}: its source and confidence, with one sentence per clue the answer rests on,
   * or, when unknown, the reason; unknown with no reason for a pair the provenance does not know.
   */
  public static PairDirection direction(Provenance provenance, RelatedPair pair) {
    Direction direction = provenance.direction(pair.a(), pair.b());
    if (direction == null) {
      return PairDirection.unknown(List.of());
    }
    if (!direction.isKnown()) {
      return PairDirection.unknown(List.of(direction.detail()));
    }
    List<String> reasons = new ArrayList<>();
    for (DirectionClue clue : direction.clues()) {
      if (clue.original().equals(direction.source()) && direction.evidence().contains(clue.signal())) {
        reasons.add(clue.signal() + ": " + clue.detail());
      }
    }
    return new PairDirection(direction.source(), direction.confidence(), reasons);
  }

  /** The families of two or more documents, with their tree edges (undirected where the direction is unknown). */
  public static List<ReportFamily> families(Provenance provenance) {
    List<ReportFamily> out = new ArrayList<>();
    for (StoryFamily family : provenance.families()) {
      if (family.size() < 2) {
        continue;
      }
      List<ReportEdge> edges = new ArrayList<>();
      for (FamilyEdge edge : family.edges()) {
        edges.add(new ReportEdge(edge.from(), edge.to(), edge.relation(), edge.directionKnown()));
      }
      out.add(new ReportFamily(family.id(), family.origin(), family.memberIds(), edges, provenance.originUnknown(family)));
    }
    return out;
  }
}
