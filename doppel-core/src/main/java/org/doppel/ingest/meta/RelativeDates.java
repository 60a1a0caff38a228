package org.doppel.ingest.meta;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time given relative to when the page was shown ("vor 3 Stunden", "5 minutes ago", "hace 2 días",
 * "il y a 4 heures") as a moment, counted back from a known moment of viewing. Only a page that says when it
 * was captured gives such a moment ({@link ArchiveCapture}); elsewhere these phrases are left unread.
 * Stateless and thread-safe.
 */
final class RelativeDates {
  private static final Pattern AGO = Pattern.compile(
      "(?iu)(?:\\b(?:vor|hace|il y a)\\s+(\\d{1,3})\\s+(minuten?|min\\.?|stunden?|std\\.?|tagen?|minutos?|horas?|días?|dias?|minutes?|heures?|jours?)\\b)"
          + "|(?:\\b(\\d{1,3})\\s+(minutes?|mins?|hours?|hrs?|days?)\\s+ago\\b)");
  /** Older than this many days, a relative date is too coarse to date a page by. */
  private static final int MAX_DAYS = 7;

  private RelativeDates() {}

  /** The moment that the first relative time in {@code text} names, counted back from {@code shown}. */
  static Optional<LocalDateTime> first(String text, LocalDateTime shown) {
    Matcher m = AGO.matcher(text);
    while (m.find()) {
      int amount = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
      String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
      Duration back = unit.startsWith("min") ? Duration.ofMinutes(amount)
          : unit.startsWith("st") || unit.startsWith("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
      if (back.toDays() <= MAX_DAYS) {
        return Optional.of(shown.minus(back));
      }
    }
    return Optional.empty();
  }
}
