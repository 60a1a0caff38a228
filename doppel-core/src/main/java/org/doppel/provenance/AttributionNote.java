package org.doppel.provenance;

import org.jspecify.annotations.Nullable;

/**
 * An attribution statement a document makes, and whether it names a document it is related to.
 *
 * @param document the document that makes the statement
 * @param statement the statement as written ("Copied from Kiwi Report")
 * @param credited the credited name as the metadata stage read it, or null
 * @param resolvedTo the related document whose site it names, or null when no related document of the corpus
 *     is on that site (the source lies outside the corpus)
 */
public record AttributionNote(String document, String statement, @Nullable String credited, @Nullable String resolvedTo) {}
