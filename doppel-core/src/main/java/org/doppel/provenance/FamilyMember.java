package org.doppel.provenance;

import java.io.Serializable;
import org.doppel.relate.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A document's place in its story family.
 *
 * @param id the document
 * @param parent the document it took its text from in the provenance tree, or null for a root
 * @param relation its relation to the parent, or null for a root
 * @param parentKnown for a member with a parent, always true (parents come only from directed links); for a
 *     root, whether it is the family's origin (false: one of several roots, its source unknown)
 * @param tookShare share of the parent's words that appear in this document (0 for the root)
 * @param ownShare share of this document's words that come from the parent (0 for the root)
 * @param change how it changed what it took: "verbatim copy", "lightly edited", "reworded",
 *     "took 2 passages" …, or "root"
 */
public record FamilyMember(String id, @Nullable String parent, @Nullable Relation relation, boolean parentKnown, double tookShare,
    double ownShare, String change) implements Serializable {}
