package org.doppel.provenance;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Documents that tell one story through reuse, with the tree of who took from whom.
 *
 * @param id "family-1", "family-2" …, numbered by size (largest first), then by smallest member id
 * @param origin the likely first publication: the one member every other member descends from by directed
 *     links; null when that cannot be told, or when that member credits a source outside the corpus
 * @param members every member: each root (the origin, or, when it is unknown, the roots of the branches whose
 *     source is unknown, largest branch first) followed by its descendants in tree order
 * @param edges the directed tree edges (parent to copy), then the undirected links that join branches
 * @param storyLinks the members that no copy relation brought in but a {@linkplain StoryLinks story link} (listed
 *     last among the members, without a parent), by id; empty in most families
 */
public record StoryFamily(String id, @Nullable String origin, List<FamilyMember> members, List<FamilyEdge> edges,
    List<StoryLinks.StoryLink> storyLinks) implements Serializable {
  public StoryFamily {
    members = List.copyOf(members);
    edges = List.copyOf(edges);
    storyLinks = List.copyOf(storyLinks);
  }

  /** A family whose members all came in by copy relations. */
  public StoryFamily(String id, @Nullable String origin, List<FamilyMember> members, List<FamilyEdge> edges) {
    this(id, origin, members, edges, List.of());
  }

  /** This family under another id. */
  public StoryFamily withId(String newId) {
    return new StoryFamily(newId, origin, members, edges, storyLinks);
  }

  public List<String> memberIds() {
    return members.stream().map(FamilyMember::id).toList();
  }

  /** The first member id in id order: by it families of one size are numbered, and story links name a family. */
  public String smallestMemberId() {
    return members.stream().map(FamilyMember::id).min(Comparator.naturalOrder()).orElseThrow();
  }

  public FamilyMember member(String docId) {
    return members.stream().filter(m -> m.id().equals(docId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(docId + " is not a member of " + id));
  }

  public int size() {
    return members.size();
  }
}
