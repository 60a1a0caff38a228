package org.doppel.report;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.TerminalText;

/**
 * What a document declares about itself, as the terminal reports print it on one line: its title in quotes (on one
 * line, cut in the middle past {@value #MAX_TITLE} chars), its site, and its date with the time of day to the minute,
 * in ISO 8601 with its zone where the zone is known, else as the input gives it, and after "crawled" where it is the
 * day a crawl fetched a page that gives no date ({@link ArticleMetadata#shownDate}: "\"Quay reopens\", Lorrin Post,
 * 2026-03-12 09:30", "\"Quay reopens\", crawled 2026-03-14"). The trace prints these after the document's
 * id; the pair report, which names documents of many sites, adds the URL ({@link TextReport#about}).
 */
final class DeclaredMetadata {
  /** Chars of a title printed before its middle is cut: a page's {@code <title>} may run on with its site's slogan. */
  static final int MAX_TITLE = 120;

  private DeclaredMetadata() {}

  /** The title, site and date {@code meta} gives, in that order; empty when it gives none. */
  static List<String> parts(ArticleMetadata meta) {
    List<String> parts = new ArrayList<>();
    if (meta.title() != null) {
      parts.add("\"" + Quote.shorten(meta.title(), MAX_TITLE) + "\"");
    }
    if (meta.site() != null) {
      parts.add(TerminalText.oneLine(meta.site()));
    }
    if (meta.date() != null) {
      parts.add(meta.shownDate()); // a crawl's day said to be one: a page that gives no date is not dated by it
    }
    return parts;
  }
}
