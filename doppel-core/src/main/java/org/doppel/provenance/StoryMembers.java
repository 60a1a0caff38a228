package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of the families of two or more, their specific words indexed: what {@link StoryLinks#link} compares a
 * lone document with. Serializable, so that a distributed job can send it to where the lone documents are.
 *
 * @param ids the members' ids
 * @param idRank each member's place in the order of {@code ids}
 * @param familyOf each member's family, a number
 * @param familyKeys each family number's {@link StoryFamily#smallestMemberId}
 * @param postings the members' specific words
 */
public record StoryMembers(List<String> ids, int[] idRank, int[] familyOf, List<String> familyKeys, MemberPostings postings)
    implements Serializable {
  /**
   * The index of the members {@code ids}.
   *
   * @param ids the members' ids, in any order: the links do not depend on it
   * @param familyKeys for each member, its family's {@link StoryFamily#smallestMemberId}
   * @param vectors each member's {@link StoryLinks#vector}
   */
  public static StoryMembers of(List<String> ids, List<String> familyKeys, List<SpecificWords> vectors) {
    if (ids.size() != familyKeys.size() || ids.size() != vectors.size()) {
      throw new IllegalArgumentException("need a family and a vector per member, got " + ids.size() + " ids, " + familyKeys.size()
          + " families and " + vectors.size() + " vectors");
    }
    Map<String, Integer> numbers = new HashMap<>();
    List<String> keys = new ArrayList<>();
    int[] familyOf = new int[ids.size()];
    for (int m = 0; m < familyOf.length; m++) {
      familyOf[m] = numbers.computeIfAbsent(familyKeys.get(m), key -> {
        keys.add(key);
        return keys.size() - 1;
      });
    }
    return new StoryMembers(List.copyOf(ids), idRanks(ids), familyOf, List.copyOf(keys), MemberPostings.of(vectors));
  }

  /** Each member's place in the order of the ids: tied cosines are told apart by id, and ints compare faster than strings. */
  private static int[] idRanks(List<String> ids) {
    Integer[] byId = new Integer[ids.size()];
    Arrays.setAll(byId, m -> m);
    Arrays.sort(byId, Comparator.comparing(ids::get));
    int[] rank = new int[ids.size()];
    for (int r = 0; r < byId.length; r++) {
      rank[byId[r]] = r;
    }
    return rank;
  }

  int families() {
    return familyKeys.size();
  }

  /** The {@link StoryFamily#smallestMemberId} of each member's family, by member id. */
  Map<String, String> familyKeyByMember() {
    Map<String, String> keys = new HashMap<>();
    for (int m = 0; m < ids.size(); m++) {
      keys.put(ids.get(m), familyKeys.get(familyOf[m]));
    }
    return keys;
  }
}
