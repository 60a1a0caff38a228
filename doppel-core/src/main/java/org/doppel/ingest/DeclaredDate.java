package org.doppel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.DateText;
import org.jspecify.annotations.Nullable;

/**
 * The day a record's {@code "date"} field declares. Feeds and crawl exports write dates many ways: ISO 8601 (a day, or
 * a day and time), the HTTP and RSS form ("Thu, 14 Mar 2024 09:00:00 GMT"), a day in words ("17 March 2024"), or a
 * Unix time as a number. Only the ISO form was read; the others were dropped without a word, so the provenance of a
 * feed's copies lost its strongest signal. The day is read as written, and the time of day with it, to the minute, so
 * that two copies of one day are told apart by their hours as pages are; a value that states its offset from UTC
 * ("…T09:30:00+09:00", "…Z", a Unix time) is read in UTC, so that two records written in different zones compare right.
 */
final class DeclaredDate {
  /** Unix times below this are seconds, above it milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
  private static final long MILLISECONDS_FROM = 100_000_000_000L;

  private DeclaredDate() {}

  /** A time said to be in UTC by name, at the end of the value. */
  private static final Pattern GMT = Pattern.compile("\\d:\\d\\d(?::\\d\\d)?\\s*(?:GMT|UTC|\\+0000)\\s*$");

  /** The day {@code value} declares, or null when it is absent, JSON null, or no date Doppel reads. */
  static @Nullable LocalDate read(@Nullable JsonNode value) {
    DateText.DateTime declared = readWithTime(value);
    return declared == null ? null : declared.date();
  }

  /**
   * The day and, when it gives one, the time of day (to the minute) {@code value} declares, or null as for {@link #read}.
   * A datasets' publication time was dropped to its day, so that two copies of one day had no date evidence in JSON Lines
   * while the same copies as web pages were told apart by their hours.
   */
  static DateText.@Nullable DateTime readWithTime(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      long time = value.asLong();
      if (time <= 0) {
        return null;
      }
      LocalDateTime utc = LocalDateTime.ofInstant(Instant.ofEpochMilli(time < MILLISECONDS_FROM ? time * 1000 : time), ZoneOffset.UTC);
      return new DateText.DateTime(utc.toLocalDate(), utc.toLocalTime().truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
    }
    if (!value.isTextual()) {
      return null;
    }
    String text = value.asText();
    if (text.length() >= 10) {
      try {
        LocalDateTime utc = LocalDateTime.ofInstant(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC);
        return new DateText.DateTime(utc.toLocalDate(), utc.toLocalTime().truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // no offset stated (or another form): the day and time as written, below
      }
      try {
        return new DateText.DateTime(LocalDate.parse(text.substring(0, 10)), isoTime(text)); // ISO 8601, the usual form
      } catch (DateTimeParseException e) {
        // another form: read below
      }
    }
    DateText.DateTime found = DateText.find(text).orElse(null);
    // the HTTP and RSS form states its zone by name: "Thu, 14 Mar 2024 09:00:00 GMT"
    return found != null && found.time() != null && GMT.matcher(text).find()
        ? new DateText.DateTime(found.date(), found.time(), ZoneOffset.UTC) : found;
  }

  /** The hours and minutes of an ISO 8601 date and time ("2024-03-14T09:30…", or with a space), or null. */
  private static @Nullable LocalTime isoTime(String text) {
    if (text.length() < 16 || text.charAt(10) != 'T' && text.charAt(10) != ' ') {
      return null;
    }
    try {
      return LocalTime.parse(text.substring(11, 16));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether a record declares a date that {@link #read} cannot read: worth a warning, since it is then ignored. */
  static boolean unreadable(@Nullable JsonNode value) {
    return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank()) && read(value) == null;
  }
}
