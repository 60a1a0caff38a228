/**
 * Judging article extraction (a page's body, date, title and author) against two public benchmarks, as {@code doppel
 * eval-extract} runs it.
 *
 * <p>In: a benchmark's folder and a {@link org.doppel.eval.extraction.PageExtractor} (page bytes and URL in, article
 * out). {@link org.doppel.eval.extraction.BodyEvaluation} reads scrapinghub's article-extraction benchmark and scores
 * the body by word and 4-word-shingle overlap ({@link org.doppel.eval.extraction.WordOverlap}), averaged over pages
 * ({@link org.doppel.eval.extraction.MeanScores}); {@link org.doppel.eval.extraction.SnippetEvaluation} reads
 * trafilatura's evaluation pages and counts the snippets found and kept out ({@link
 * org.doppel.eval.extraction.SnippetCounts}), and the metadata fields matched ({@link
 * org.doppel.eval.FieldAccuracy}, the one record the text-metadata evaluation reports too), on all its pages or one part of the fixed split ({@link
 * org.doppel.eval.extraction.DevSplit}). Out: their results, which {@link org.doppel.eval.extraction.ExtractionTable}
 * prints as tables or JSON. A page that cannot be read is reported to the caller's callback and scored as an empty
 * extraction.
 */
package org.doppel.eval.extraction;
