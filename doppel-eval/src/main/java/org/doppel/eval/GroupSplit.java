package org.doppel.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Splits a development set once, at random and by group, into a part to fit on and a part that is
 * only scored: every document of a group (an original and all its rewrites) lands in the same part,
 * so that no rewrite of a validation original is ever looked at while fitting. The groups are sorted
 * by name, shuffled with {@code new Random(seed)} and the first {@code fitShare} of them go to
 * {@link Part#FIT}; the same groups file and seed always give the same split.
 */
public final class GroupSplit {
  /** The seed the documented figures use. */
  public static final long SEED = 12;
  /** Half the groups to fit on, half to validate on. */
  public static final double FIT_SHARE = 0.5;

  /** The part of a development set a document belongs to. */
  public enum Part {
    FIT, VALIDATION, ALL;

    boolean holds(Part part) {
      return this == ALL || this == part;
    }
  }

  private final Map<String, Part> partOfGroup;

  private GroupSplit(Map<String, Part> partOfGroup) {
    this.partOfGroup = partOfGroup;
  }

  /**
   * @param groupOf each document's group
   * @param seed the shuffle's seed
   * @param fitShare share of the groups in the fit part, in (0, 1)
   */
  public static GroupSplit of(Map<String, String> groupOf, long seed, double fitShare) {
    if (!(fitShare > 0 && fitShare < 1)) {
      throw new IllegalArgumentException("fitShare must be in (0, 1), got " + fitShare);
    }
    List<String> groups = new ArrayList<>(new TreeSet<>(groupOf.values()));
    Collections.shuffle(groups, new Random(seed));
    int fit = (int) Math.round(groups.size() * fitShare);
    Map<String, Part> parts = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      parts.put(groups.get(i), i < fit ? Part.FIT : Part.VALIDATION);
    }
    return new GroupSplit(parts);
  }

  /** The part of a group; a group the split never saw is in neither part. */
  public Part partOfGroup(String group) {
    return partOfGroup.get(group);
  }
}
