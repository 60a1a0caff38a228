package org.doppel.ingest.warc;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The plain text of one page as a crawl's {@code conversion} record gives it (Common Crawl's WET files: the text a
 * crawler extracted from each page, without the markup), or a Markdown post a record holds ({@code text/markdown}: a
 * response, a resource, or a conversion to Markdown), before it is decoded.
 *
 * @param id the document id: the file's id, "/", and the record's target URI (its record id when it names none)
 * @param location the file and the record's offset, for messages
 * @param url the record's target URI, or null
 * @param fetched the record's date
 * @param text the text's bytes, at most the reader's page limit
 * @param markdown whether the text is Markdown (front matter, markup), read as a post is rather than as plain text
 */
public record WarcText(String id, String location, @Nullable String url, @Nullable Instant fetched, byte[] text, boolean markdown) {}
