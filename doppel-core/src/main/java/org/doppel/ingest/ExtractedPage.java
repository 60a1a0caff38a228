package org.doppel.ingest;

import org.doppel.ingest.html.ExtractedArticle;
import org.jspecify.annotations.Nullable;

/**
 * A web page and the article Doppel read from it.
 *
 * @param id the document id
 * @param location the file, or the WARC file with the record's offset
 * @param url the page's address as the crawl or the page gave it, or null
 * @param article body, paragraphs and metadata
 */
public record ExtractedPage(String id, String location, @Nullable String url, ExtractedArticle article) {
  /** The document a scan reads: title, blank line, paragraphs; with the article's metadata. */
  public SourceText toSourceText() {
    return new SourceText(id, article.documentText(), location, article.metadata());
  }
}
