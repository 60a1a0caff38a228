package org.doppel.provenance;

import java.util.List;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * One document's provenance: the answers {@code doppel trace} prints.
 *
 * @param document the traced document
 * @param family its story family
 * @param origin the family's likely origin, or null when unknown
 * @param takenFrom pairs in which the traced document is the copy, best-supported first
 * @param copiedBy every document that took text from it, directly first, then copies of copies; within a
 *     generation by score
 * @param undirected related pairs whose direction is unknown
 * @param attributions the attribution statements the document makes
 * @param originUnknown why the family has no origin, in words ({@link Provenance#originUnknown}), or null when it has
 *     one
 */
public record DocumentTrace(SourceText document, StoryFamily family, @Nullable String origin, List<DirectedPair> takenFrom,
    List<RankedCopy> copiedBy, List<DirectedPair> undirected, List<AttributionNote> attributions, @Nullable String originUnknown) {
  public DocumentTrace {
    takenFrom = List.copyOf(takenFrom);
    copiedBy = List.copyOf(copiedBy);
    undirected = List.copyOf(undirected);
    attributions = List.copyOf(attributions);
  }

  public String id() {
    return document.id();
  }
}
