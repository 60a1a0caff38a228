package org.doppel.ingest.html;

import java.util.List;
import org.doppel.ingest.ArticleMetadata;

/**
 * What Doppel reads from one web page: the article's paragraphs and what the page says about itself.
 *
 * @param body the paragraphs joined by blank lines, without the title
 * @param paragraphs the article body in reading order: headings, paragraphs, list items, quotes and
 *     captions, each as one line of normalised text
 * @param metadata title, author, date and the rest, with where each came from; never null
 */
public record ExtractedArticle(String body, List<String> paragraphs, ArticleMetadata metadata) {
  public ExtractedArticle {
    paragraphs = List.copyOf(paragraphs);
    if (body == null) {
      body = String.join("\n\n", paragraphs);
    }
    if (metadata == null) {
      metadata = ArticleMetadata.EMPTY;
    }
  }

  /** An article made of these paragraphs. */
  public static ExtractedArticle of(List<String> paragraphs, ArticleMetadata metadata) {
    return new ExtractedArticle(String.join("\n\n", paragraphs), paragraphs, metadata);
  }

  /** The text a scan reads: the title, a blank line, then the paragraphs separated by blank lines. */
  public String documentText() {
    String title = metadata.title();
    if (title == null || title.isBlank()) {
      return body;
    }
    return body.isEmpty() ? title : title + "\n\n" + body;
  }
}
