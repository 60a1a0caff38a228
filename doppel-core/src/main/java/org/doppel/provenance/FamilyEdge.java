package org.doppel.provenance;

import java.io.Serializable;
import org.doppel.relate.Relation;

/**
 * One link of a provenance tree: {@code to} took text from {@code from}, or, when the direction is unknown,
 * the link that joins two branches of the family.
 *
 * @param from the source (when {@code directionKnown}); otherwise the pair's first document
 * @param to the copy (when {@code directionKnown}); otherwise the pair's second document
 * @param relation how much and how it took
 * @param directionKnown whether the pair's evidence gave the direction; if not, the edge only says that the
 *     two branches share text
 */
public record FamilyEdge(String from, String to, Relation relation, boolean directionKnown) implements Serializable {}
