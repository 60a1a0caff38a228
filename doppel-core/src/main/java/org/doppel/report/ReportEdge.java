package org.doppel.report;

import java.util.Objects;
import org.doppel.relate.Relation;

/**
 * One link of a story family's provenance tree as the HTML report draws it.
 *
 * @param from the document copied from (the parent), when {@code directed}; otherwise one end
 * @param to the document that copied (the child), when {@code directed}; otherwise the other end
 * @param relation how the two relate; the colour of the line
 * @param directed whether the direction is known; an undirected link is drawn dashed, without an arrow
 */
public record ReportEdge(String from, String to, Relation relation, boolean directed) {
  public ReportEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(relation, "relation");
    if (from.equals(to)) {
      throw new IllegalArgumentException("an edge needs two different documents, got '" + from + "' twice");
    }
  }
}
