package org.doppel.ingest;

/**
 * A document as its source gave it: an id, the original text and what the source said about it.
 *
 * @param id stable identifier: a file's path relative to the scanned folder without its extension,
 *     or a JSON Lines record's {@code id}
 * @param text the original text, as read; every offset Doppel reports points into it
 * @param origin where it came from, for messages: a file path, with a line number for JSON Lines
 * @param metadata what the source says about the document (title, author, date, site,
 *     attributions …), never null
 */
public record SourceText(String id, String text, String origin, ArticleMetadata metadata) implements java.io.Serializable {
  public SourceText {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a document needs a non-empty id");
    }
    if (text == null) {
      throw new IllegalArgumentException("document " + id + " has no text");
    }
    if (origin == null) {
      origin = id;
    }
    if (metadata == null) {
      metadata = ArticleMetadata.EMPTY;
    }
  }

  /** A document with only an id and text, for callers that embed Doppel. */
  public static SourceText of(String id, String text) {
    return new SourceText(id, text, id, ArticleMetadata.EMPTY);
  }
}
