package org.doppel.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.doppel.ingest.html.ArticleExtractor;
import org.doppel.ingest.html.ExtractedArticle;
import org.doppel.ingest.meta.HtmlMetadata;

/** Turns a web page into its article; a crawl date stands in for a publication date the page does not give. */
public final class PageArticles {
  private PageArticles() {}

  public static ExtractedPage extract(WebPage page) {
    LocalDate latest = page.fetched() == null ? HtmlMetadata.latestPublicationDay() : page.fetched().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
    ExtractedArticle article = ArticleExtractor.extract(page.html(), page.charset(), page.url(), latest);
    ArticleMetadata metadata = article.metadata();
    if (metadata.date() == null && page.fetched() != null) {
      metadata = metadata.withDateIfAbsent(page.fetched().atZone(ZoneOffset.UTC).toLocalDate(), "warc-date");
      article = new ExtractedArticle(article.body(), article.paragraphs(), metadata);
    }
    String url = page.url() != null ? page.url() : metadata.url();
    return new ExtractedPage(page.id(), page.location(), url, article);
  }
}
