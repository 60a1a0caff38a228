package org.doppel.document;

import java.util.List;
import org.doppel.ingest.SourceText;

/**
 * A document analysed for matching: its source, the lines set aside as metadata, and the words of
 * its content with their spans in the original text.
 */
public record Document(SourceText source, List<MetadataLine> metadata, TokenSequence words) {
  public Document {
    metadata = List.copyOf(metadata);
  }

  public String id() {
    return source.id();
  }

  public String text() {
    return source.text();
  }
}
