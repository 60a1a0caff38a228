/**
 * What a document says about itself: title, author, publication date and time, site, URL,
 * language, images with captions and credits, and attribution statements, each with where it was
 * found.
 *
 * <p>Enters: a plain text ({@link org.doppel.ingest.meta.TextMetadata}) or a parsed web page
 * ({@link org.doppel.ingest.meta.HtmlMetadata}). Leaves: {@link org.doppel.ingest.ArticleMetadata}.
 * The single-line readers ({@link org.doppel.ingest.meta.DateLines}, {@link org.doppel.ingest.meta.Bylines},
 * {@link org.doppel.ingest.meta.SiteLines}, {@link org.doppel.ingest.meta.AttributionLines},
 * {@link org.doppel.ingest.meta.CreditLines}) and {@link org.doppel.ingest.meta.DateText} are public
 * so that the document stage recognises the same lines it sets aside from matching. Everything here
 * is stateless and thread-safe.
 */
@NullMarked
package org.doppel.ingest.meta;

import org.jspecify.annotations.NullMarked;
