package org.doppel.document;

/** A line set aside from the article body, with what kind of line it is. */
public record MetadataLine(LineKind kind, Span span) {
  public MetadataLine {
    if (kind == null || span == null) {
      throw new IllegalArgumentException("kind and span are required");
    }
  }
}
