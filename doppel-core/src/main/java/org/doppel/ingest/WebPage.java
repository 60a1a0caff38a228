package org.doppel.ingest;

import java.nio.charset.Charset;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The raw bytes of one web page as a file or a crawl gave them, before any extraction.
 *
 * @param id the document id Doppel will use
 * @param location where it came from, for messages: a file, or a WARC file with the record's offset
 * @param url the page's address, when known (a WARC record's target URI), else null
 * @param fetched when a crawler fetched it (a WARC record's date), else null
 * @param html the page's bytes, at most the reader's page limit
 * @param charset the charset to decode {@code html} in when it is known before parsing ({@link PageEncoding}: the
 *     server's, or Windows-1252 for a page that declares none and is not UTF-8), else null: the page's byte-order mark
 *     or meta tag, else UTF-8
 */
public record WebPage(String id, String location, @Nullable String url, @Nullable Instant fetched, byte[] html,
    @Nullable Charset charset) {}
