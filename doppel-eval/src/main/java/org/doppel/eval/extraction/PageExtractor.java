package org.doppel.eval.extraction;

import org.doppel.ingest.html.ExtractedArticle;

/** The extraction under test: page bytes and the page's URL in, article out. */
@FunctionalInterface
public interface PageExtractor {
  ExtractedArticle extract(byte[] html, String url);
}
