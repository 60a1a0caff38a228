package org.doppel.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story family as the HTML report shows it: its documents, its likely origin and the links of its
 * provenance tree. The report takes families in this form so that it does not depend on how they
 * were computed; a provenance stage maps its own family type into this one.
 *
 * @param id the family's name in the report ("f1")
 * @param origin the likely first publication, or null when unknown; must be a member
 * @param members the documents of the family, origin included
 * @param edges who copied whom; every end must be a member
 * @param originUnknown why the origin is unknown, in words the family view shows beside "origin unknown"
 *     ({@code Provenance.originUnknown}), or null
 */
public record ReportFamily(String id, @Nullable String origin, List<String> members, List<ReportEdge> edges, @Nullable String originUnknown) {
  /** A family without words on an unknown origin. */
  public ReportFamily(String id, @Nullable String origin, List<String> members, List<ReportEdge> edges) {
    this(id, origin, members, edges, null);
  }

  public ReportFamily {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    edges = List.copyOf(edges);
    if (origin != null && !members.contains(origin)) {
      throw new IllegalArgumentException("family " + id + ": origin '" + origin + "' is not one of its members " + members);
    }
    for (ReportEdge edge : edges) {
      if (!members.contains(edge.from()) || !members.contains(edge.to())) {
        throw new IllegalArgumentException("family " + id + ": edge " + edge.from() + " -> " + edge.to() + " leaves the family " + members);
      }
    }
  }
}
