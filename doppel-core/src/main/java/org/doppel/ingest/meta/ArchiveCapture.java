package org.doppel.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a web archive captured a page, as the Wayback Machine's URLs say it:
 * {@code https://web.archive.org/web/20140109030403/http://example.org/a} was captured on 9 January 2014 at
 * 03:04:03 UTC. A page cannot have been published after it was captured, and "vor 3 Stunden" on it means three
 * hours before that moment. Stateless and thread-safe.
 */
final class ArchiveCapture {
  /** The 14-digit timestamp after "/web/", which may carry a replay flag ("20140109030403id_"). */
  private static final Pattern WAYBACK = Pattern.compile(
      "^https?://(?:web\\.)?archive\\.org/web/((?:19|20)\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:[a-z]{2}_)?/");

  private ArchiveCapture() {}

  /** The moment of capture, in UTC, that {@code pageUrl} states; empty for any other URL. */
  static Optional<LocalDateTime> of(@Nullable String pageUrl) {
    if (pageUrl == null) {
      return Optional.empty();
    }
    Matcher m = WAYBACK.matcher(pageUrl);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5), number(m, 6)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
