package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doppel.provenance.StoryLinks.StoryLink;

/**
 * The story links found, by the family they join (its {@link StoryFamily#smallestMemberId smallest member id}), and the
 * documents they take out of their families of one: how the scan and the distributed job both grow their families, so
 * that the two agree.
 */
public record StoryJoins(Map<String, List<StoryLink>> byFamily, Set<String> joined) implements Serializable {
  /** {@code found}'s links grouped by the family of their nearest member in {@code index}. */
  public static StoryJoins of(Collection<StoryLink> found, StoryMembers index) {
    Map<String, String> familyKeyOf = index.familyKeyByMember();
    Map<String, List<StoryLink>> byFamily = new HashMap<>();
    Set<String> joined = new HashSet<>();
    for (StoryLink link : found) {
      byFamily.computeIfAbsent(familyKeyOf.get(link.nearest()), k -> new ArrayList<>()).add(link);
      joined.add(link.id());
    }
    return new StoryJoins(byFamily, joined);
  }

  /** {@code family} after the joins: empty for a document alone that joined a story, grown for a story joined. */
  public Optional<StoryFamily> applied(StoryFamily family) {
    if (family.size() == 1) {
      return joined.contains(family.members().get(0).id()) ? Optional.empty() : Optional.of(family);
    }
    List<StoryLink> links = byFamily.get(family.smallestMemberId());
    return Optional.of(links == null ? family : grown(family, links));
  }

  /**
   * {@code family} with the documents of {@code links} (each a link to one of its members) appended after its members,
   * by id, and listed in its {@link StoryFamily#storyLinks()}; its id, origin and edges unchanged.
   */
  static StoryFamily grown(StoryFamily family, Collection<StoryLink> links) {
    List<StoryLink> sorted = links.stream().sorted(Comparator.comparing(StoryLink::id)).toList();
    List<FamilyMember> grown = new ArrayList<>(family.members());
    for (StoryLink link : sorted) {
      grown.add(new FamilyMember(link.id(), null, null, false, 0, 0, StoryLinks.CHANGE));
    }
    List<StoryLink> all = new ArrayList<>(family.storyLinks());
    all.addAll(sorted);
    return new StoryFamily(family.id(), family.origin(), grown, family.edges(), all);
  }
}
