package org.doppel.ingest;

import java.util.function.Consumer;

/**
 * Hands each page's article on ({@link PageArticles#extract}), reporting a page the extractor fails on rather than
 * stopping the run; for documents, a page without text is reported instead of made an empty document.
 */
final class ArticleExtraction {
  private final Consumer<IngestProblem> problems;

  ArticleExtraction(Consumer<IngestProblem> problems) {
    this.problems = problems;
  }

  /** Hands {@code page}'s article to {@code sink}, or reports why it has none. */
  void extractInto(WebPage page, Consumer<ExtractedPage> sink) {
    try {
      sink.accept(PageArticles.extract(page));
    } catch (RuntimeException e) {
      // jsoup never rejects markup; anything thrown here is a bug, but one page must not stop a scan
      problems.accept(new IngestProblem(page.location(), "cannot extract the page: " + e, true));
    }
  }

  /** Takes a page's article as a document, or reports a page without text. */
  Consumer<WebPage> documentsInto(Consumer<SourceText> sink) {
    return page -> extractInto(page, extracted -> {
      if (extracted.article().documentText().isBlank()) {
        problems.accept(new IngestProblem(extracted.location(), "HTML page has no text", true));
      } else {
        sink.accept(extracted.toSourceText());
      }
    });
  }
}
