package org.doppel.report;

import java.util.List;

/**
 * One set of documents that are copies of each other (exact copies and near-duplicates): {@code keep} is the one to
 * keep, {@code drop} the others, in id order.
 */
public record DuplicateSet(String keep, List<String> drop) {
  public DuplicateSet {
    drop = List.copyOf(drop);
  }
}
