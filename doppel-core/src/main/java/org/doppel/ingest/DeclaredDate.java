package org.doppel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.doppel.ingest.meta.DateText;
import org.jspecify.annotations.Nullable;

/**
 * The day a record's {@code "date"} field declares. Feeds and crawl exports write dates many ways: ISO 8601 (a day, or
 * a day and time), the HTTP and RSS form ("Thu, 14 Mar 2024 09:00:00 GMT"), a day in words ("17 March 2024"), or a
 * Unix time as a number. Only the ISO form was read; the others were dropped without a word, so the provenance of a
 * feed's copies lost its strongest signal. The day is read as written (the time of day is not kept, as for ISO).
 */
final class DeclaredDate {
  /** Unix times below this are seconds, above it milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
  private static final long MILLISECONDS_FROM = 100_000_000_000L;

  private DeclaredDate() {}

  /** The day {@code value} declares, or null when it is absent, JSON null, or no date Doppel reads. */
  static @Nullable LocalDate read(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      long time = value.asLong();
      return time <= 0 ? null : Instant.ofEpochMilli(time < MILLISECONDS_FROM ? time * 1000 : time).atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (!value.isTextual()) {
      return null;
    }
    String text = value.asText();
    if (text.length() >= 10) {
      try {
        return LocalDate.parse(text.substring(0, 10)); // ISO 8601, the usual form
      } catch (DateTimeParseException e) {
        // another form: read below
      }
    }
    return DateText.find(text).map(DateText.DateTime::date).orElse(null);
  }

  /** Whether a record declares a date that {@link #read} cannot read: worth a warning, since it is then ignored. */
  static boolean unreadable(@Nullable JsonNode value) {
    return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank()) && read(value) == null;
  }
}
