package org.doppel.document;

import java.util.List;
import org.doppel.ingest.SourceText;

/**
 * A document analysed for matching: its source, its text decoded (the source holds it as UTF-8, and the
 * stages after analysis read it many times), the lines set aside as metadata, and the words of its content
 * with their spans in the text.
 */
public record Document(SourceText source, String text, List<MetadataLine> metadata, TokenSequence words) {
  public Document {
    metadata = List.copyOf(metadata);
  }

  public String id() {
    return source.id();
  }
}
