package org.doppel.provenance;

import org.doppel.relate.Relation;

/**
 * One link of a provenance tree: {@code to} took text from {@code from}.
 *
 * @param from the earlier document (when {@code directionKnown}); otherwise the end nearer the family's root
 * @param to the later document
 * @param relation how much and how it took
 * @param directionKnown whether the pair's evidence gave the direction; if not, the edge only says that the
 *     two documents are linked in the tree
 */
public record FamilyEdge(String from, String to, Relation relation, boolean directionKnown) {}
